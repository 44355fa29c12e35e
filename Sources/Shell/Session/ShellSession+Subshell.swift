import Kubectl

extension ShellSession {
    /// Runs `body` as a subshell: changes to the working directory, variables and their
    /// attributes, aliases and functions, and an `exit`, do not outlast it.
    func isolated(_ body: () -> Int32) -> Int32 {
        let saved = (cwd, environment, arrays, aliases, functions, returnStatus, exitRequested, lineAborted, options, replaced)
        let variables = (attributes, exported, localFrames, associative, exportedFunctions, environOrder)
        subshellDepth += 1
        let status = body()
        subshellDepth -= 1
        loopControl = nil
        (cwd, environment, arrays, aliases, functions, returnStatus, exitRequested, lineAborted, options, replaced) = saved
        (attributes, exported, localFrames, associative, exportedFunctions, environOrder) = variables
        return status
    }

    /// Runs a script's text in a new shell whose `$0` is `name` and whose positional parameters
    /// are `arguments`, started with the exported variables alone; its status is its last
    /// command's, or what its `exit` gave.
    func runScript(
        _ text: String, name: String, arguments: [String], flavour: ShellFlavour = .bash, commandString: Bool = false,
        io: IOStreams
    ) -> Int32 {
        let saved = (commandName, positional, self.flavour, scriptName, currentLine, scriptDepth, functionDepth)
        let (wasParenthesized, linesReadBefore, shellDepth) = (inParenthesizedSubshell, linesRead, scriptShellDepth)
        defer {
            (commandName, positional, self.flavour, scriptName, currentLine, scriptDepth, functionDepth) = saved
            (inParenthesizedSubshell, linesRead, scriptShellDepth) = (wasParenthesized, linesReadBefore, shellDepth)
        }
        // A new shell counts the lines it reads from its own first one.
        (inParenthesizedSubshell, linesRead) = (false, 0)
        return isolated {
            startFromEnvironment()
            startShell(flavour)
            // A shell that runs a script expands no aliases, and inherits none.
            aliases = [:]
            functionDepth = 0
            (commandName, positional, self.flavour, scriptName, scriptDepth) = (name, arguments, flavour, name, depth + 1)
            scriptShellDepth = flavour == .bash ? subshellDepth : nil
            execsLastCommand = commandString && flavour == .bash
            return run(text, io: io, sink: io.sink).status
        }
    }

    /// Runs the lines typed at the terminal one at a time in a new shell, as a shell started at
    /// the prompt does, until `exit` or the end of the input; its status is the last line's.
    func runLines(from stream: ShellInput, name: String, flavour: ShellFlavour, io: IOStreams) -> Int32 {
        let saved = (commandName, self.flavour, functionDepth, linesRead)
        defer { (commandName, self.flavour, functionDepth, linesRead) = saved }
        linesRead = 0
        return isolated {
            startFromEnvironment()
            startShell(flavour)
            (commandName, self.flavour, functionDepth) = (name, flavour, 0)
            var status: Int32 = 0
            while let line = Self.line(from: stream, prompt: prompt) {
                status = run(line, input: "", sink: io.sink).status
                if exitRequested { break }
            }
            return status
        }
    }

    /// The next line of `stream` without its newline, asked for with `prompt`; nil at its end.
    private static func line(from stream: ShellInput, prompt: String) -> String? {
        var line = String.UnicodeScalarView()
        while let scalar = stream.next(prompt: line.isEmpty ? prompt : "") {
            if scalar == "\n" { return String(line) }
            line.append(scalar)
        }
        return line.isEmpty ? nil : String(line)
    }
}
