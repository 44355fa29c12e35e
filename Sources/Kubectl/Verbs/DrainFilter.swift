import Cluster
import KubeAPI

/// kubectl's drain filters (`pkg/drain/filters.go`) in their order: DaemonSet pods, mirror pods,
/// pods with local storage, pods without a controller; each keeps, warns about or refuses a pod.
struct DrainFilter {
    var force: Bool
    var ignoreDaemonSets: Bool
    var deleteEmptyDirData: Bool

    enum Kind { case okay, skip, warn, refuse }

    /// What the filters decided about one pod: whether to delete it, and why not or with what warning.
    struct Verdict {
        var delete: Bool
        var kind: Kind
        var message = ""
    }

    /// Runs the filters in order and stops at the first that keeps the pod (`filterPods`).
    func verdict(for pod: KubeObject, context: VerbContext) -> Verdict {
        var result = Verdict(delete: true, kind: .okay)
        for filter in [daemonSet, mirror, localStorage, unreplicated] {
            result = filter(pod, context)
            if !result.delete { break }
        }
        return result
    }

    private func daemonSet(_ pod: KubeObject, _ context: VerbContext) -> Verdict {
        guard let owner = controller(of: pod), owner["kind"].string == "DaemonSet", !finished(pod) else {
            return Verdict(delete: true, kind: .okay)
        }
        let name = owner["name"].string ?? ""
        let cluster = context.lab
        // The typed client's GET of the pod's DaemonSet, which must still exist.
        let get = ServerRequest.get(.daemonSets, namespace: pod.namespace, name: name, accept: ServerRequest.MediaTypes.protobuf)
        if (try? context.send(get, { () throws(APIError) in try cluster.get(.daemonSets, namespace: pod.namespace, name: name) })) == nil {
            let message = "daemonsets.apps \"\(name)\" not found"
            return force ? Verdict(delete: true, kind: .warn, message: message) : Verdict(delete: false, kind: .refuse, message: message)
        }
        if !ignoreDaemonSets { return Verdict(delete: false, kind: .refuse, message: Self.daemonSetFatal) }
        return Verdict(delete: false, kind: .warn, message: Self.daemonSetWarning)
    }

    private func mirror(_ pod: KubeObject, _ context: VerbContext) -> Verdict {
        pod.annotations["kubernetes.io/config.mirror"] != nil ? Verdict(delete: false, kind: .skip) : Verdict(delete: true, kind: .okay)
    }

    private func localStorage(_ pod: KubeObject, _ context: VerbContext) -> Verdict {
        let hasEmptyDir = pod[path: "spec.volumes"].array.contains { !$0["emptyDir"].isNull }
        guard hasEmptyDir, !finished(pod) else { return Verdict(delete: true, kind: .okay) }
        if !deleteEmptyDirData { return Verdict(delete: false, kind: .refuse, message: Self.localStorageFatal) }
        return Verdict(delete: true, kind: .warn, message: Self.localStorageWarning)
    }

    private func unreplicated(_ pod: KubeObject, _ context: VerbContext) -> Verdict {
        if finished(pod) || controller(of: pod) != nil { return Verdict(delete: true, kind: .okay) }
        if force { return Verdict(delete: true, kind: .warn, message: Self.unmanagedWarning) }
        return Verdict(delete: false, kind: .refuse, message: Self.unmanagedFatal)
    }

    private func controller(of pod: KubeObject) -> JSONValue? {
        pod[path: "metadata.ownerReferences"].array.first { $0["controller"].bool == true }
    }

    private func finished(_ pod: KubeObject) -> Bool {
        ["Succeeded", "Failed"].contains(pod[path: "status.phase"].string ?? "")
    }

    /// Verdicts of one kind grouped by message, pods listed as `ns/name, ns/name` (messages sorted,
    /// where kubectl's order follows a Go map).
    static func grouped(_ verdicts: [(KubeObject, Verdict)], kind: Kind) -> [(message: String, pods: String)] {
        var order: [String] = []
        var pods: [String: [String]] = [:]
        for (pod, verdict) in verdicts where verdict.kind == kind {
            if pods[verdict.message] == nil { order.append(verdict.message) }
            pods[verdict.message, default: []].append("\(pod.namespace ?? "default")/\(pod.name)")
        }
        return order.sorted().map { ($0, pods[$0, default: []].joined(separator: ", ")) }
    }

    /// The refusals as `GetPodsForDeletion` words them, one error per message.
    static func refusals(_ verdicts: [(KubeObject, Verdict)]) -> [String] {
        grouped(verdicts, kind: .refuse).map { "cannot delete \($0.message): \($0.pods)" }
    }

    static let daemonSetFatal = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)"
    static let daemonSetWarning = "ignoring DaemonSet-managed Pods"
    static let localStorageFatal = "Pods with local storage (use --delete-emptydir-data to override)"
    static let localStorageWarning = "deleting Pods with local storage"
    /// kubectl 1.32's text, which its "cannot delete %s" then prefixes a second time.
    static let unmanagedFatal = "cannot delete Pods that declare no controller (use --force to override)"
    static let unmanagedWarning = "deleting Pods that declare no controller"
}
