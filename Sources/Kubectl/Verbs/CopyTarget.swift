import Cluster
import KubeAPI

extension Copy {
    /// The container a copy execs `tar` in: the pod's, chosen with `-c` or by default, as
    /// `kubectl exec` chooses it (and saying so when the pod has several).
    struct Target {
        var pod: KubeObject
        var container: String

        init(_ spec: FileSpec, _ context: VerbContext, messages: StandardStream = .stderr) throws(KubectlFailure) {
            let cluster = try context.cluster
            let name = spec.pod ?? ""
            do {
                pod = try cluster.get(.pods, namespace: spec.namespace ?? context.namespace, name: name)
            } catch {
                throw .server(error)
            }
            let phase = pod[path: "status.phase"].string ?? ""
            if phase == "Succeeded" || phase == "Failed" {
                throw .error("cannot exec into a container in a completed pod; current phase is \(phase)")
            }
            let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
            if let chosen = context.flags.string("container") {
                guard containers.contains(chosen) else { throw .error("container \(chosen) not found in pod \(name)") }
                container = chosen
            } else {
                container = pod.annotations["kubectl.kubernetes.io/default-container"] ?? containers.first ?? ""
                if containers.count > 1 {
                    context.io.sink.write(
                        "Defaulted container \"\(container)\" out of: \(containers.joined(separator: ", "))\n", to: messages)
                }
            }
            let status = pod[path: "status.containerStatuses"].array.first { $0["name"].string == container }
            guard status?[path: "state.running"].isNull == false, context.executor != nil else {
                throw .error("unable to upgrade connection: container not found (\"\(container)\")")
            }
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

        func write(_ text: String, to stream: StandardStream) {
            if stream == .stdout { self.text += text } else { forward.out(text) }
        }
    }
}
