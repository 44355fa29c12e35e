import Cluster
import Kubectl

/// The shells whose interactive manners the lab shows.
public enum ShellFlavour: Sendable {
    /// GNU bash: the host's, the nodes' and most Debian-based images'.
    case bash
    /// busybox ash, the `sh` of busybox and Alpine images.
    case ash
    /// dash, the `sh` of Debian-based images.
    case dash
}

/// The simulated host shell: its variables, aliases, working directory and commands.
///
/// Everything runs in-process against `filesystem`; no real file, process or socket is used.
/// Not thread-safe.
public final class ShellSession {
    public var user: String
    public var hostname: String
    public var home: String
    /// The working directory, absolute and normalized; setting it updates `$PWD`.
    public var cwd: String {
        didSet { environment["PWD"] = cwd }
    }
    public var filesystem: VirtualFileSystem
    /// The permission bits new files and directories do not get: 022 for root, 002 for a user
    /// with a group of their own (Ubuntu's and Debian's defaults, `USERGROUPS_ENAB`).
    public var umask: UInt16
    /// Shell variables. The programs the shell runs see only the exported ones
    /// (`childEnvironment`); functions and builtins see them all.
    public var environment: [String: String]
    /// Functions defined with `NAME() { ...; }`, by name.
    var functions: [String: Command] = [:]
    /// The functions `export -f` hands to the shells the shell starts.
    var exportedFunctions: Set<String> = []
    /// `$1`, `$2`, ...: the arguments of the function running.
    var positional: [String] = []
    /// While a script or `bash -c` runs: the name its messages start with (`$0`).
    var scriptName: String?
    /// The line of the script the running command is on.
    var currentLine = 1
    /// The run depth of the running script's top level (`set -x` marks deeper levels).
    var scriptDepth = 0
    /// The `set -o` options turned on (`xtrace`, `errexit`, `pipefail`, ...).
    var options: Set<String> = SetBuiltin.interactiveDefaults
    /// How deeply function calls nest, and how many calls the current line has made.
    var functionDepth = 0
    var functionCalls = 0
    /// Set when a call passed the shell's limits: the rest of the line is abandoned.
    var functionsRefused = false
    /// How many subshells (pipeline stages, `( )`, `$( )`) the running command is inside.
    var subshellDepth = 0
    /// Set by `return` on its way out of the function.
    var returnStatus: Int32?
    /// For each running function, the variables its `local` shadowed and their outer values.
    var localFrames: [[String: SavedVariable]] = []
    /// The state of `$RANDOM`'s generator, and the value it gave last.
    var randomSeed: UInt32 = 2481
    /// The state of `/dev/urandom`'s generator.
    var deviceRandomState: UInt64 = 2481
    var lastRandom = 0
    /// Indexed arrays, which bash does not export.
    var arrays: [String: [Int: String]] = [:]
    /// Associative arrays (`declare -A`), which bash does not export either.
    var associative: [String: BashHashTable] = [:]
    /// The attributes `declare` set on variables (`i`, `r`), by name.
    var attributes: [String: Set<Character>] = [:]
    /// The variables exported to the commands the shell runs: those it was started with and
    /// those `export` or `declare -x` marked since.
    var exported: Set<String> = []
    /// The order of the environment the runtime (or `env`) handed this process, while no shell
    /// has started in it: a program it runs finds its environment so (`environ(startingProgram:)`).
    var environOrder: [String]?
    /// The names of the prefix assignments (`NAME=value command`) of the commands running, as
    /// written: a function's or builtin's, then those of a command it runs.
    var temporaryEnvironment: [[String]] = []
    /// Set while bash starts `-c`'s string: its last command may take the shell's place.
    var execsLastCommand = false
    /// Inside `( ... )` (bash's `SUBSHELL_PAREN`), where `exec` leaves `SHLVL` as it is.
    var inParenthesizedSubshell = false
    public var aliases: [String: String] = ["k": "kubectl"]
    /// `complete`'s specifications by command name, and the order they were made in.
    var completions: [String: CompletionSpec] = [:]
    var completionOrder: [String] = []
    /// The lines entered at the prompt, oldest first, as `history` lists them.
    public var history: [String] = []
    /// Entries dropped from the front of `history` (it keeps at most 1000), so numbers stay stable.
    var historyBase = 0
    /// The status of the last command, as `$?` shows it.
    public var lastStatus: Int32 = 0
    /// Called for a command name that is neither builtin nor registered; returns nil when it
    /// does not handle the command either, so the shell reports `command not found`.
    public var fallback: ((_ arguments: [String], _ io: IOStreams) -> Int32?)?
    /// Set when `exit` ran at the top level of the last `run`; the REPL decides what to do.
    public internal(set) var exitRequested = false
    /// Set when `exec` ran a program in the shell's place: once it ended, the shell is gone.
    public internal(set) var replaced = false
    /// Set by a builtin whose failure abandons the rest of the line, as `exit 1 2` does interactively.
    var lineAborted = false
    /// The learner's terminal: standard input of a line typed at the prompt with nothing piped in.
    /// Nil when there is none (a script, a command run from another), which reads as empty input.
    public var terminal: (any TerminalInput)?
    /// Set when Ctrl-C interrupted a command reading the terminal: the rest of the line is abandoned.
    var interrupted = false

