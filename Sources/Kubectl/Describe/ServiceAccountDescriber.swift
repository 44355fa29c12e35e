import KubeAPI

/// `describeServiceAccount`: its image pull, mountable and token secrets; a named secret that
/// does not exist is marked `(not found)`.
enum ServiceAccountDescriber {
    static func describe(_ account: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.header(account)
        let secrets = context.list(secretsType, namespace: account.namespace)
        let existing = Set(secrets.map(\.name))
        let tokens = secrets.filter { secret in
            secret.value["type"].string == "kubernetes.io/service-account-token"
                && secret.annotations["kubernetes.io/service-account.name"] == account.name
                && secret.annotations["kubernetes.io/service-account.uid"] == account.uid
        }.map(\.name)
        let pull = account.value["imagePullSecrets"].array.map { $0["name"].text }
        let mount = account.value["secrets"].array.map { $0["name"].text }
        // Headers padded to one width, in sorted order, as kubectl lays them out.
        for (header, names) in [
            ("Image pull secrets:", pull), ("Mountable secrets: ", mount), ("Tokens:            ", tokens),
        ] {
            if names.isEmpty { w.write(0, "\(header)\t<none>\n") }
            for (index, name) in names.enumerated() {
                let missing = existing.contains(name) ? "" : " (not found)"
                w.write(0, "\(index == 0 ? header : String(repeating: " ", count: 19))\t\(name)\(missing)\n")
            }
        }
        w.events(context.events(for: account), context: context)
        return w.finish()
    }

    /// Secrets, read as kubectl reads them even where the API serves none.
    static let secretsType = ResourceType("secrets", singular: "secret", kind: "Secret")
}
