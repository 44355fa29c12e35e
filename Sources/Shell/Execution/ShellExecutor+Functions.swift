import Kubectl

extension ShellExecutor {
    /// Runs a function's body in the current shell with the call's arguments as `$1`, `$2`, ...
    ///
    /// Calls nest at most `$FUNCNEST` (or `ShellLimits.functionNesting`) deep, and one line
    /// makes at most `ShellLimits.functionCalls` calls. Past either the rest of the line is
    /// abandoned, subshells included, so a fork bomb (`:(){ :|:& };:`) ends at once: with bash's
    /// words for running out of processes when it went through pipes or subshells (each a fork
    /// in bash), or with bash's `FUNCNEST` message.
    func call(_ name: String, _ body: Command, _ context: CommandContext) -> Int32 {
        guard !session.functionsRefused else { return 1 }
        session.functionCalls += 1
        let limit = session.environment["FUNCNEST"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        if session.functionCalls > ShellLimits.functionCalls
            || session.functionDepth >= min(limit ?? .max, ShellLimits.functionNesting)
        {
            session.functionsRefused = true
            if limit == nil && (session.subshellDepth > 0 || session.functionCalls > ShellLimits.functionCalls) {
                errorSink.write(ShellLimits.functionCallsMessage, to: .stderr)
            } else {
                let shown = min(limit ?? .max, ShellLimits.functionNesting)
                context.io.err("bash: \(name): maximum function nesting level exceeded (\(shown))\n")
            }
            return 1
        }
        let positional = session.positional
        session.positional = Array(context.arguments.dropFirst())
        session.functionDepth += 1
        session.localFrames.append([:])
        let input = context.standardInput ?? ShellInput(context.io.input)
        var status = execute(body, input: input, sink: context.io.sink, errorsToPipe: false)
        session.restoreLocals(session.localFrames.removeLast())
        session.functionDepth -= 1
        session.positional = positional
        if let returned = session.returnStatus {
            session.returnStatus = nil
            status = returned
        }
        return status
    }
}