    /// Moves the lab's clock on by that many seconds.
    let advanceClock: (Int64) -> Void
    /// The jobs started with `&` and the process IDs the host hands out.
    lazy var jobs = JobTable(firstProcessID: processID + 1)
    /// While a background job's command runs at its start: how long it has slept so far.
    var jobDelay: Int64?
    /// Runs a background job's command and says what it left open (the lab's port forwards).
    public var jobHold: ((_ run: () -> Int32) -> (status: Int32, hold: JobHold?))?
    /// Moves the clock on by that many seconds a transition at a time, calling back at each, so
    /// jobs following the cluster (`get -w &`) see each change when it happens.
    public var clockSteps: ((_ seconds: Int64, _ each: () -> Void) -> Void)?
    /// Where the line typed at the prompt writes: job notices and background output go there.
    var jobTerminal: (any OutputSink)?
    var commands: [String: any ShellCommand] = [:]
    /// Lines read so far, so messages can name a line number as interactive bash does.
    var linesRead = 0
    /// How deeply `run` is nested (commands that run shell lines, command substitutions).
    var depth = 0
    /// True while a command runs with standard input redirected from a file (`wc` pads differently).
    var standardInputIsFile = false
    /// What `$$` shows: a fixed process ID, so output stays deterministic.
    var processID = 2481
    /// What `$PPID` shows: the process that started the shell (sshd's session for the host's login shell).
    var parentProcessID = 2480
    /// What `$0` shows: how the shell was started (`-bash` for a login shell, `sh`, `/bin/sh`).
    public var commandName = "bash"
    /// The name the shell's program was run by, without its directory: busybox's applet name,
    /// which its applets' messages start with (`sh` for `/bin/sh`, whatever `$0` is).
    var appletName = "sh"
    /// How many `for`, `while` and `until` loops are running, for `break` and `continue`.
    var loopDepth = 0
    /// A `break N` or `continue N` on its way out to the loop it names.
    var loopControl: LoopControl?

    public init(
        user: String, hostname: String, home: String, filesystem: VirtualFileSystem, sleep: @escaping (Int64) -> Void
    ) {
        self.user = user
        self.hostname = hostname
        self.home = home
        self.cwd = home
        self.filesystem = filesystem
        self.umask = user == "root" ? 0o022 : 0o002
        self.advanceClock = sleep
        self.environment = [
            "HOME": home, "USER": user, "LOGNAME": user, "PWD": home, "HOSTNAME": hostname,
            "SHELL": "/bin/bash", "LANG": "C.UTF-8", "SHLVL": "1",
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        ]
        // bash sets HOSTNAME for itself; a login over ssh does not export it.
        exported = Set(environment.keys).subtracting(["HOSTNAME"]).union(["OLDPWD"])
        for (name, command) in Self.standardUtilities { commands[name] = command }
    }

    /// Makes `name` run `command`; builtins such as `cd` and `echo` still take precedence.
    public func register(_ name: String, _ command: any ShellCommand) {
        commands[name] = command
    }

    /// Whether `name` is a bash builtin, which a command name runs before any program or kubectl verb.
    public static func isBuiltin(_ name: String) -> Bool { Builtins.names.contains(name) }

    /// The names of every builtin and registered command, sorted, for completion.
    public var commandNames: [String] {
        Set(Builtins.names + commands.keys).sorted(by: codePointOrder)
    }

    /// Whether the utilities are GNU's, which take `--help` and `--version`; busybox's are not.
    var gnuStandardOptions = true

    /// The GNU bash of the system the shell runs on: Ubuntu 24.04's on the host, or the
    /// node's or image's own.
    public var bashRelease = BashRelease(version: "5.2.21(1)-release")

    /// Which shell reads the lines: its language (`dialect`), prompt and messages.
    public var flavour: ShellFlavour = .bash

    /// Set while busybox ash runs a script or `sh -c` given a `$0`: its messages name the line.
    var numbersMessageLines = false

    /// While bash runs a script or a `-c` string, the subshell depth of its own commands: its
    /// messages name the line, and a fatal error ends it (or the subshell it is in). Nil at a prompt.
    var scriptShellDepth: Int?

    /// The prompt the shell shows: bash's `user@host:~/dir$ `, busybox ash's `~ # `, dash's
    /// `$ `; `#` for root.
    public var prompt: String {
        let sign = user == "root" ? "#" : "$"
        switch flavour {
        case .bash: return "\(user)@\(hostname):\(displayPath(cwd))\(sign) "
        case .ash: return "\(displayPath(cwd)) \(sign) "
        case .dash: return "\(sign) "
        }
    }

    /// A path as bash's `\w` shows it: `~` for the home directory.
    func displayPath(_ path: String) -> String {
        if path == home { return "~" }
        if home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }
}
