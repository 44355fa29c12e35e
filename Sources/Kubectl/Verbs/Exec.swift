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
        FlagSpec("quiet", "q", .bool), FlagSpec("filename", "f", .stringArray), FlagSpec("pod-running-timeout", nil, .duration),
    ]

    struct Options {
        /// The pod, or the workload or Service whose pod it runs in (`deploy/web`).
        var resource: String
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
            resource = first
            container = flags.string("container")
            self.command = command
            quiet = flags.bool("quiet")
            stdin = flags.bool("stdin")
            tty = stdin && flags.bool("tty")
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let target = try ExecTarget(
                namespace: context.namespace, podName: try podName(context), container: container, context,
                defaultedNotice: quiet ? nil : .stderr)
            guard let executor = context.executor else { return 1 }
            // Input piped in is not a terminal: kubectl then runs the command without one.
            var tty = tty
            if tty, !context.io.inputIsTerminal, !context.io.input.isEmpty {
                if !quiet { context.io.err("Unable to use a TTY - input is not a terminal or the right kind of file\n") }
                tty = false
            }
            context.requestLog?.answered(upgrade(target, tty: tty), status: 101)
            // The process reads the input only if it wants it (`cat` does, `ls` does not).
            let streams = stdin ? context.io : IOStreams(input: "", sink: context.io.sink)
            guard let status = executor.exec(pod: target.pod, container: target.container, command: command, io: streams, tty: tty) else {
                return 1
            }
            if status != 0 { context.io.err("command terminated with exit code \(status)\n") }
            return status
        }

        /// The GET that upgrades to the exec stream, for this command.
        private func upgrade(_ target: ExecTarget, tty: Bool) -> ServerRequest {
            target.upgrade(command, stdin: stdin, tty: tty)
        }

        /// The builder's `ResourceNames("pods", ...)`: a bare name is a pod's; `TYPE/NAME` names
        /// an object whose most active pod is the one.
        private func podName(_ context: VerbContext) throws(KubectlFailure) -> String {
            guard resource.contains("/"), let group = try ResourceRequest.parse([resource]).groups.first,
                let name = group.names.first
            else { return resource }
            guard group.type != .pods else { return name }
            let cluster = try context.cluster
            let object: KubeObject
            do {
                try cluster.authorize(AccessRequest(verb: "get", group.type, namespace: context.namespace, name: name), as: context.user)
                object = try cluster.get(group.type, namespace: context.namespace, name: name)
            } catch {
                throw .server(error)
            }
            return try AttachablePod.pod(for: object, type: group.type, namespace: context.namespace, context: context).name
        }
    }
}
