import Cluster
import KubeAPI

/// `kubectl run -i [-t] [--rm]`: waits for the pod to run, attaches to its container, and when
/// the session ends deletes the pod (`--rm`) and reports how the container ended.
extension Run.Options {
    func attachToPod(_ created: KubeObject, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let cluster = try context.cluster
        let namespace = created.namespace ?? context.namespace
        let pod: KubeObject
        do {
            pod = try waitForPod(namespace, cluster) { Self.isRunningAndReady($0) || Self.isCompleted($0) }
        } catch {
            removePod(namespace, cluster, context.io)
            throw error
        }
        let container = name
        if Self.isCompleted(pod) {
            // Too late to attach: kubectl prints the container's log instead.
            context.io.out(log(of: pod, cluster))
        } else {
            if !quiet { context.io.err("If you don't see a command prompt, try pressing enter.\n") }
            if stdin && tty, AttachedProcess.isInteractiveShell(container, in: pod, cluster) {
                let ended = try AttachedProcess.openShell(container, in: pod, context) { [self] _, io in
                    finish(pod: pod, namespace: namespace, cluster, io)
                }
                return ended ?? 0
            } else if try AttachedProcess.runClient(container, in: pod, tty: tty, context) {
                // Ended with the client's status; the session's end reports it.
            } else if !AttachedProcess.follow(pod, container: name, fromStart: true, cluster, context.io) {
                // Still running when the follow ends: kubectl is left, and the pod with it.
                removePod(namespace, cluster, context.io)
                return 0
            }
        }
        return try endSession(pod: pod, namespace: namespace, cluster, context.io)
    }

    /// What follows the session once the shell `run -it` opened exits; kubectl's exit status.
    private func finish(pod: KubeObject, namespace: String, _ cluster: Cluster, _ io: IOStreams) -> Int32 {
        do {
            return try endSession(pod: pod, namespace: namespace, cluster, io)
        } catch {
            io.err(error.message + "\n")
            return error.exitCode
        }
    }

    /// After the attached session: kubectl's reattach hint, the pod's end for `Never` and
    /// `OnFailure`, and `--rm`'s deletion (done before any error is printed, as kubectl's defer is).
    private func endSession(pod: KubeObject, namespace: String, _ cluster: Cluster, _ io: IOStreams) throws(KubectlFailure) -> Int32 {
        if stdin && tty && !quiet && restartPolicy == "Always" {
            io.out(Attach.sessionEnded(name, name))
        }
        guard !leaveStdinOpen, restartPolicy != "Always" else {
            removePod(namespace, cluster, io)
            return 0
        }
        let ended: KubeObject
        do {
            ended = try waitForPod(namespace, cluster) { pod in
                restartPolicy == "OnFailure" ? Self.phase(pod) == "Succeeded" : Self.isCompleted(pod)
            }
        } catch {
            removePod(namespace, cluster, io)
            throw error
        }
        removePod(namespace, cluster, io)
        switch Self.phase(ended) {
        case "Succeeded":
            return 0
        case "Failed":
            let terminated = ended[path: "status.containerStatuses"].array.first?[path: "state.terminated"]
            guard let terminated, let code = terminated["exitCode"].int, code != 0 else {
                throw .error("pod \(namespace)/\(name) failed with unknown exit code")
            }
            let reason = terminated["reason"].string ?? ""
            let message = terminated["message"].string ?? ""
            // kubectl's text is "terminated (REASON)\nMESSAGE", and a newline is added only when missing.
            var text = "pod \(namespace)/\(name) terminated (\(reason))"
            if !message.isEmpty { text += "\n" + (message.hasSuffix("\n") ? String(message.dropLast()) : message) }
            throw KubectlFailure(text, exitCode: Int32(truncatingIfNeeded: code))
        default:
            throw .error("pod \(namespace)/\(name) left in phase \(Self.phase(ended))")
        }
    }

    /// Waits in the lab's time, up to `--pod-running-timeout`, for the pod to meet `condition`.
    private func waitForPod(
        _ namespace: String, _ cluster: Cluster, until condition: @escaping (KubeObject) -> Bool
    ) throws(KubectlFailure) -> KubeObject {
        var current: KubeObject?
        let met = cluster.wait(timeoutSeconds: podRunningTimeout) {
            current = try? cluster.get(.pods, namespace: namespace, name: name)
            guard let current else { return true }
            return condition(current)
        }
        guard let current else { throw KubectlFailure("Error from server (NotFound): pods \"\" not found") }
        guard met else { throw .error("timed out waiting for the condition") }
        return current
    }

    /// The log of the container's current run.
    private func log(of pod: KubeObject, _ cluster: Cluster) -> String {
        (try? cluster.podLog(namespace: pod.namespace ?? "", name: pod.name, PodLogOptions(container: name)).text) ?? ""
    }

    /// `--rm`: deletes the pod as kubectl's delete does, not waiting for it to go.
    private func removePod(_ namespace: String, _ cluster: Cluster, _ io: IOStreams) {
        guard remove else { return }
        do {
            try cluster.delete(.pods, namespace: namespace, name: name)
            if !quiet { io.out("pod \"\(name)\" deleted\n") }
        } catch {
            // kubectl ignores a pod that is already gone.
            if error.reason != "NotFound" { io.err(error.kubectlMessage + "\n") }
        }
    }

    static func phase(_ pod: KubeObject) -> String { pod[path: "status.phase"].string ?? "" }

    static func isCompleted(_ pod: KubeObject) -> Bool { ["Succeeded", "Failed"].contains(phase(pod)) }

    static func isRunningAndReady(_ pod: KubeObject) -> Bool {
        phase(pod) == "Running"
            && pod[path: "status.conditions"].array.contains { $0["type"].string == "Ready" && $0["status"].string == "True" }
    }
}
