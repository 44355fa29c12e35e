import Kubectl

extension ShellSession {
    /// Runs `body` as a subshell: changes to the working directory, variables, aliases and
    /// functions, and an `exit`, do not outlast it.
    func isolated(_ body: () -> Int32) -> Int32 {
        let saved = (cwd, environment, arrays, aliases, functions, returnStatus, exitRequested, lineAborted)
        subshellDepth += 1
        let status = body()
        subshellDepth -= 1
        loopControl = nil
        (cwd, environment, arrays, aliases, functions, returnStatus, exitRequested, lineAborted) = saved
        return status
    }

    /// Runs a script's text in a subshell whose `$0` is `name` and whose positional parameters
    /// are `arguments`; its status is its last command's, or what its `exit` gave.
    func runScript(_ text: String, name: String, arguments: [String], flavour: ShellFlavour = .bash, io: IOStreams) -> Int32 {
        let saved = (commandName, positional, self.flavour)
        defer { (commandName, positional, self.flavour) = saved }
        return isolated {
            (commandName, positional, self.flavour) = (name, arguments, flavour)
            return run(text, io: io, sink: io.sink).status
        }
    }
}
