import KubeAPI
import OrderedCollections

/// `describeSecret`: the type and each key's size; a service-account token is shown as is.
enum SecretDescriber {
    static func describe(_ secret: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.header(secret)
        let type = secret.value["type"].text
        w.write(0, "\nType:\t\(type)\n")
        w.write(0, "\nData\n====\n")
        for (key, value) in secret.value["data"].object.sorted(by: { $0.key < $1.key }) {
            if key == "token" && type == "kubernetes.io/service-account-token" {
                w.field(0, key, Base64.decoded(value.text))
            } else {
                w.field(0, key, "\(Base64.decodedCount(value.text)) bytes")
            }
        }
        return w.finish()
    }
}
