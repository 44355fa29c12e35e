extension ShellSession {
    /// The programs every simulated host has, registered by default.
    static var standardUtilities: [String: any ShellCommand] {
        [
            "cat": CatCommand(), "grep": GrepCommand(), "egrep": GrepCommand(syntax: .extended),
            "fgrep": GrepCommand(syntax: .fixed), "tr": TrCommand(), "head": HeadCommand(),
            "tail": TailCommand(), "wc": WcCommand(), "sort": SortCommand(), "uniq": UniqCommand(),
            "sleep": SleepCommand(), "clear": ClearCommand(),
            "ls": LsCommand(), "dir": LsCommand(program: "dir"), "mkdir": MkdirCommand(), "touch": TouchCommand(),
            "cp": CpCommand(), "mv": CpCommand(moves: true), "rm": RmCommand(), "rmdir": RmdirCommand(), "chmod": ChmodCommand(),
            "tee": TeeCommand(), "which": WhichCommand(), "less": PagerCommand(name: "less"),
            "more": PagerCommand(name: "more"), "vi": EditorCommand(name: "vi"), "vim": EditorCommand(name: "vim"),
            "nano": EditorCommand(name: "nano"), "cut": CutCommand(), "base64": Base64Command(),
            "xargs": XargsCommand(), "date": DateCommand(), "whoami": IdentityCommand(),
            "hostname": IdentityCommand(host: true), "id": IdCommand(), "env": EnvCommand(), "printenv": PrintenvCommand(), "watch": WatchCommand(),
            "awk": AwkCommand(), "sed": SedCommand(), "jq": JqCommand(), "gawk": AwkCommand(), "seq": SeqCommand(), "basename": PathNameCommand(), "dirname": PathNameCommand(directory: true),
            "ln": LnCommand(), "od": OdCommand(), "readlink": ReadlinkCommand(), "diff": DiffCommand(),
            "find": FindCommand(), "stat": StatCommand(), "du": DuCommand(),
        ]
    }
}
