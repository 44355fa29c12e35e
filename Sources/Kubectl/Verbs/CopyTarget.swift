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
                container: context.flags.string("container"), context, defaultedNotice: messages)
            pod = target.pod
            container = target.container
        }

        /// Runs `command` in the container without a terminal; nil when it could not start.
        func run(_ command: [String], io: IOStreams, _ context: VerbContext) -> Int32? {
            context.executor?.exec(pod: pod, container: container, command: command, io: io, tty: false)
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
