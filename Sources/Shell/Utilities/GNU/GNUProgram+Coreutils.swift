extension GNUProgram {
    private static func coreutils(
        _ name: String, _ synopsis: [String], _ summary: String, _ authors: [String], options: [(String, String)] = []
    ) -> GNUProgram {
        GNUProgram(name: name, package: .coreutils, synopsis: synopsis, summary: summary, options: options, authors: authors)
    }

    /// The coreutils programs the lab has. Synopses and authors are coreutils 9's.
    static let coreutilsPrograms: [GNUProgram] = [
        coreutils(
            "ls", ["[OPTION]... [FILE]..."], "List each FILE, or what each directory holds (the current one by default).",
            ["Richard M. Stallman", "David MacKenzie"],
            options: [
                ("-a, --all", "include names starting with ."), ("-A, --almost-all", "the same, without . and .."),
                ("-l", "the long form: mode, links, owner, group, size, time"), ("-h, --human-readable", "sizes as 1K, 234M"),
                ("-R, --recursive", "go down into each directory"), ("-d, --directory", "list directories, not their contents"),
                ("-t", "newest first"), ("-S", "largest first"), ("-r, --reverse", "reverse the order"),
                ("-1", "one name a line"), ("-F, --classify", "mark directories with /, programs with *"),
            ]),
        coreutils(
            "cat", ["[OPTION]... [FILE]..."], "Print each FILE (or standard input) one after another.",
            ["Torbjorn Granlund", "Richard M. Stallman"],
            options: [("-n, --number", "number every line"), ("-A, --show-all", "make tabs, line ends and control characters visible")]),
        coreutils(
            "head", ["[OPTION]... [FILE]..."], "Print the first 10 lines of each FILE (or standard input).",
            ["David MacKenzie", "Jim Meyering"],
            options: [("-n, --lines=[-]NUM", "the first NUM lines (all but the last NUM with -)"), ("-c, --bytes=[-]NUM", "bytes instead of lines")]),
        coreutils(
            "tail", ["[OPTION]... [FILE]..."], "Print the last 10 lines of each FILE (or standard input).",
            ["Paul Rubin", "David MacKenzie", "Ian Lance Taylor", "Jim Meyering"],
            options: [("-n, --lines=[+]NUM", "the last NUM lines (from line NUM on with +)"), ("-c, --bytes=[+]NUM", "bytes instead of lines")]),
        coreutils(
            "wc", ["[OPTION]... [FILE]...", "[OPTION]... --files0-from=F"], "Count the lines, words and bytes of each FILE.",
            ["Paul Rubin", "David MacKenzie"],
            options: [("-l, --lines", "lines only"), ("-w, --words", "words only"), ("-c, --bytes", "bytes only"), ("-m, --chars", "characters only")]),
        coreutils(
            "sort", ["[OPTION]... [FILE]...", "[OPTION]... --files0-from=F"], "Print the lines of all FILEs in order.",
            ["Mike Haertel", "Paul Eggert"],
            options: [
                ("-n, --numeric-sort", "by number"), ("-r, --reverse", "largest first"), ("-u, --unique", "drop repeated lines"),
                ("-k, --key=KEYDEF", "by the fields KEYDEF names (2 or 2,3)"), ("-t, --field-separator=SEP", "fields end at SEP"),
            ]),
        coreutils(
            "uniq", ["[OPTION]... [INPUT [OUTPUT]]"], "Print adjacent repeated lines once.",
            ["Richard M. Stallman", "David MacKenzie"],
            options: [("-c, --count", "put how often each line came before it"), ("-d, --repeated", "only lines that repeat")]),
        coreutils(
            "cut", ["OPTION... [FILE]..."], "Print the chosen parts of each line.",
            ["David M. Ihnat", "David MacKenzie", "Jim Meyering"],
            options: [("-d, --delimiter=DELIM", "fields end at DELIM, not TAB"), ("-f, --fields=LIST", "the fields in LIST (1,3 or 2-)"), ("-c, --characters=LIST", "the characters in LIST")]),
        coreutils(
            "tr", ["[OPTION]... STRING1 [STRING2]"], "Copy standard input to standard output, changing or deleting characters.",
            ["Jim Meyering"],
            options: [("-d, --delete", "delete the characters in STRING1"), ("-s, --squeeze-repeats", "squeeze runs of a character into one")]),
        coreutils("sleep", ["NUMBER[SUFFIX]...", "OPTION"], "Wait NUMBER seconds (or m, h, d).", ["Jim Meyering", "Paul Eggert"]),
        coreutils("mkdir", ["[OPTION]... DIRECTORY..."], "Make each DIRECTORY (-p: with its parents).", ["David MacKenzie"]),
        coreutils(
            "touch", ["[OPTION]... FILE..."], "Set each FILE's times to now, making it empty if it is missing.",
            ["Paul Rubin", "Arnold Robbins", "Jim Kingdon", "David MacKenzie", "Randy Smith"]),
        coreutils(
            "cp", ["[OPTION]... [-T] SOURCE DEST", "[OPTION]... SOURCE... DIRECTORY", "[OPTION]... -t DIRECTORY SOURCE..."],
            "Copy SOURCE to DEST, or each SOURCE into DIRECTORY (-r for directories).",
            ["Torbjorn Granlund", "David MacKenzie", "Jim Meyering"]),
        coreutils(
            "mv", ["[OPTION]... [-T] SOURCE DEST", "[OPTION]... SOURCE... DIRECTORY", "[OPTION]... -t DIRECTORY SOURCE..."],
            "Rename SOURCE to DEST, or move each SOURCE into DIRECTORY.", ["Mike Parker", "David MacKenzie", "Jim Meyering"]),
        coreutils(
            "rm", ["[OPTION]... [FILE]..."], "Remove each FILE (-r: directories and what they hold; -f: never ask).",
            ["Paul Rubin", "David MacKenzie", "Richard M. Stallman", "Jim Meyering"]),
        coreutils("rmdir", ["[OPTION]... DIRECTORY..."], "Remove each DIRECTORY if it is empty (-p: then its parents).", ["David MacKenzie"]),
        coreutils(
            "chmod", ["[OPTION]... MODE[,MODE]... FILE...", "[OPTION]... OCTAL-MODE FILE...", "[OPTION]... --reference=RFILE FILE..."],
            "Change each FILE's mode to MODE (u+x, go-w, 644, ...).", ["David MacKenzie", "Jim Meyering"]),
        coreutils(
            "tee", ["[OPTION]... [FILE]..."], "Copy standard input to each FILE and to standard output (-a: append).",
            ["Mike Parker", "Richard M. Stallman", "David MacKenzie"]),
        coreutils("base64", ["[OPTION]... [FILE]"], "Encode FILE (or standard input) in base64, or decode it with -d.", ["Simon Josefsson"]),
        coreutils(
            "date", ["[OPTION]... [+FORMAT]", "[-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]"],
            "Print the date and time, in FORMAT if one is given (+%F, +%s, ...).", ["David MacKenzie"]),
        coreutils(
            "id", ["[OPTION]... [USER]..."], "Print the user and group IDs of USER (or you), and the groups the user is in.",
            ["Arnold Robbins", "David MacKenzie"]),
        coreutils("whoami", ["[OPTION]..."], "Print the name of the user you are.", ["Richard Mlynarik"]),
        coreutils(
            "env", ["[OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]"],
            "Run COMMAND with the variables NAME set, or print the environment.",
            ["Richard Mlynarik", "David MacKenzie", "Assaf Gordon"]),
        coreutils("printenv", ["[OPTION]... [VARIABLE]..."], "Print the value of each VARIABLE, or of them all.", ["David MacKenzie", "Richard Mlynarik"]),
        coreutils(
            "seq", ["[OPTION]... LAST", "[OPTION]... FIRST LAST", "[OPTION]... FIRST INCREMENT LAST"],
            "Print the numbers from FIRST (1) to LAST, INCREMENT (1) apart.", ["Ulrich Drepper"]),
        coreutils("basename", ["NAME [SUFFIX]", "OPTION... NAME..."], "Print NAME without the directories before it (and SUFFIX).", ["David MacKenzie"]),
        coreutils("dirname", ["[OPTION] NAME..."], "Print each NAME without its last part.", ["David MacKenzie", "Jim Meyering"]),
        coreutils(
            "ln", ["[OPTION]... [-T] TARGET LINK_NAME", "[OPTION]... TARGET", "[OPTION]... TARGET... DIRECTORY", "[OPTION]... -t DIRECTORY TARGET..."],
            "Make a link to TARGET (-s: a symbolic one).", ["Mike Parker", "David MacKenzie"]),
        coreutils(
            "od", ["[OPTION]... [FILE]...", "[-abcdfilosx]... [FILE] [[+]OFFSET[.][b]]", "--traditional [OPTION]... [FILE] [[+]OFFSET[.][b] [+][LABEL][.][b]]"],
            "Dump FILE's bytes in octal or the forms the options ask for (-c, -x, -A x).", ["Jim Meyering"]),
        coreutils("readlink", ["[OPTION]... FILE..."], "Print where each symbolic link FILE leads (-f: the full path).", ["Dmitry V. Levin"]),
        coreutils(
            "df", ["[OPTION]... [FILE]..."], "Show the space used and free on each file system (-h: in K, M, G).",
            ["Torbjorn Granlund", "David MacKenzie", "Paul Eggert"]),
        coreutils(
            "stat", ["[OPTION]... FILE..."], "Show each FILE's size, blocks, mode, owner and times.", ["Michael Meskes"],
            options: [("-L, --dereference", "report on what a symbolic link leads to")]),
        coreutils(
            "du", ["[OPTION]... [FILE]...", "[OPTION]... --files0-from=F"],
            "Show the disk space each FILE uses, going down into directories.",
            ["Torbjorn Granlund", "David MacKenzie", "Paul Eggert", "Jim Meyering"],
            options: [
                ("-s, --summarize", "one total for each FILE"), ("-h, --human-readable", "sizes as 1K, 234M"),
                ("-a, --all", "files too, not only directories"), ("-c, --total", "a grand total at the end"),
                ("-d, --max-depth=N", "only directories N levels down or fewer"),
            ]),
    ]
}
