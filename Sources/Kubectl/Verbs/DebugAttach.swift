import Cluster
import KubeAPI

/// `kubectl debug -i`: waits for the debug container to run, reporting why it waits, then
/// attaches as `kubectl attach` would: a shell opens at the prompt (`-it`), or what the container
/// prints is shown; a container that has already ended shows its log instead.
extension Debug.Options {
    func attach(to created: KubeObject, container: String, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let cluster = try context.cluster
        let namespace = created.namespace ?? context.namespace
        guard let pod = try waitForContainer(created.name, container, namespace: namespace, cluster, context.io) else {
            // Still waiting when the lab stops following: as if the learner had pressed Ctrl-C.
            return 130
        }
        if !pod.containerStatus(named: container)[path: "state.terminated"].isNull {
            let log = try? cluster.podLog(namespace: namespace, name: pod.name, PodLogOptions(container: container))
            context.io.out(log?.text ?? "")
            return 0
        }
        if !quiet { context.io.err("If you don't see a command prompt, try pressing enter.\n") }
        if stdin && tty, let argv = AttachedProcess.argv(of: container, in: pod, cluster), argv.count == 1 {
            let ended = try AttachedProcess.openShell(container, in: pod, context) { [self] _, io in
                io.out(sessionEnded(pod, container: container))
                return 0
            }
            return ended ?? 0
        }
        _ = AttachedProcess.follow(pod, container: container, fromStart: true, cluster, context.io)
        context.io.out(sessionEnded(pod, container: container))
        return 0
    }

    /// Waits in the lab's time, as long as `logs -f` follows, for the container to run or end,
    /// printing each new reason the kubelet gives for it waiting; nil when it is still waiting.
    private func waitForContainer(
        _ name: String, _ container: String, namespace: String, _ cluster: Cluster, _ io: IOStreams
    ) throws(KubectlFailure) -> KubeObject? {
        var current: KubeObject?
        var warned = ""
        let met = cluster.wait(timeoutSeconds: Logs.followLimitSeconds) {
            current = try? cluster.get(.pods, namespace: namespace, name: name)
            guard let current else { return true }
            let state = current.containerStatus(named: container)["state"]
            if !state["running"].isNull || !state["terminated"].isNull { return true }
            if !quiet, let message = state[path: "waiting.message"].string, !message.isEmpty, message != warned {
                io.err("Warning: container \(container): \(message)\n")
                warned = message
            }
            return false
        }
        guard let current else { throw KubectlFailure("Error from server (NotFound): pods \"\" not found") }
        return met ? current : nil
    }

    /// kubectl attach's closing line after a session at a terminal, for a pod that restarts its
    /// containers; an ephemeral container never restarts, which the line says.
    private func sessionEnded(_ pod: KubeObject, container: String) -> String {
        guard stdin && tty && !quiet, pod[path: "spec.restartPolicy"].string == "Always" else { return "" }
        if pod.isEphemeralContainer(container) {
            return "Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach \(pod.name) -c \(container) -i -t' if it is still running\n"
        }
        return Attach.sessionEnded(pod.name, container)
    }
}
