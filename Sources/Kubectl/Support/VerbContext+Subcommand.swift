extension VerbContext {
    /// Takes the subcommand (`config view`, `auth can-i`) off the positionals; with none given,
    /// prints the verb's help to stderr and returns nil, as kubectl's `DefaultSubCommandRun(ErrOut)`
    /// does before it exits 1.
    mutating func takeSubcommand(help: String) -> String? {
        guard let sub = flags.positionals.first else {
            io.err(help)
            return nil
        }
        flags.positionals.removeFirst()
        return sub
    }
}
