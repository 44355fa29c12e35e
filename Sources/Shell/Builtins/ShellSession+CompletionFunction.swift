import Kubectl

extension ShellSession {
    /// Runs a `complete -F` function as bash does at Tab and returns the COMPREPLY it leaves.
    ///
    /// `words` are the command's words up to the one being completed (which may be empty);
    /// COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT describe them, and the arguments are the
    /// command, the word and the word before it. What the function prints is dropped; afterwards
    /// those variables and COMPREPLY are unset, as bash unbinds them, and `$?` is as it was.
    /// Nil when no such function is defined.
    public func completionReply(function name: String, words: [String], line: String) -> [String]? {
        guard let body = functions[name], let command = words.first, let word = words.last else { return nil }
        let status = lastStatus
        let calls = functionCalls
        let refused = functionsRefused
        unsetCompletionVariables()
        setArray("COMP_WORDS", words)
        environment["COMP_CWORD"] = String(words.count - 1)
        environment["COMP_LINE"] = line
        environment["COMP_POINT"] = String(line.count)
        let discarded = OutputBuffer()
        let previous = words.count > 1 ? words[words.count - 2] : ""
        let context = CommandContext(
            arguments: [name, command, word, previous], io: IOStreams(sink: discarded), session: self)
        _ = ShellExecutor(session: self, errors: discarded).call(name, body, context)
        let reply = elements("COMPREPLY")
        unsetCompletionVariables()
        lastStatus = status
        functionCalls = calls
        functionsRefused = refused
        return reply
    }

    private func unsetCompletionVariables() {
        for variable in ["COMP_WORDS", "COMP_CWORD", "COMP_LINE", "COMP_POINT", "COMPREPLY"] {
            environment[variable] = nil
            arrays[variable] = nil
            associative[variable] = nil
        }
    }
}
