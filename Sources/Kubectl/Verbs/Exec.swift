import Cluster
import KubeAPI

/// `kubectl exec POD -- COMMAND...`: runs a command in a container of a running pod.
enum Exec {
    static let verb = Verb(name: "exec", flags: flags, help: KubectlHelp.exec) { context throws(KubectlFailure) in
        let options = try Options(context)
        return try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("container", "c"), FlagSpec("stdin", "i", .bool), FlagSpec("tty", "t", .bool),
        FlagSpec("quiet", "q", .bool), FlagSpec("filename", "f", .stringArray), FlagSpec("pod-running-timeout"),
    ]

    struct Options {
        var podName: String
        var container: String?
        var command: [String]
        var quiet: Bool
        /// `-i`: the command reads kubectl's stdin; without it, its stdin is empty.
        var stdin: Bool
        /// `-t`: a terminal for the command, which kubectl allocates only together with `-i`.
        var tty: Bool

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            guard let first = flags.positionals.first else {
                throw .error("pod, type/name or --filename must be specified")
            }
            if flags.positionals.count > 1 {
                throw .validation(
                    "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead", verb: "exec")
            }
            guard let command = flags.afterDash, !command.isEmpty else {
                throw .error("you must specify at least one command for the container")
            }
            podName = first.hasPrefix("pod/") ? String(first.dropFirst(4)) : (first.hasPrefix("pods/") ? String(first.dropFirst(5)) : first)
            container = flags.string("container")
            self.command = command
            quiet = flags.bool("quiet")
            stdin = flags.bool("stdin")
            tty = stdin && flags.bool("tty")
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let pod: KubeObject
            let cluster = try context.cluster
            do {
                pod = try cluster.get(.pods, namespace: context.namespace, name: podName)
            } catch {
                throw .server(error)
            }
            let phase = pod[path: "status.phase"].string ?? ""
            if phase == "Succeeded" || phase == "Failed" {
                throw .error("cannot exec into a container in a completed pod; current phase is \(phase)")
            }
            let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
            let chosen: String
            if let container {
                guard containers.contains(container) else {
                    throw .error("container \(container) not found in pod \(podName)")
                }
                chosen = container
            } else {
                chosen = pod.annotations["kubectl.kubernetes.io/default-container"] ?? containers.first ?? ""
                if containers.count > 1 && !quiet {
                    context.io.err("Defaulted container \"\(chosen)\" out of: \(containers.joined(separator: ", "))\n")
                }
            }
            let status = pod[path: "status.containerStatuses"].array.first { $0["name"].string == chosen }
            guard status?[path: "state.running"].isNull == false else {
                throw .error("unable to upgrade connection: container not found (\"\(chosen)\")")
            }
            guard let executor = context.executor else {
                throw .error("unable to upgrade connection: container not found (\"\(chosen)\")")
            }
            // Input piped in is not a terminal: kubectl then runs the command without one.
            var tty = tty
            if tty, !context.io.input.isEmpty {
                if !quiet { context.io.err("Unable to use a TTY - input is not a terminal or the right kind of file\n") }
                tty = false
            }
            let streams = IOStreams(input: stdin ? context.io.input : "", sink: context.io.sink)
            guard let status = executor.exec(pod: pod, container: chosen, command: command, io: streams, tty: tty) else {
                return 1
            }
            if status != 0 { context.io.err("command terminated with exit code \(status)\n") }
            return status
        }
    }
}
