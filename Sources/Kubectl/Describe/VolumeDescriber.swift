import KubeAPI

/// `describeVolumes`: each volume of a pod (or pod template) with its source's fields.
enum VolumeDescriber {
    static func volumes(_ volumes: [JSONValue], indent: String, into w: inout DescribeWriter) {
        guard !volumes.isEmpty else { return w.write(0, "\(indent)Volumes:\t<none>\n") }
        w.write(0, "\(indent)Volumes:\n")
        for volume in volumes {
            w.write(1, "\(indent.isEmpty ? "" : " ")\(volume["name"].text):\n")
            source(volume, into: &w)
        }
    }

    /// The `Type:` line and fields of the first source the volume (or, `persistent`, the
    /// persistent volume) has. A persistent volume's CSI source also names its volume handle.
    static func source(_ volume: JSONValue, persistent: Bool = false, into w: inout DescribeWriter) {
        for (key, title, fields) in sources where !volume[key].isNull {
            let source = volume[key]
            w.field(2, "Type", title)
            var lines = fields(source)
            if key == "csi" && persistent { lines.insert(("VolumeHandle", source["volumeHandle"].text), at: 2) }
            for (name, value) in lines { w.field(2, name, value) }
            switch key {
            case "projected": projected(source, into: &w)
            case "downwardAPI": downwardAPI(source, into: &w)
            case "csi": attributes(source["volumeAttributes"], into: &w)
            case "ephemeral": claimTemplate(source["volumeClaimTemplate"], into: &w)
            default: break
            }
            return
        }
        w.write(1, "<unknown>\n")
    }

    private typealias Fields = @Sendable (JSONValue) -> [(String, String)]

    /// Sources in kubectl's order of checking, with the description and fields it prints.
    private static let sources: [(String, String, Fields)] = [
        (
            "hostPath", "HostPath (bare host directory volume)",
            { [("Path", $0["path"].text), ("HostPathType", $0["type"].string ?? "<none>")] }
        ),
        (
            "emptyDir", "EmptyDir (a temporary directory that shares a pod's lifetime)",
            { s in
                let limit = s["sizeLimit"].quantity.flatMap { $0.milliValue > 0 ? $0.description : nil }
                return [("Medium", s["medium"].text), ("SizeLimit", limit ?? "<unset>")]
            }
        ),
        (
            "secret", "Secret (a volume populated by a Secret)",
            { [("SecretName", $0["secretName"].text), ("Optional", optional($0))] }
        ),
        (
            "configMap", "ConfigMap (a volume populated by a ConfigMap)",
            { [("Name", $0["name"].text), ("Optional", optional($0))] }
        ),
        (
            "nfs", "NFS (an NFS mount that lasts the lifetime of a pod)",
            { [("Server", $0["server"].text), ("Path", $0["path"].text), ("ReadOnly", readOnly($0))] }
        ),
        (
            "persistentVolumeClaim",
            "PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)",
            { [("ClaimName", $0["claimName"].text), ("ReadOnly", readOnly($0))] }
        ),
        (
            "ephemeral",
            "EphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)",
            { _ in [] }
        ),
        ("downwardAPI", "DownwardAPI (a volume populated by information about the pod)", { _ in [] }),
        ("projected", "Projected (a volume that contains injected data from multiple sources)", { _ in [] }),
        (
            "csi", "CSI (a Container Storage Interface (CSI) volume source)",
            { [("Driver", $0["driver"].text), ("FSType", $0["fsType"].text), ("ReadOnly", readOnly($0))] }
        ),
        (
            "image", "Image (a container image or OCI artifact)",
            { [("Reference", $0["reference"].text), ("PullPolicy", $0["pullPolicy"].text)] }
        ),
        (
            "local", "LocalVolume (a persistent volume backed by local storage on a node)",
            { [("Path", $0["path"].text)] }
        ),
    ]

    private static func optional(_ source: JSONValue) -> String { source["optional"].bool == true ? "true" : "false" }
    private static func readOnly(_ source: JSONValue) -> String { source["readOnly"].bool == true ? "true" : "false" }

    /// A pointer field as Go's `%v` shows a nil one; a set one shows its value here.
    private static func pointer(_ value: JSONValue) -> String { value.isNull ? "<nil>" : value.text }

    private static func projected(_ source: JSONValue, into w: inout DescribeWriter) {
        for item in source["sources"].array {
            if !item["secret"].isNull {
                w.field(2, "SecretName", item["secret"]["name"].text)
                w.field(2, "SecretOptionalName", pointer(item["secret"]["optional"]))
            } else if !item["downwardAPI"].isNull {
                w.field(2, "DownwardAPI", "true")
            } else if !item["configMap"].isNull {
                w.field(2, "ConfigMapName", item["configMap"]["name"].text)
                w.field(2, "ConfigMapOptional", pointer(item["configMap"]["optional"]))
            } else if !item["serviceAccountToken"].isNull {
                w.field(2, "TokenExpirationSeconds", "\(item["serviceAccountToken"]["expirationSeconds"].int ?? 0)")
            }
        }
    }

    /// `printEphemeralVolumeSource`: the claim template's fields, through a writer nested two levels.
    private static func claimTemplate(_ template: JSONValue, into w: inout DescribeWriter) {
        guard !template.isNull else { return }
        let claim = KubeObject(["metadata": template["metadata"], "spec": template["spec"]])
        w.nesting += 2
        ClaimDescriber.fields(claim, status: nil, into: &w)
        w.nesting -= 2
    }

    private static func downwardAPI(_ source: JSONValue, into w: inout DescribeWriter) {
        w.write(2, "Items:\n")
        for item in source["items"].array {
            if !item["fieldRef"].isNull {
                w.write(3, "\(item["fieldRef"]["fieldPath"].text) -> \(item["path"].text)\n")
            }
            if !item["resourceFieldRef"].isNull {
                w.write(3, "\(item["resourceFieldRef"]["resource"].text) -> \(item["path"].text)\n")
            }
        }
    }

    /// `printCSIPersistentVolumeAttributesMultiline`: sorted `k=v` lines, each written at level 2
    /// again, so values carry that indent after the tab too.
    static func attributes(_ attributes: JSONValue, into w: inout DescribeWriter) {
        w.write(2, "VolumeAttributes:\t")
        let pairs = attributes.stringMap.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        guard !pairs.isEmpty else { return w.line("<none>") }
        for (index, pair) in pairs.enumerated() {
            if index != 0 { w.write(2, "\t") }
            let cut = pair.utf8.count > 140 ? String(decoding: pair.utf8.prefix(140), as: UTF8.self) + "..." : pair
            w.write(2, cut + "\n")
        }
    }
}
