import Kubectl

extension OptionParser {
    /// How a GNU program's option parsing ended the program: with `status`, after printing what
    /// it had to.
    struct Finished: Error {
        var status: Int32
    }

    /// Parses `context`'s arguments for the GNU program `program`: `--help` prints its usage
    /// and `--version` its version (status 0); a bad option prints getopt's complaint and the
    /// `Try ... --help` line, and the program ends with `failure`.
    /// `arguments` replaces the command line's when the program rewrote it first.
    func parse(
        program: String, _ context: CommandContext, arguments: [String]? = nil, failure: Int32
    ) throws(Finished) -> Parsed {
        let parsed: Parsed
        let parser = context.session.gnuStandardOptions ? withStandardOptions() : self
        do {
            parsed = try parser.parse(arguments ?? Array(context.arguments.dropFirst()))
        } catch {
            context.io.err(GNUMessages.optionError(program, error))
            throw Finished(status: failure)
        }
        guard let key = parsed.options.last?.key, key == "--help" || key == "--version" else { return parsed }
        context.io.out(GNUMessages.standardText(program, key, context.session))
        throw Finished(status: 0)
    }
}

extension GNUMessages {
    /// What `PROGRAM --help` or `PROGRAM --version` prints on the session's system.
    static func standardText(_ program: String, _ key: String, _ session: ShellSession) -> String {
        guard let known = GNUProgram.named(program) else { return "" }
        return key == "--version" ? known.version(session.gnuUserland) : known.help
    }
}

extension GNUMessages {
    /// For GNU programs that read their options by hand: `--help` or `--version` (or a prefix of
    /// either) among the leading options prints its text; the status to end with, or nil.
    static func standardOption(_ program: String, _ context: CommandContext) -> Int32? {
        guard context.session.gnuStandardOptions else { return nil }
        for word in context.arguments.dropFirst() {
            guard word.hasPrefix("-"), word != "-", word != "--" else { return nil }
            guard word.hasPrefix("--") else { continue }
            let name = word.dropFirst(2)
            guard !name.isEmpty, !name.contains("=") else { continue }
            let key = "help".hasPrefix(name) ? "--help" : "version".hasPrefix(name) ? "--version" : nil
            guard let key else { continue }
            context.io.out(standardText(program, key, context.session))
            return 0
        }
        return nil
    }
}
