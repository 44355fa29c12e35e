import KubeAPI

/// kube-controller-manager's root CA publisher: every active namespace holds the
/// `kube-root-ca.crt` ConfigMap with the cluster CA, which the kube-api-access volume of
/// every pod projects; a changed or deleted copy is put back.
extension Cluster {
    /// Creates or restores each namespace's CA ConfigMap; reports whether it wrote any.
    func publishRootCA() -> Bool {
        // Like an informer-fed controller, it looks again only when a namespace or ConfigMap changed.
        if let changes = takeChanges(for: .rootCAPublisher, of: [.namespaces, .configMaps]), changes.isEmpty { return false }
        let certificate = Base64.decoded(settings.adminCredentials.certificateAuthorityData)
        guard !certificate.isEmpty else { return false }
        var wrote = false
        for namespace in list(.namespaces) where namespace.deletionTimestamp == nil {
            guard var configMap = lookup(.configMaps, namespace.name, Self.rootCAConfigMapName) else {
                // Its UID comes from a stream seeded by the namespace's UID and the store's
                // revision, so publishing does not move the shared stream every other generated
                // name and UID is drawn from, and a copy put back gets a UID of its own.
                var own = NameGenerator(seed: Self.seed(from: "\(namespace.uid)/\(store.revision)"))
                swap(&names, &own)
                let created = createOwned(
                    Self.rootCAConfigMap(in: namespace, certificate: certificate, restoring: restoring), as: .configMaps)
                swap(&names, &own)
                wrote = created != nil || wrote
                continue
            }
            let data: JSONValue = ["ca.crt": .string(certificate)]
            guard configMap.value["data"] != data || (configMap.annotations[Self.rootCADescriptionKey] ?? "").isEmpty
            else { continue }
            configMap.value["data"] = data
            configMap[path: "metadata.annotations"] = .stringMap(
                configMap.annotations.merging([Self.rootCADescriptionKey: Self.rootCADescription]) { $1 })
            wrote = save(.configMaps, configMap) || wrote
        }
        return wrote
    }

    /// The ConfigMap as the publisher creates it; restored from a world, it dates from its namespace.
    private static func rootCAConfigMap(in namespace: KubeObject, certificate: String, restoring: Bool) -> KubeObject {
        var configMap = KubeObject(["apiVersion": "v1", "kind": "ConfigMap"])
        configMap.name = rootCAConfigMapName
        configMap.namespace = namespace.name
        configMap[path: "metadata.annotations"] = .stringMap([rootCADescriptionKey: rootCADescription])
        if restoring, let created = namespace.creationTimestamp {
            configMap[path: "metadata.creationTimestamp"] = .string(created.rfc3339)
        }
        configMap.value["data"] = ["ca.crt": .string(certificate)]
        return configMap
    }

    /// FNV-64a of `text`, to seed a generator.
    static func seed(from text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    static let rootCAConfigMapName = "kube-root-ca.crt"
    static let rootCADescriptionKey = "kubernetes.io/description"
    static let rootCADescription =
        "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."
}
