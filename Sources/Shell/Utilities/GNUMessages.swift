/// Wording shared by GNU coreutils programs.
enum GNUMessages {
    /// The line that follows a usage error.
    static func tryHelp(_ program: String) -> String {
        "Try '\(program) --help' for more information.\n"
    }

    /// A getopt complaint followed by the `Try ... --help` line.
    static func optionError(_ program: String, _ failure: OptionParser.Failure) -> String {
        "\(program): \(failure.message)\n" + tryHelp(program)
    }

    /// A value quoted as coreutils quotes it in a UTF-8 locale: ‘value’.
    static func quote(_ value: String) -> String {
        "\u{2018}\(value)\u{2019}"
    }
}
