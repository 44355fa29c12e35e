import KubeAPI
import OrderedCollections

/// `describeServiceAccount`: its image pull, mountable and token secrets.
enum ServiceAccountDescriber {
    static func describe(_ account: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.header(account)
        let pull = account.value["imagePullSecrets"].array.map { $0["name"].text }
        let mount = account.value["secrets"].array.map { $0["name"].text }
        // Headers padded to one width, in sorted order, as kubectl lays them out.
        for (header, names) in [("Image pull secrets:", pull), ("Mountable secrets: ", mount), ("Tokens:            ", [])] {
            if names.isEmpty { w.write(0, "\(header)\t<none>\n") }
            for (index, name) in names.enumerated() {
                w.write(0, "\(index == 0 ? header : String(repeating: " ", count: 19))\t\(name)\n")
            }
        }
        w.events(context.events(for: account), context: context)
        return w.finish()
    }
}
