/// The environment as a container's command sees and lists it: what the shell running a script
/// adds as it starts, `export`, and `env` and `printenv`, which list the variables in the order
/// the process was handed them.
///
/// A program the runtime starts itself gets the runtime's order (`Cluster.processEnviron`). A
/// shell rebuilds the environment from its variable table for each program it starts: dash
/// and busybox ash in their table's order (`ShellVariableTable`), bash in its own
/// (`BashVariableTable`), with `_` set to the program's path. bash runs a script's last command
/// in place of itself (`bash -c env`), and gives it back the `SHLVL` it was started with.
extension ScriptOutput {
    /// What a shell exports as it starts.
    ///
    /// dash 0.5.12 (`env -i PATH=/bin dash -c env` prints `PATH` and `PWD`) sets `PWD` from its working directory; busybox ash's `init` does the
    /// same (`setpwd`) and exports one more `SHLVL` than it was given (`BASH_SHLVL_VAR`); neither
    /// exports `_`. bash exports `PWD`, `SHLVL` and `_`.
    mutating func start(_ shell: ScriptContext.Shell) {
        self.shell = shell
        if shell != .dash { exportVariable("SHLVL", String((Int(variables["SHLVL"] ?? "") ?? 0) + 1)) }
        exportVariable("PWD", variables["PWD"] ?? directory)
    }

    /// `env`, `printenv` and `export` (`program` as the command named it) with their arguments;
    /// nil when this reader cannot follow them.
    mutating func environment(_ program: String, _ args: [String]) -> String? {
        switch ContainerProcess.basename(program) {
        case "export":
            for arg in args {
                guard let equals = arg.firstIndex(of: "=") else {
                    guard Self.isName(arg[...]) else { return nil }
                    if !exported.contains(arg) { exported.append(arg) }
                    continue
                }
                guard Self.isName(arg[..<equals]) else { return nil }
                exportVariable(String(arg[..<equals]), String(arg[arg.index(after: equals)...]))
            }
            return ""
        case "printenv" where !args.isEmpty:
            guard !args.contains(where: { $0.hasPrefix("-") }) else { return nil }
            let handed = environ(of: program)
                ?? exported.compactMap { name in variables[name].map { (name, $0) } }
            let values = Dictionary(handed.map { ($0.name, $0.value) }) { first, _ in first }
            // printenv fails when a name it was given is not in its environment.
            if args.contains(where: { values[$0] == nil }) { status = 1 }
            return args.compactMap { values[$0].map { $0 + "\n" } }.joined()
        default:
            guard args.isEmpty, let environ = environ(of: program) else { return nil }
            return environ.map { "\($0.name)=\($0.value)\n" }.joined()
        }
    }

    /// The environment `program` started now is handed, in its order; nil when unknown.
    func environ(of program: String) -> [(name: String, value: String)]? {
        guard context.environ != nil else { return nil }
        let names: [String]
        switch shell {
        case nil: names = exported
        case .ash, .dash: names = ShellVariableTable.ashOrder(exported)
        case .bash:
            // What was set for this command alone comes first (`FOO=bar env`).
            let temporary = bashTemporaryOrder()
            let rest = BashVariableTable.order(temporary.isEmpty ? exported : exported.filter { !temporary.contains($0) })
            let listed = (temporary + rest).compactMap { name in
                variables[name].map { value in
                    (name, name == "SHLVL" && replacesShell ? String((Int(value) ?? 1) - 1) : value)
                }
            }
            return listed + [("_", programPath(program))]
        }
        return names.compactMap { name in variables[name].map { (name, $0) } }
    }

    /// Where the shell finds `program`: the first directory of `PATH` the image has it in (its
    /// busybox applets and own programs), else where a merged-/usr Debian has coreutils, the
    /// first of `/usr/bin` and `/bin` in `PATH`.
    func programPath(_ program: String) -> String {
        guard !program.contains("/") else { return program }
        let directories = (variables["PATH"] ?? "").split(separator: ":").map(String.init)
        let known = context.programs.isEmpty ? nil : directories.first { context.programs.contains($0 + "/" + program) }
        let directory = known ?? directories.first { $0 == "/usr/bin" || $0 == "/bin" } ?? "/usr/bin"
        return directory + "/" + program
    }

    private mutating func exportVariable(_ name: String, _ value: String) {
        variables[name] = value
        if !exported.contains(name) { exported.append(name) }
    }
}
