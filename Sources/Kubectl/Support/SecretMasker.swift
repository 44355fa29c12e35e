import KubeAPI

/// How `kubectl diff` hides a Secret's `data` values: every value becomes `***`, and a key whose
/// value changed shows `*** (before)` and `*** (after)`, so the change still shows.
enum SecretMasker {
    static func mask(live: KubeObject?, merged: KubeObject?) -> (KubeObject?, KubeObject?) {
        let before = data(of: live), after = data(of: merged)
        var maskedBefore: [String: String] = [:], maskedAfter: [String: String] = [:]
        for (key, value) in before ?? [:] {
            if let other = after?[key] {
                let changed = other != value
                maskedBefore[key] = changed ? "*** (before)" : "***"
                maskedAfter[key] = changed ? "*** (after)" : "***"
            } else {
                maskedBefore[key] = "***"
            }
        }
        for key in (after ?? [:]).keys where maskedAfter[key] == nil { maskedAfter[key] = "***" }
        return (replacingData(live, before == nil ? nil : maskedBefore), replacingData(merged, after == nil ? nil : maskedAfter))
    }

    private static func data(of object: KubeObject?) -> [String: JSONValue]? {
        guard let object, !object.value["data"].isNull else { return nil }
        return Dictionary(object.value["data"].object.map { ($0.key, $0.value) }) { $1 }
    }

    private static func replacingData(_ object: KubeObject?, _ data: [String: String]?) -> KubeObject? {
        guard var object, let data else { return object }
        object.value["data"] = .stringMap(data)
        return object
    }
}
