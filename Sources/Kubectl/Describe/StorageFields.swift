import KubeAPI

/// Fields persistent volumes and their claims print alike.
enum StorageFields {
    /// `Terminating (lasts 5s)` for an object being deleted, else its phase.
    static func status(_ object: KubeObject, _ phase: String, _ context: DescribeContext) -> String {
        guard object.deletionTimestamp != nil else { return phase }
        return "Terminating (lasts \(context.since(object.metadata["deletionTimestamp"])))"
    }

    /// `GetAccessModesAsString`: `RWO,ROX,RWX,RWOP` in that order, each once.
    static func accessModes(_ modes: JSONValue) -> String {
        let given = Set(modes.array.map(\.text))
        return [
            ("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP"),
        ]
        .filter { given.contains($0.0) }.map(\.1).joined(separator: ",")
    }
}
