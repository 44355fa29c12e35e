import KubeAPI

/// The defaults a pod spec's volumes get (`SetDefaults_Volume` and the volume sources' own):
/// a volume with no source is an `emptyDir`, file modes are 0644 (420), a hostPath's type is "",
/// a downward API item's field reference is to `v1` (a resource one's divisor is "0"), and a
/// projected token lasts an hour.
enum VolumeDefaults {
    static func apply(to volume: JSONValue) -> JSONValue {
        var v = volume
        if v.object.allSatisfy({ $0.key == "name" }) { v["emptyDir"] = .emptyObject }
        if !v["hostPath"].isNull, v["hostPath"]["type"].isNull { v["hostPath"]["type"] = "" }
        for source in ["secret", "configMap", "downwardAPI", "projected"]
        where !v[source].isNull && v[source]["defaultMode"].isNull {
            v[source]["defaultMode"] = .int(defaultMode)
        }
        if !v["emptyDir"]["sizeLimit"].isNull {
            v["emptyDir"]["sizeLimit"] = QuantityDefaults.canonical(v["emptyDir"]["sizeLimit"])
        }
        if !v["projected"]["sources"].isNull {
            v["projected"]["sources"] = .array(v["projected"]["sources"].array.map(projectionDefaults))
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
        if !h["resourceFieldRef"].isNull {
            h["resourceFieldRef"] = QuantityDefaults.resourceFieldReference(h["resourceFieldRef"])
        }
        return h
    }

    /// A projected source: a token's lifetime is an hour (`SetDefaults_ServiceAccountTokenProjection`),
    /// and downward API items get their field reference defaults.
    private static func projectionDefaults(_ source: JSONValue) -> JSONValue {
        var s = source
        if !s["serviceAccountToken"].isNull, s["serviceAccountToken"]["expirationSeconds"].isNull {
            s["serviceAccountToken"]["expirationSeconds"] = 3600
        }
        if !s["downwardAPI"]["items"].isNull {
            s["downwardAPI"]["items"] = .array(s["downwardAPI"]["items"].array.map(fieldReferenceDefaults))
        }
        return s
    }

    /// `SecretVolumeSourceDefaultMode` and its siblings: 0644.
    static let defaultMode = 420
}
