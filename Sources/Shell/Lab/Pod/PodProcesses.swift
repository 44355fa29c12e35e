import Cluster
import KubeAPI

/// The processes a container of a pod sees in its PID namespace. Its own main process is PID 1,
/// joined by the ephemeral containers that target it; an ephemeral container started with
/// `--target` sees its target's namespace instead; with the pod's `shareProcessNamespace` every
/// container shares one namespace whose PID 1 is the sandbox's pause process.
///
/// Processes take PIDs in start order, 6 apart: the runtime's own short-lived helpers take the
/// ones between (a simulation figure, as real gaps vary).
struct PodProcesses {
    let cluster: Cluster
    let pod: KubeObject
    let container: String
    /// The container's files, for the command lines NodeProcesses derives.
    let filesystem: VirtualFileSystem

    /// One process as busybox's `ps` lists it.
    struct Process: Equatable {
        var pid: Int
        var user: String
        var command: String
    }

    static let pidStep = 6

    /// The namespace's running processes, then `extra` (the processes `kubectl exec` started,
    /// outermost first) after them.
    func list(then extra: [String]) -> [Process] {
        var processes: [Process] = []
        var pid = 1
        for (user, command) in members() + extra.map({ (user(of: nil), $0) }) {
            processes.append(Process(pid: pid, user: user, command: command))
            pid += Self.pidStep
        }
        return processes
    }

    /// The main processes in the namespace, in start order, with the user each runs as.
    private func members() -> [(String, String)] {
        let node = pod[path: "spec.nodeName"].string ?? ""
        let lines = NodeProcesses(cluster: cluster, node: node, filesystem: filesystem)
        let running = NodeProcesses.runningContainers(of: pod)
        let shared = pod[path: "spec.shareProcessNamespace"].bool == true
        let root = pod.containerSpec(named: container)?["targetContainerName"].string ?? container
        var members: [(String, String)] = shared ? [(user(of: nil), "/pause")] : []
        for (status, spec, _) in running {
            let name = spec["name"].string ?? ""
            let joins = shared || name == root || (pod.isEphemeralContainer(name) && spec["targetContainerName"].string == root)
            guard joins else { continue }
            members.append((user(of: spec), lines.commandLine(spec, image: status["image"].string ?? "", node: node).0))
        }
        return members
    }

    /// `root`, or the numeric user the container's or the pod's security context runs it as.
    private func user(of spec: JSONValue?) -> String {
        let own = spec ?? pod.containerSpec(named: container) ?? .null
        let uid = own[path: "securityContext.runAsUser"].int ?? pod[path: "spec.securityContext.runAsUser"].int ?? 0
        return uid == 0 ? "root" : String(uid)
    }
}
