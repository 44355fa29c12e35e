/// A GNU program as its `--help` and `--version` present it: its package, the synopsis lines
/// its usage starts with, its authors (facts from the programs), and a summary and option
/// notes written for the lab.
struct GNUProgram {
    enum Package {
        case coreutils, grep, sed, diffutils, findutils
    }

    var name: String
    var package: Package
    /// The `Usage:` line and its `  or:` lines, without the program name.
    var synopsis: [String]
    /// What the program does, in a sentence or two of our own.
    var summary: String
    /// The options the lab's version understands, described in our own words.
    var options: [(String, String)] = []
    var authors: [String] = []

    /// The program called `name`, or nil when it is not a GNU program the lab knows.
    static func named(_ name: String) -> GNUProgram? {
        guard var program = table[name == "dir" ? "ls" : name] else { return nil }
        program.name = name
        return program
    }

    private static let table: [String: GNUProgram] = Dictionary(
        uniqueKeysWithValues: (coreutilsPrograms + otherPrograms).map { ($0.name, $0) })
}

extension GNUProgram {
    fileprivate static let otherPrograms: [GNUProgram] = [
        GNUProgram(
            name: "grep", package: .grep, synopsis: ["[OPTION]... PATTERNS [FILE]..."],
            summary: "Print the lines of each FILE (or standard input) that match PATTERNS.",
            options: [
                ("-E, --extended-regexp", "read PATTERNS as extended regular expressions"),
                ("-F, --fixed-strings", "read PATTERNS as plain strings"),
                ("-e, --regexp=PATTERNS", "match PATTERNS (may be given more than once)"),
                ("-i, --ignore-case", "let case differ"), ("-w, --word-regexp", "match whole words only"),
                ("-v, --invert-match", "print the lines that do not match"),
                ("-c, --count", "print how many lines matched in each file"),
                ("-o, --only-matching", "print only the matched parts"),
                ("-n, --line-number", "put each line's number before it"),
                ("-r, --recursive", "search the files below each directory"),
                ("-A, -B, -C NUM", "print NUM lines after, before or around each match"),
                ("-q, --quiet", "print nothing; the exit status tells"),
            ]),
        GNUProgram(
            name: "sed", package: .sed, synopsis: ["[OPTION]... {script-only-if-no-other-script} [input-file]..."],
            summary: "Edit a stream of lines with a script of commands such as s/OLD/NEW/g, p and d.",
            options: [
                ("-n, --quiet, --silent", "print only what the script prints with p"),
                ("-e script, --expression=script", "add a script"), ("-f, --file=FILE", "add the script in FILE"),
                ("-E, -r, --regexp-extended", "use extended regular expressions"),
                ("-i, --in-place", "write the result back into each file"),
            ]),
        GNUProgram(
            name: "diff", package: .diffutils, synopsis: ["[OPTION]... FILES"],
            summary: "Show how two files differ, line by line.",
            options: [("-u, --unified", "show three lines of context in unified form"), ("-q, --brief", "only say whether they differ")],
            authors: ["Paul Eggert", "Mike Haertel", "David Hayes", "Richard Stallman", "Len Tower"]),
        GNUProgram(
            name: "find", package: .findutils, synopsis: ["[-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]"],
            summary: "Walk each PATH (the current directory by default) and print the names the expression accepts.",
            options: [
                ("-name PATTERN, -iname PATTERN", "the base name matches the shell PATTERN"),
                ("-type f|d|l", "a file, a directory, a symbolic link"), ("-maxdepth N, -mindepth N", "how deep to go"),
                ("-path PATTERN", "the whole name matches PATTERN"), ("-empty", "an empty file or directory"),
                ("! TEST, TEST -o TEST", "negate, either"),
            ],
            authors: ["Eric B. Decker", "James Youngman", "Kevin Dalley"]),
        GNUProgram(
            name: "xargs", package: .findutils, synopsis: ["[OPTION]... COMMAND [INITIAL-ARGS]..."],
            summary: "Run COMMAND with INITIAL-ARGS and the words read from standard input.",
            authors: ["Eric B. Decker", "James Youngman", "Kevin Dalley"]),
    ]
}
