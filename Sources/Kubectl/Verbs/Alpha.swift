/// `kubectl alpha`: where commands for alpha features would live; kubectl 1.32 has none, so the
/// command is hidden, and typed anyway (with words, `--help` or not) it says so on standard
/// error. It reads no kubeconfig.
enum Alpha {
    static let message = "No alpha commands are available in this version of kubectl\n"

    static func run(_ arguments: [String], io: IOStreams) throws(KubectlFailure) -> Int32 {
        do {
            _ = try FlagParser.parse(arguments.filter { $0 != "--help" && $0 != "-h" }, specs: GlobalFlags.specs)
        } catch {
            throw .usage(error.message, verb: "alpha")
        }
        io.err(message)
        return 0
    }
}
