import Cluster
import KubeAPI

/// What `kubectl attach` does once it has the container: kubectl's terminal checks, then a shell
/// that reads the stdin kept open for it gets the learner's terminal (`-it`) or lines (`-i`);
/// any other process has its output streamed from now on, until it ends or the learner leaves.
extension Attach {
    static func attach(to pod: KubeObject, container: String, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let cluster = try context.cluster
        let quiet = context.flags.bool("quiet")
        let stdin = context.flags.bool("stdin")
        let allocated = pod.containerSpec(named: container)?["tty"].bool == true
        var tty = context.flags.bool("tty")
        if tty && !allocated {
            tty = false
            if !quiet { context.io.err("error: Unable to use a TTY - container \(container) did not allocate one\n") }
        } else if !tty && allocated {
            // A container started with a terminal is always attached with one.
            tty = true
        }
        // A terminal is used only for stdin that is one (`SetupTTY`).
        var raw = false
        if stdin && tty {
            if !context.io.inputIsTerminal, !context.io.input.isEmpty {
                if !quiet { context.io.err("Unable to use a TTY - input is not a terminal or the right kind of file\n") }
            } else {
                raw = true
            }
        }
        if !quiet { context.io.err("If you don't see a command prompt, try pressing enter.\n") }
        try ExecTarget.requireNode(pod)
        guard !pod.containerStatus(named: container)[path: "state.running"].isNull else {
            throw .error("unable to upgrade connection: container not found (\"\(container)\")")
        }
        context.requestLog?.answered(
            ExecTarget.upgrade(pod, subresource: "attach", container: container, stdin: stdin, tty: tty), status: 101)
        let shell = AttachedProcess.isInteractiveShell(container, in: pod, cluster)
        if raw && shell {
            let ended = try AttachedProcess.openShell(container, in: pod, context) { _, io in
                if !quiet, pod[path: "spec.restartPolicy"].string == "Always" { io.out(sessionEnded(pod.name, container)) }
                return 0
            }
            return ended ?? 0
        }
        if stdin && shell, let executor = context.executor, let argv = AttachedProcess.argv(of: container, in: pod, cluster) {
            // Without a terminal the shell reads the lines given to it, and ends with them.
            let status = executor.attach(pod: pod, container: container, command: argv, io: context.io, tty: false) ?? 0
            cluster.endAttachedProcess(namespace: pod.namespace ?? context.namespace, pod: pod.name, container: container, code: Int(status))
            return 0
        }
        _ = AttachedProcess.follow(pod, container: container, fromStart: false, cluster, context.io)
        return 0
    }

    /// kubectl's line after a terminal session with a container that is restarted when it ends.
    static func sessionEnded(_ pod: String, _ container: String) -> String {
        "Session ended, resume using 'kubectl attach \(pod) -c \(container) -i -t' command when the pod is running\n"
    }
}
