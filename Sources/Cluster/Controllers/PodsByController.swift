import KubeAPI

/// Controllers' pods for one pass of a control loop, looked up by the controller's UID in the
/// store's index of controller references (in store order) the first time each is asked for.
final class PodsByController {
    private let lookup: (String) -> [KubeObject]
    private var seen: [String: [KubeObject]] = [:]

    init(lookup: @escaping (String) -> [KubeObject]) { self.lookup = lookup }

    /// The pods `uid` controls; nil when there are none.
    subscript(uid: String) -> [KubeObject]? {
        let pods = seen[uid] ?? lookup(uid)
        seen[uid] = pods
        return pods.isEmpty ? nil : pods
    }
}
