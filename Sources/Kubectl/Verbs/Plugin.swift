import KubeAPI

/// `kubectl plugin list [--name-only]`: the plugins on the PATH, with kubectl's warnings for one
/// hidden by another of the same name or named like a built-in command. `kubectl plugin` alone
/// prints its help on stderr and fails, as kubectl does for a group command.
enum Plugin {
    static let verb = Verb(
        name: "plugin", flags: [FlagSpec("name-only", nil, .bool)], help: KubectlHelp.plugin,
        usagePath: { words in words.first == "list" ? "plugin list" : nil }
    ) { context throws(KubectlFailure) in
        guard let sub = context.flags.positionals.first else {
            context.io.err(KubectlHelp.plugin)
            return 1
        }
        guard sub == "list" else { throw .validation("unknown command \(GoSyntax.quoted(sub))", verb: "plugin") }
        let paths = context.plugins?.find() ?? []
        guard !paths.isEmpty else { throw .error("unable to find any kubectl plugins in your PATH") }
        context.io.out("The following compatible plugins are available:\n\n")
        var warnings = 0
        for (index, path) in paths.enumerated() {
            let name = KubectlPlugins.name(of: path)
            context.io.out((context.flags.bool("name-only") ? name : path) + "\n")
            if let first = paths[..<index].first(where: { KubectlPlugins.name(of: $0) == name }) {
                context.io.err("  - warning: \(path) is overshadowed by a similarly named plugin: \(first)\n")
                warnings += 1
            }
            let command = String(name.dropFirst("kubectl-".count)).split(separator: "-").first.map(String.init) ?? ""
            if Kubectl.verbs.contains(where: { $0.name == command }) {
                context.io.err("  - warning: \(name) overwrites existing command: \"kubectl \(command)\"\n")
                warnings += 1
            }
        }
        guard warnings == 0 else {
            throw .error(warnings == 1 ? "one plugin warning was found" : "\(warnings) plugin warnings were found")
        }
        return 0
    }
}

extension KubectlHelp {
    static let plugin = """
        Work with kubectl plugins: programs named kubectl-NAME on your PATH, which kubectl runs
        when you type kubectl NAME.

        Examples:
          # Which plugins kubectl would run
          kubectl plugin list

          # Only their file names
          kubectl plugin list --name-only

        Available Commands:
          list          List the plugin programs on your PATH

        Usage:
          kubectl plugin [flags] [options]

        Use "kubectl plugin <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
