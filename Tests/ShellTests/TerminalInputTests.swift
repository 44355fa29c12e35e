import Kubectl
import Shell
import Testing

/// A terminal that gives prepared keystrokes and remembers every prompt and whether it echoed.
final class ScriptedTerminal: TerminalInput {
    var lines: [TerminalLine]
    private(set) var asked: [(prompt: String, echo: Bool)] = []

    init(_ lines: [TerminalLine]) { self.lines = lines }

    func readLine(prompt: String, echo: Bool) -> TerminalLine {
        asked.append((prompt, echo))
        return lines.isEmpty ? .endOfInput : lines.removeFirst()
    }
}

/// Runs `line` at the prompt of `session`, the terminal giving `typed`.
private func typed(_ session: ShellSession, _ line: String, _ terminal: ScriptedTerminal) -> Transcript {
    session.terminal = terminal
    defer { session.terminal = nil }
    return run(session, line)
}

/// Commands typed at the prompt with nothing piped in read the terminal, a line at a time.
@Suite struct TerminalInputTests {
    @Test("read takes the next line typed, split over its names")
    func readTakesTypedLine() {
        let session = makeSession()
        let terminal = ScriptedTerminal([.line("one two three four"), .line("unused")])
        let result = typed(session, "read a b c; echo \"$a|$b|$c\"", terminal)
        #expect(result.stdout == "one|two|three four\n")
        #expect(terminal.lines == [.line("unused")], "only one line is asked for")
    }

    @Test("-p's prompt is shown when the terminal is asked, and -s asks it not to echo")
    func promptAndSilence() {
        let session = makeSession()
        let terminal = ScriptedTerminal([.line("s3cr3t")])
        let result = typed(session, "read -s -p 'Password: ' pw; echo ${#pw}", terminal)
        #expect(result.stdout == "6\n")
        #expect(terminal.asked.map(\.prompt) == ["Password: "])
        #expect(terminal.asked.map(\.echo) == [false])
    }

    @Test("a backslash at the end of a typed line asks for the next with bash's > prompt")
    func continuedLine() {
        let session = makeSession()
        let terminal = ScriptedTerminal([.line("first \\"), .line("second")])
        #expect(typed(session, "read x; echo \"$x\"", terminal).stdout == "first second\n")
        #expect(terminal.asked.map(\.prompt) == ["", "> "])
    }

    @Test("Ctrl-D is end of input: read fails, cat and wc stop")
    func endOfInput() {
        let session = makeSession()
        #expect(typed(session, "read x; echo \"$? [$x]\"", ScriptedTerminal([.endOfInput])).stdout == "1 []\n")
        let lines = ScriptedTerminal([.line("a"), .line("b"), .endOfInput, .line("next command")])
        #expect(typed(session, "cat | wc -l", lines).stdout == "2\n")
        #expect(lines.lines == [.line("next command")])
    }

    @Test("Ctrl-C interrupts the reading command with status 130 and abandons the rest of the line")
    func interrupt() {
        let session = makeSession()
        let result = typed(session, "cat; echo after", ScriptedTerminal([.line("half"), .interrupted]))
        #expect(result.stdout == "half\n")
        #expect(result.status == 130)
        #expect(typed(session, "read x; echo after", ScriptedTerminal([.interrupted])).status == 130)
    }

    @Test("commands that read no input, and input from pipes, files and here-strings, leave the terminal alone")
    func terminalUntouched() {
        let session = makeSession()
        let terminal = ScriptedTerminal([.line("typed")])
        _ = typed(session, "echo hi; ls > /dev/null; read x <<< here; echo x | cat; wc -l < greek.txt; grep a greek.txt", terminal)
        #expect(terminal.asked.isEmpty)
    }

    @Test("without a terminal (a script, a pipe's later stage) input is empty and nothing waits")
    func noTerminal() {
        let session = makeSession()
        #expect(run(session, "read x; echo \"$?\"; cat; echo done").stdout == "1\ndone\n")
    }

    @Test("less, more and jq refuse the terminal rather than wait on it")
    func pagersRefuse() {
        let session = makeSession()
        let terminal = ScriptedTerminal([.line("typed")])
        #expect(typed(session, "less", terminal).stderr == "Missing filename (\"less --help\" for help)\n")
        #expect(typed(session, "more", terminal).stderr == "more: bad usage\nTry 'more --help' for more information.\n")
        #expect(terminal.asked.isEmpty)
    }

    @Test("read -t 0 asks whether input is waiting: none typed ahead at the terminal, some in a pipe")
    func pollingRead() {
        let session = makeSession()
        #expect(typed(session, "read -t 0; echo $?", ScriptedTerminal([.line("x")])).stdout == "1\n")
        #expect(run(session, "echo x | { read -t 0; echo $?; }").stdout == "0\n")
        #expect(run(session, "read -t 0 < /dev/null; echo $?").stdout == "1\n")
    }
}
