/// The environment as a container's command sees and lists it: what the shell running a script
/// adds as it starts, `export`, and `env` and `printenv`, which list the variables in the order
/// the process was handed them.
///
/// A program the runtime starts itself gets the runtime's order (`Cluster.processEnviron`). A
/// shell rebuilds the environment from its variable table for each program it starts: dash
/// and busybox ash in their table's order (`ShellVariableTable`), bash in its own, which this
/// reader does not list.
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

    /// `env`, `printenv` and `export` with their arguments; nil when this reader cannot follow them.
    mutating func environment(_ program: String, _ args: [String]) -> String? {
        switch program {
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
            return args.compactMap { name in exported.contains(name) ? variables[name].map { $0 + "\n" } : nil }
                .joined()
        default:
            guard args.isEmpty, let environ else { return nil }
            return environ.map { "\($0.name)=\($0.value)\n" }.joined()
        }
    }

    /// The environment a program started now is handed, in its order; nil when unknown.
    var environ: [(name: String, value: String)]? {
        guard context.environ != nil else { return nil }
        let names: [String]
        switch shell {
        case nil: names = exported
        case .ash, .dash: names = ShellVariableTable.ashOrder(exported)
        case .bash: return nil
        }
        return names.compactMap { name in variables[name].map { (name, $0) } }
    }

    private mutating func exportVariable(_ name: String, _ value: String) {
        variables[name] = value
        if !exported.contains(name) { exported.append(name) }
    }
}
