import Cluster
import KubeAPI

extension Copy {
    /// The container a copy execs `tar` in, chosen as `kubectl exec` chooses it.
    struct Target {
        var pod: KubeObject
        var container: String

        init(_ spec: FileSpec, _ context: VerbContext, messages: StandardStream = .stderr) throws(KubectlFailure) {
            let target = try ExecTarget(
                namespace: spec.namespace ?? context.namespace, podName: spec.pod ?? "",
                container: context.flags.string("container"), context, defaultedNotice: messages,
                accept: ServerRequest.MediaTypes.protobuf)
            pod = target.pod
            container = target.container
            exec = target
        }

        private let exec: ExecTarget
        /// Whether an exec ran yet: each after the first reads the pod again.
        private var execs = 0

        /// Runs `command` in the container without a terminal, logged as the exec stream it
        /// opens (with stdin when `io` brings input); nil when it could not start.
        mutating func run(_ command: [String], io: IOStreams, _ context: VerbContext) -> Int32? {
            if execs > 0 {
                let get = ServerRequest.get(
                    .pods, namespace: pod.namespace, name: pod.name, accept: ServerRequest.MediaTypes.protobuf)
                context.requestLog?.answered(get, status: 200)
                if context.flags.string("container") == nil {
                    context.logInfo(4, "podcmd.go:88", "Defaulting container name to \(container)")
                }
            }
            execs += 1
            context.requestLog?.answered(exec.upgrade(command, stdin: !io.input.isEmpty, tty: false), status: 101)
            return context.executor?.exec(pod: pod, container: container, command: command, io: io, tty: false)
        }
    }

    /// What `tar cf -` writes to stdout, kept; its stderr goes on to kubectl's stdout.
    final class StandardOutputCapture: OutputSink {
        private let forward: IOStreams
        private(set) var text = ""

        init(errorsTo forward: IOStreams) { self.forward = forward }

        var reachesTerminal: Bool { false }

        func write(_ text: String, to stream: StandardStream) {
            if stream == .stdout { self.text += text } else { forward.out(text) }
        }
    }
}
