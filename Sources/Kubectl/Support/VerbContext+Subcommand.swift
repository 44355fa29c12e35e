extension VerbContext {
    /// Takes the subcommand (`config view`, `auth can-i`) off the positionals; with none given,
    /// prints the verb's help as cobra does for a command group and returns nil.
    mutating func takeSubcommand(help: String) -> String? {
        guard let sub = flags.positionals.first else {
            io.out(help)
            return nil
        }
        flags.positionals.removeFirst()
        return sub
    }
}
