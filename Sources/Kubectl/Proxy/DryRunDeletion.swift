import Cluster
import KubeAPI

/// What a dry-run DELETE answers for an object the deletion would not remove at once: the
/// registry marks a copy as it would mark the stored object, and stores nothing. A pod on a node
/// that has not finished is deleted gracefully (its deletion time is the grace period away); an
/// object with finalizers waits for them (its deletion time is now).
enum DryRunDeletion {
    /// The marked copy; nil when the object would be deleted at once.
    static func marked(_ object: KubeObject, _ type: ResourceType, gracePeriodSeconds: Int?, cluster: Cluster)
        -> KubeObject?
    {
        guard object.deletionTimestamp == nil else { return object }
        var grace = 0
        let finished = ["Succeeded", "Failed"].contains(object[path: "status.phase"].string ?? "")
        if type == .pods, !(object[path: "spec.nodeName"].string ?? "").isEmpty, !finished {
            grace = gracePeriodSeconds ?? object[path: "spec.terminationGracePeriodSeconds"].int ?? 30
        }
        guard grace > 0 || !object.metadata["finalizers"].array.isEmpty else { return nil }
        var marked = object
        if grace == 0, let generation = object.metadata["generation"].int, generation > 0 {
            marked[path: "metadata.generation"] = .int(generation + 1)
        }
        marked[path: "metadata.deletionTimestamp"] = .string(cluster.now.adding(seconds: Int64(grace)).rfc3339)
        marked[path: "metadata.deletionGracePeriodSeconds"] = .int(grace)
        return marked
    }
}
