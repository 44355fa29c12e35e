extension ShellSession {
    /// The programs every simulated host has, registered by default.
    static var standardUtilities: [String: any ShellCommand] {
        [
            "cat": CatCommand(), "grep": GrepCommand(), "egrep": GrepCommand(syntax: .extended),
            "fgrep": GrepCommand(syntax: .fixed), "tr": TrCommand(), "head": HeadCommand(),
            "tail": TailCommand(), "wc": WcCommand(), "sort": SortCommand(), "uniq": UniqCommand(),
            "sleep": SleepCommand(), "clear": ClearCommand(),
        ]
    }
}
