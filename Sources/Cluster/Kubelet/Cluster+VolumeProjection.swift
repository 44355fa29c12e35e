import KubeAPI

/// One file the kubelet writes into a configMap, secret, downwardAPI or projected volume.
public struct ProjectedFile: Sendable, Equatable {
    /// The path inside the volume (`key`, or an item's `path`).
    public var path: String
    public var content: String
    /// The permission bits: the item's `mode`, else the volume's `defaultMode`.
    public var mode: Int
}

/// What the kubelet's configMap, secret, downwardAPI and projected volume plugins write: a file
/// per key (or per listed item), with the current data of the object, so files follow updates.
extension Cluster {
    /// The files of `volume` in `pod`; nil for a volume of another kind (emptyDir, hostPath, a claim).
    /// A missing object or key that is not optional fails as `MountVolume.SetUp` reports it.
    public func projectedFiles(of volume: JSONValue, in pod: KubeObject) throws(ContainerConfigError) -> [ProjectedFile]? {
        let namespace = pod.namespace ?? "default"
        if !volume["configMap"].isNull {
            return try files(.configMaps, volume["configMap"], name: "name", namespace: namespace, mode: volume["configMap"]["defaultMode"].int)
        }
        if !volume["secret"].isNull {
            return try files(.secrets, volume["secret"], name: "secretName", namespace: namespace, mode: volume["secret"]["defaultMode"].int)
        }
        if !volume["downwardAPI"].isNull {
            return downwardFiles(volume["downwardAPI"]["items"], pod: pod, mode: volume["downwardAPI"]["defaultMode"].int)
        }
        guard !volume["projected"].isNull else { return nil }
        let mode = volume["projected"]["defaultMode"].int
        var result: [ProjectedFile] = []
        for source in volume["projected"]["sources"].array {
            if !source["configMap"].isNull {
                result += try files(.configMaps, source["configMap"], name: "name", namespace: namespace, mode: mode)
            } else if !source["secret"].isNull {
                result += try files(.secrets, source["secret"], name: "name", namespace: namespace, mode: mode)
            } else if !source["downwardAPI"].isNull {
                result += downwardFiles(source["downwardAPI"]["items"], pod: pod, mode: mode)
            } else if !source["serviceAccountToken"].isNull {
                let token = source["serviceAccountToken"]
                result.append(ProjectedFile(
                    path: token["path"].string ?? "token", content: serviceAccountToken(token, pod: pod),
                    mode: mode ?? VolumeDefaults.defaultMode))
            }
        }
        return result
    }

    private func files(_ type: ResourceType, _ source: JSONValue, name field: String, namespace: String, mode: Int?)
        throws(ContainerConfigError) -> [ProjectedFile]
    {
        let name = source[field].string ?? ""
        let optional = source["optional"].bool == true
        let mode = mode ?? VolumeDefaults.defaultMode
        guard let object = lookup(type, namespace, name) else {
            if optional { return [] }
            throw ContainerConfigError(message: "\(type == .secrets ? "secret" : "configmap") \"\(name)\" not found")
        }
        let data = Self.decodedData(of: object, as: type)
        let items = source["items"].array
        guard !items.isEmpty else {
            return data.keys.sorted().map { ProjectedFile(path: $0, content: data[$0] ?? "", mode: mode) }
        }
        var result: [ProjectedFile] = []
        for item in items {
            let key = item["key"].string ?? ""
            guard let content = data[key] else {
                if optional { continue }
                let what = type == .secrets ? "references non-existent secret key" : "configmap references non-existent config key"
                throw ContainerConfigError(message: "\(what): \(key)")
            }
            result.append(ProjectedFile(path: item["path"].string ?? key, content: content, mode: item["mode"].int ?? mode))
        }
        return result
    }

    private func downwardFiles(_ items: JSONValue, pod: KubeObject, mode: Int?) -> [ProjectedFile] {
        items.array.compactMap { item in
            guard let path = item["path"].string, let field = item[path: "fieldRef.fieldPath"].string else { return nil }
            let value: String
            switch field {
            case "metadata.labels", "metadata.annotations":
                let map = pod.metadata[field == "metadata.labels" ? "labels" : "annotations"].stringMap
                // The kubelet's `fieldpath.FormatMap`: `key=%q`, a line each.
                value = map.keys.sorted().map { "\($0)=\(GoSyntax.quoted(map[$0] ?? ""))" }.joined(separator: "\n")
            default: value = downwardValue(field, of: pod)
            }
            return ProjectedFile(path: path, content: value, mode: item["mode"].int ?? mode ?? VolumeDefaults.defaultMode)
        }
    }
}
