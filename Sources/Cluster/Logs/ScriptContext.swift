import KubeAPI

/// What a container's command runs with beyond its words: the process's environment in the
/// order the runtime handed it over, which shell `sh` is, whose `cat` and `ls` the image has,
/// and the files it can read.
struct ScriptContext: Sendable {
    /// The shells a script may run in; each starts its environment its own way.
    enum Shell: Sendable {
        /// busybox ash: exports `PWD` and one more `SHLVL` than it was given.
        case ash
        /// dash: exports `PWD`.
        case dash
        /// GNU bash: exports `PWD`, one more `SHLVL` than it was given, and `_` to each program.
        case bash
    }

    /// The process environment in its order; nil when unknown (`env` then stops the reading).
    var environ: [(name: String, value: String)]?
    /// The values the script starts with, by name.
    var variables: [String: String]
    /// What `sh` runs.
    var sh: Shell = .dash
    var userland: ImageCatalog.Userland = .gnu
    /// The files the process reads; nil when none are known.
    var files: ContainerFileView?
    /// The image's files the catalog gives, by path.
    var imageFiles: [String: String] = [:]
    /// The paths of the programs the catalog knows the image has (its busybox applets).
    var programs: Set<String> = []

    init(
        environ: [(name: String, value: String)]?, variables: [String: String], sh: Shell = .dash,
        userland: ImageCatalog.Userland = .gnu, files: ContainerFileView? = nil
    ) {
        self.environ = environ
        self.variables = variables
        self.sh = sh
        self.userland = userland
        self.files = files
    }

    /// A context that knows only the variables (the order and the files unknown).
    static func variables(_ env: [String: String]) -> ScriptContext {
        ScriptContext(environ: nil, variables: env)
    }

    /// The shell a program name starts, if it is one.
    func shell(named program: String) -> Shell? {
        switch program {
        case "sh": sh
        case "ash": .ash
        case "bash": .bash
        default: nil
        }
    }
}
