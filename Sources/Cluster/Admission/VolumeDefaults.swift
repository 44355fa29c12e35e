import KubeAPI

/// The defaults a pod spec's volumes get (`SetDefaults_Volume` and the volume sources' own):
/// a volume with no source is an `emptyDir`, file modes are 0644 (420), a hostPath's type is "",
/// and a downward API item's field reference is to `v1`.
enum VolumeDefaults {
    static func apply(to volume: JSONValue) -> JSONValue {
        var v = volume
        if v.object.allSatisfy({ $0.key == "name" }) { v["emptyDir"] = .emptyObject }
        if !v["hostPath"].isNull, v["hostPath"]["type"].isNull { v["hostPath"]["type"] = "" }
        for source in ["secret", "configMap", "downwardAPI", "projected"]
        where !v[source].isNull && v[source]["defaultMode"].isNull {
            v[source]["defaultMode"] = .int(defaultMode)
        }
        if !v["downwardAPI"]["items"].isNull {
            v["downwardAPI"]["items"] = .array(v["downwardAPI"]["items"].array.map(fieldReferenceDefaults))
        }
        return v
    }

    /// `SetDefaults_ObjectFieldSelector`: a field reference names `apiVersion: v1` unless it says otherwise.
    static func fieldReferenceDefaults(_ holder: JSONValue) -> JSONValue {
        var h = holder
        if !h["fieldRef"].isNull, h["fieldRef"]["apiVersion"].isNull { h["fieldRef"]["apiVersion"] = "v1" }
        return h
    }

    /// `SecretVolumeSourceDefaultMode` and its siblings: 0644.
    static let defaultMode = 420
}
