import KubeAPI

/// What mutating admission adds to a pod being created. The apiserver records a create's
/// managed fields before admission runs, so these belong to no manager: the ServiceAccount
/// plugin's token volume and mounts (and the `default` account), DefaultTolerationSeconds'
/// tolerations and the Priority plugin's `priority` and `preemptionPolicy`.
enum AdmissionSetFields {
    static func paths(of object: KubeObject) -> [FieldPath] {
        guard object.kind == "Pod" else { return [] }
        let spec = object.value["spec"]
        var paths: [FieldPath] = [[.field("spec"), .field("priority")], [.field("spec"), .field("preemptionPolicy")]]
        for volume in spec["volumes"].array {
            guard let name = volume["name"].string, name.hasPrefix("kube-api-access-"), !volume["projected"].isNull else { continue }
            paths.append([.field("spec"), .field("volumes"), key("name", name)])
        }
        for list in ["initContainers", "containers"] {
            for container in spec[list].array {
                guard let name = container["name"].string else { continue }
                for mount in container["volumeMounts"].array {
                    guard let mountPath = mount["mountPath"].string, mountPath == serviceAccountMount else { continue }
                    paths.append([.field("spec"), .field(list), key("name", name), .field("volumeMounts"), key("mountPath", mountPath)])
                }
            }
        }
        if spec["serviceAccountName"].string == "default" {
            paths += [[.field("spec"), .field("serviceAccountName")], [.field("spec"), .field("serviceAccount")]]
        }
        let tolerations = spec["tolerations"].array
        if !tolerations.isEmpty, tolerations.allSatisfy(isDefaultToleration) { paths.append([.field("spec"), .field("tolerations")]) }
        return paths
    }

    /// `paths` without what starts with one of `removed`, and without the maps and lists left
    /// holding nothing once those went.
    static func removing(_ removed: [FieldPath], from paths: Set<FieldPath>) -> Set<FieldPath> {
        guard !removed.isEmpty else { return paths }
        let kept = paths.filter { path in !removed.contains { path.starts(with: $0) } }
        return kept.filter { path in
            let hadChildren = paths.contains { $0.count > path.count && $0.starts(with: path) }
            return !hadChildren || kept.contains { $0.count > path.count && $0.starts(with: path) }
        }
    }

    private static let serviceAccountMount = "/var/run/secrets/kubernetes.io/serviceaccount"

    private static func key(_ name: String, _ value: String) -> PathElement {
        .key([PathElement.KeyField(name: name, json: GoJSON.marshal(.string(value)))])
    }

    private static func isDefaultToleration(_ toleration: JSONValue) -> Bool {
        ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"].contains(toleration["key"].string ?? "")
            && toleration["effect"].string == "NoExecute" && toleration["operator"].string == "Exists"
            && toleration["tolerationSeconds"].int == 300
    }
}
