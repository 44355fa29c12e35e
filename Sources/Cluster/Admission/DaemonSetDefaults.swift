import KubeAPI

/// The apiserver's handling of a DaemonSet's own fields: `SetDefaults_DaemonSet` (RollingUpdate
/// with maxUnavailable 1 and maxSurge 0, ten kept revisions) and the daemon set strategy's
/// template generation, kept in the `deprecated.daemonset.template.generation` annotation.
enum DaemonSetDefaults {
    /// Defaults for a new DaemonSet: generation 1 (a restored one keeps its own) and template
    /// generation 1 unless given.
    static func applyOnCreate(to daemonSet: KubeObject, restoring: Bool) -> KubeObject {
        var object = defaultSpec(daemonSet)
        if !restoring || object.metadata["generation"].isNull { object[path: "metadata.generation"] = 1 }
        let given = object.annotations[templateGenerationAnnotation].flatMap { Int($0) } ?? 0
        object[path: "metadata.annotations"] = .stringMap(
            object.annotations.merging([templateGenerationAnnotation: String(max(1, given))]) { $1 })
        return object
    }

    /// `PrepareForUpdate`: the template generation is the server's; it grows when the template changes.
    static func applyOnUpdate(to daemonSet: KubeObject, stored: KubeObject) -> KubeObject {
        var object = defaultSpec(daemonSet)
        var generation = Int(stored.annotations[templateGenerationAnnotation] ?? "") ?? 1
        if !object[path: "spec.template"].isEquivalent(to: stored[path: "spec.template"]) { generation += 1 }
        object[path: "metadata.annotations"] = .stringMap(
            object.annotations.merging([templateGenerationAnnotation: String(generation)]) { $1 })
        return object
    }

    private static func defaultSpec(_ daemonSet: KubeObject) -> KubeObject {
        var object = daemonSet
        var spec = object.value["spec"]
        var strategy = spec["updateStrategy"]
        if strategy["type"].isNull { strategy["type"] = "RollingUpdate" }
        if strategy["type"].string == "RollingUpdate" {
            var rolling = strategy["rollingUpdate"]
            if rolling["maxUnavailable"].isNull { rolling["maxUnavailable"] = 1 }
            if rolling["maxSurge"].isNull { rolling["maxSurge"] = 0 }
            strategy["rollingUpdate"] = rolling
        }
        spec["updateStrategy"] = strategy
        if spec["revisionHistoryLimit"].isNull { spec["revisionHistoryLimit"] = 10 }
        object.value["spec"] = spec
        return object
    }

    static let templateGenerationAnnotation = "deprecated.daemonset.template.generation"
}
