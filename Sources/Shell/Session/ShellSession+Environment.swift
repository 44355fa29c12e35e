/// The environment a program the shell starts is handed: only the exported variables, as a
/// process's `environ` holds them. `env`, `printenv`, awk's `ENVIRON`, jq's `env`, kubectl's
/// `$KUBECONFIG` and a script's shell (`bash -c`, `bash FILE`, `./script`) read it; the
/// shell's own variables, arrays and functions stay behind.
extension ShellSession {
    /// Each exported variable that has a value, by name.
    var childEnvironment: [String: String] { environment.filter { exported.contains($0.key) } }

    /// The value a program started now finds for `name` in its environment.
    func environmentValue(_ name: String) -> String? {
        exported.contains(name) ? environment[name] : nil
    }

    /// Runs `body` with `values` set and exported for it alone, as `NAME=value command` and
    /// `env NAME=value command` hand them to one command, then puts back what was there.
    func withExports(_ values: [(String, String)], _ body: () -> Int32) -> Int32 {
        let saved = values.map { ($0.0, environment[$0.0], exported.contains($0.0)) }
        for (name, value) in values {
            environment[name] = value
            exported.insert(name)
        }
        defer {
            for (name, value, wasExported) in saved.reversed() {
                environment[name] = value
                if !wasExported { exported.remove(name) }
            }
        }
        return body()
    }

    /// Runs `body` with the prefix assignments of `NAME=value command` exported for it alone;
    /// bash lists them first in the program's environment (`environ(startingProgram:)`).
    func withTemporaryEnvironment(_ values: [(String, String)], _ body: () -> Int32) -> Int32 {
        let saved = temporaryEnvironment
        temporaryEnvironment.append(values.map(\.0))
        defer { temporaryEnvironment = saved }
        return withExports(values, body)
    }

    /// Starts a new shell's variables as a program's: the exported ones, each still exported,
    /// with no arrays, attributes or locals of the shell that started it, and only the
    /// functions `export -f` handed on.
    func startFromEnvironment() {
        environment = childEnvironment
        exported = Set(environment.keys)
        environOrder = nil
        temporaryEnvironment = []
        arrays = [:]
        associative = [:]
        attributes = [:]
        functions = functions.filter { exportedFunctions.contains($0.key) }
        exportedFunctions = Set(functions.keys)
        localFrames = []
    }

    /// What the shells export as they start: `PWD` (bash's and dash's `set_pwd`/`setpwd`, ash's
    /// `setpwd` from `init`), and in bash and ash one more `SHLVL` than they were given (bash's
    /// `adjust_shell_level`, ash's `BASH_SHLVL_VAR`); bash then sets its version variables.
    func startShell(_ flavour: ShellFlavour) {
        environment["PWD"] = cwd
        exported.insert("PWD")
        environOrder = nil
        guard flavour != .dash else { return }
        raiseShellLevel()
        if flavour == .bash { setBashVersion() }
    }

    /// bash's `adjust_shell_level` as it starts: `SHLVL` one more than it was given, exported.
    func raiseShellLevel() {
        environment["SHLVL"] = String((Int(environment["SHLVL"] ?? "") ?? 0) + 1)
        exported.insert("SHLVL")
    }

    /// What bash sets for a program that replaces it (`exec`, or `bash -c`'s last command):
    /// `SHLVL` one less, as it was before this shell raised it.
    var shellLevelAfterExec: [(String, String)] {
        guard flavour == .bash else { return [] }
        return [("SHLVL", String((Int(environment["SHLVL"] ?? "") ?? 0) - 1))]
    }

    /// Whether `name` runs a program, not a function or builtin.
    func runsProgram(_ name: String) -> Bool {
        functions[name] == nil && builtin(named: name) == nil && (commands[name] != nil || name.contains("/"))
    }
}
