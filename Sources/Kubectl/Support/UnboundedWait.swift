import Cluster
import KubeAPI

/// A wait that the real kubectl keeps up until Ctrl-C (`delete` without `--timeout`, `wait` with a
/// negative one), bounded as `get -w` is: it follows the clock from change to change and gives up,
/// as if interrupted, once the awaited objects have not changed for `GetWatch.quietSeconds` past
/// their deletion time (a pod's grace period runs out then, and a namespace's pods' grace periods
/// before the namespace can go), or after `GetWatch.longestWatch`.
/// So an object a finalizer holds costs a minute, not kubectl's week.
struct UnboundedWait {
    let cluster: Cluster
    /// What the wait is waiting on, as `(type, namespace, name)`.
    let objects: [(ResourceType, String?, String)]

    /// Waits until `condition` holds; false when the wait gave up first.
    func until(_ condition: () -> Bool) -> Bool {
        let deadline = cluster.now.adding(seconds: GetWatch.longestWatch)
        var seen = versions()
        while cluster.now < deadline, !condition() {
            let quietStart = max(cluster.now, deletionTimes().max() ?? cluster.now)
            let quietEnd = min(deadline, quietStart.adding(seconds: GetWatch.quietSeconds))
            var changed = false
            _ = cluster.wait(timeoutSeconds: max(0, quietEnd.milliseconds(since: cluster.now) / 1000)) {
                let current = versions()
                changed = current != seen
                seen = current
                return changed || condition()
            }
            if !changed { break }
        }
        return condition()
    }

    /// The resource version of each awaited object (nil once it is gone).
    private func versions() -> [Int?] {
        current().map { $0?.resourceVersion }
    }

    /// When the awaited objects still there were marked for deletion to happen, and so were the
    /// pods whose end their deletion waits for: a namespace's pods, and for an object deleted in
    /// the foreground, the pods of its namespace (its dependents among them).
    private func deletionTimes() -> [Timestamp] {
        let objects = current().compactMap { $0 }
        var times = objects.compactMap(\.deletionTimestamp)
        var namespaces: Set<String> = []
        for object in objects where object.deletionTimestamp != nil {
            if object.kind == "Namespace" && object.apiVersion == "v1" {
                namespaces.insert(object.name)
            } else if let namespace = object.namespace, object.metadata["finalizers"].array.contains(.string("foregroundDeletion")) {
                namespaces.insert(namespace)
            }
        }
        for namespace in namespaces.sorted() {
            times += cluster.list(.pods, namespace: namespace).compactMap(\.deletionTimestamp)
        }
        return times
    }

    private func current() -> [KubeObject?] {
        objects.map { type, namespace, name in try? cluster.get(type, namespace: namespace, name: name) }
    }
}
