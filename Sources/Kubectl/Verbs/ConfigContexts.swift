/// `kubectl config get-contexts`, `current-context`, `use-context` and `set-context`.
enum ConfigContexts {
    /// `get-contexts [NAME...]`: a table of contexts (sorted by name), or their names with `-o name`.
    static func list(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let output = context.flags.string("output") ?? ""
        guard output.isEmpty || output == "name" else {
            throw .error("--output \(output) is not available in kubectl config get-contexts; resetting to default output format")
        }
        let config = context.kubeconfig
        let wanted = context.flags.positionals
        let shown = config.contexts.filter { wanted.isEmpty || wanted.contains($0.name) }.sorted { $0.name < $1.name }
        if output == "name" {
            context.io.out(shown.map { $0.name + "\n" }.joined())
        } else {
            var writer = TabWriter(minWidth: 6, padding: 3)
            if !context.flags.bool("no-headers") { writer.write("CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n") }
            for entry in shown {
                let mark = entry.name == config.currentContext ? "*" : ""
                writer.write("\(mark)\t\(entry.name)\t\(entry[string: "cluster"])\t\(entry[string: "user"])\t\(entry[string: "namespace"])\n")
            }
            context.io.out(writer.flush())
        }
        if let missing = wanted.first(where: { name in !config.contexts.contains { $0.name == name } }) {
            throw .error("context \(missing) not found")
        }
        return 0
    }

    /// `current-context`: the name, or an error when none is set.
    static func current(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let name = context.kubeconfig.currentContext
        guard !name.isEmpty else { throw .error("current-context is not set") }
        context.io.out(name + "\n")
        return 0
    }

    /// `use-context NAME`: switch to an existing context.
    static func use(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        guard context.flags.positionals.count == 1, let name = context.flags.positionals.first else {
            throw Config.unexpectedArgs(context, help: KubectlHelp.configUseContext)
        }
        guard context.kubeconfig.contexts.contains(where: { $0.name == name }) else {
            throw .error("no context exists with the name: \"\(name)\"")
        }
        context.kubeconfig.currentContext = name
        context.io.out("Switched to context \"\(name)\".\n")
        return 0
    }

    /// `set-context [NAME | --current] [--cluster=C] [--user=U] [--namespace=NS]`: merge the
    /// given fields into the context, creating it when it does not exist.
    static func set(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        guard context.flags.positionals.count <= 1 else {
            throw Config.unexpectedArgs(context, help: KubectlHelp.configSetContext)
        }
        let config = context.kubeconfig
        let useCurrent = context.flags.bool("current")
        let given = context.flags.positionals.first ?? ""
        if useCurrent, !given.isEmpty { throw .error("you cannot specify both a context name and --current") }
        let name = useCurrent ? config.currentContext : given
        guard !name.isEmpty else { throw .error("you must specify a non-empty context name or --current") }
        let index = config.contexts.firstIndex { $0.name == name }
        var entry = index.map { config.contexts[$0] } ?? Kubeconfig.Entry(name: name)
        for field in ["cluster", "user", "namespace"] {
            if let value = context.flags.string(field) { entry[string: field] = value }
        }
        if let index {
            config.contexts[index] = entry
        } else {
            config.contexts.append(entry)
        }
        context.io.out("Context \"\(name)\" \(index == nil ? "created" : "modified").\n")
        return 0
    }
}

extension KubectlHelp {
    static let configUseContext = """
        Make a context of the kubeconfig the current one: later commands use its cluster, user
        and namespace.

        Usage:
          kubectl config use-context CONTEXT_NAME [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let configSetContext = """
        Change a context of the kubeconfig, or add one. Only the fields you give change.

        Examples:
          kubectl config set-context --current --namespace=kube-system

        Usage:
          kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
