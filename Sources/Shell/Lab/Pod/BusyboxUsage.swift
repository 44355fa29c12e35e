import Kubectl

/// busybox 1.36's `APPLET --help`: the banner, `multi-call binary.`, the applet's usage line as
/// the default build (`defconfig`) spells it, and what the applet does, in our own words. It goes
/// to standard error with status 0, whatever follows `--help`.
struct BusyboxUsage {
    let banner: String

    /// The text for `name`, or nil when the lab has no usage for it (the applet then runs).
    func text(_ name: String) -> String? {
        guard let (synopsis, summary) = Self.table[name] else { return nil }
        var text = banner + " multi-call binary.\n\nUsage: " + name
        if !synopsis.isEmpty { text += " " + synopsis }
        return text + "\n\n" + summary + "\n"
    }

    /// Applets whose `--help` busybox passes on as an argument (POSIX wants `test --help` to be
    /// an ordinary operand).
    static let exempt: Set<String> = ["test", "[", "[[", "true", "false", "echo"]

    static let table: [String: (String, String)] = [
        "awk": ("[OPTIONS] [AWK_PROGRAM] [FILE]...", "Run an awk program over the lines of each FILE."),
        "base64": ("[-d] [-w COL] [FILE]", "Encode FILE (or stdin) as base64, or decode it with -d."),
        "basename": ("FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...", "Print FILE without its directories (and SUFFIX)."),
        "cat": ("[FILE]...", "Print the FILEs one after another."),
        "chmod": ("[-Rcvf] MODE[,MODE]... FILE...", "Change the mode of each FILE."),
        "cp": ("[-arPLHpfinlsTu] SOURCE DEST\nor: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }", "Copy files."),
        "cut": ("[OPTIONS] [FILE]...", "Print the chosen fields or characters of each line."),
        "date": ("[OPTIONS] [+FMT] [[-s] TIME]", "Print the date and time."),
        "df": ("[-PkmhTai] [-B SIZE] [-t TYPE] [FILESYSTEM]...", "Show the space used and free on file systems."),
        "diff": ("[-abBdiNqrTstw] [-L LABEL] [-S FILE] [-U LINES] FILE1 FILE2", "Show how two files differ."),
        "dirname": ("FILENAME", "Print FILENAME without its last part."),
        "dmesg": ("[-cr] [-n LEVEL] [-s SIZE]", "Print the kernel's message buffer."),
        "du": ("[-aHLdclsxhmk] [FILE]...", "Show the disk space each FILE uses."),
        "env": ("[-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]", "Run PROG with changed environment, or print it."),
        "find": ("[-HL] [PATH]... [OPTIONS] [ACTIONS]", "Walk each PATH and print the names that pass the tests."),
        "free": ("[-bkmgh]", "Show memory use."),
        "grep": (
            "[-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...",
            "Print the lines of each FILE that match a pattern."
        ),
        "head": ("[OPTIONS] [FILE]...", "Print the first lines of each FILE."),
        "hostname": ("[-sidf] [HOSTNAME | -F FILE]", "Print or set the host name."),
        "id": ("[-ugGnr] [USER]", "Print a user's IDs and groups."),
        "kill": ("[-l] [-SIG] PID...", "Send a signal to processes."),
        "less": ("[-EFIMmNSRh~] [FILE]...", "Page through FILEs."),
        "ln": ("[-sfnbtv] [-S SUF] TARGET... LINK|DIR", "Make links to TARGETs."),
        "ls": ("[-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...", "List directory contents."),
        "mkdir": ("[-m MODE] [-p] DIRECTORY...", "Make directories."),
        "more": ("[FILE]...", "Page through FILEs."),
        "mount": ("[OPTIONS] [-o OPT] DEVICE NODE", "Mount a file system, or list the mounted ones."),
        "mv": ("[-finT] SOURCE DEST\nor: mv [-fin] SOURCE... { -t DIRECTORY | DIRECTORY }", "Move or rename files."),
        "nc": (
            "[OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen",
            "Open a TCP or UDP connection, or listen for one."
        ),
        "nslookup": ("[-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]", "Ask a DNS server about HOST."),
        "od": (
            "[-abcdfhilovxs] [-t TYPE] [-A RADIX] [-N SIZE] [-j SKIP] [-S MINSTR] [-w WIDTH] [FILE]...",
            "Dump FILEs in octal and other formats."
        ),
        "ping": ("[OPTIONS] HOST", "Send ICMP echo requests to HOST."),
        "printenv": ("[VARIABLE]...", "Print environment variables."),
        "ps": ("[-o COL1,COL2=HEADER] [-T]", "List processes."),
        "readlink": ("[-fnv] FILE", "Print where a symbolic link leads."),
        "rm": ("[-irf] FILE...", "Remove files or directories."),
        "rmdir": ("[-p] DIRECTORY...", "Remove empty directories."),
        "sed": ("[-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\nor: sed [-i[SFX]] [-nrE] CMD [FILE]...", "Edit a stream of lines."),
        "seq": ("[-w] [-s SEP] [FIRST [INC]] LAST", "Print a sequence of numbers."),
        "sleep": ("[N]...", "Wait N seconds."),
        "sort": (
            "[-nrughMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...",
            "Print the lines of the FILEs in order."
        ),
        "stat": ("[-ltf] [-c FMT] FILE...", "Show a file's size, mode, owner and times."),
        "tail": ("[OPTIONS] [FILE]...", "Print the last lines of each FILE."),
        "tar": ("c|x|t [-ZzJjahmvokO] [-f TARFILE] [-C DIR] [-T FILE] [-X FILE] [LONGOPT]... [FILE]...", "Make, list or unpack tar archives."),
        "tee": ("[-ai] [FILE]...", "Copy stdin to stdout and to each FILE."),
        "touch": ("[-cham] [-d DATE] [-t DATE] [-r FILE] FILE...", "Make FILEs, or update their times."),
        "tr": ("[-cds] STRING1 [STRING2]", "Change or delete characters of stdin."),
        "uname": ("[-amnrspvio]", "Print facts about the system."),
        "uniq": ("[-cduiz] [-f,s,w N] [FILE [OUTFILE]]", "Print adjacent repeated lines once."),
        "wc": ("[-cmlwL] [FILE]...", "Count lines, words and bytes of each FILE."),
        "wget": (
            "[-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[--no-check-certificate] [-P DIR] [-U AGENT] [-T SEC] URL...",
            "Fetch URLs over HTTP, HTTPS or FTP."
        ),
        "which": ("[-a] COMMAND...", "Print where each COMMAND is found in $PATH."),
        "xargs": ("[OPTIONS] [PROG ARGS]", "Run PROG with the words read from stdin."),
        "xxd": ("[-pri] [-g N] [-c N] [-l LEN] [-s OFS] [-o OFS] [FILE]", "Dump FILE in hex, or turn a dump back into bytes."),
    ]
}

/// An applet of a busybox image: `--help` as its first argument prints its usage, anything
/// else runs it.
struct BusyboxAppletCommand: ShellCommand {
    let name: String
    let usage: BusyboxUsage
    let wrapped: any ShellCommand

    func run(_ context: CommandContext) -> Int32 {
        if context.arguments.dropFirst().first == "--help", !BusyboxUsage.exempt.contains(name), let text = usage.text(name) {
            context.io.err(text)
            return 0
        }
        return wrapped.run(context)
    }
}
