/// `kubectl help [COMMAND...]`: the help `COMMAND --help` prints, for the deepest command the
/// words name; without words, kubectl's own. Words that name no command are reported on
/// standard error, before kubectl's own help.
enum HelpCommand {
    static func run(_ arguments: [String], io: IOStreams) -> Int32 {
        let words = (try? FlagParser.parse(arguments, specs: GlobalFlags.specs).positionals) ?? arguments.filter { !$0.hasPrefix("-") }
        guard let first = words.first else {
            io.out(KubectlHelp.overview)
            return 0
        }
        if first == "alpha" {
            io.err(Alpha.message)
            return 0
        }
        guard let verb = Kubectl.verbs.first(where: { $0.name == first }) else {
            // cobra quotes the words as Go's %#q quotes a slice of strings.
            io.err("Unknown help topic [\(words.map { "`\($0)`" }.joined(separator: " "))]\n" + KubectlHelp.overview)
            return 0
        }
        io.out(KubectlHelp.subcommandHelp(words) ?? verb.help)
        return 0
    }
}
