import Kubectl
import Shell
import Testing

/// A clock that `sleep` moves, so a pipe's writer takes virtual time.
private final class MovingClock: @unchecked Sendable {
    var seconds: Int64 = 1_700_000_000
    var slept: [Int64] = []
}

/// A root shell whose file-system clock moves with `sleep`.
private func clockedSession(_ clock: MovingClock) -> ShellSession {
    let fs = VirtualFileSystem(clock: { clock.seconds })
    fs.makeDirectory("/root", mode: 0o700)
    return ShellSession(user: "root", hostname: "taroko", home: "/root", filesystem: fs) { seconds in
        clock.slept.append(seconds)
        clock.seconds += seconds
    }
}

/// A terminal on which nothing more is typed: a read with a timeout times out, one without
/// gets Ctrl-D.
private final class QuietTerminal: TerminalInput {
    var lines: [String]
    private(set) var timeouts: [Double?] = []

    init(_ lines: [String] = []) { self.lines = lines }

    func readLine(prompt: String, echo: Bool) -> TerminalLine { readLine(prompt: prompt, echo: echo, timeout: nil) }

    func readLine(prompt: String, echo: Bool, timeout: Double?) -> TerminalLine {
        timeouts.append(timeout)
        if !lines.isEmpty { return .line(lines.removeFirst()) }
        return timeout == nil ? .endOfInput : .timedOut
    }
}

/// `read -t`: bash 5.2's status 142 and partial assignment, on the terminal and from pipes whose
/// writers take virtual time (the expected lines are what bash 5.2 prints for the same pipelines).
@Suite struct ReadTimeoutTests {
    @Test(arguments: [
        ("sleep 3 | read -t 1 x; echo $?", "142\n"),
        ("sleep 1 | { read -t 3 x; echo \"status $?, [$x]\"; }", "status 1, []\n"),
        ("(printf 'ab'; sleep 2) | { read -t 1 x; echo \"status $?, [$x]\"; }", "status 142, [ab]\n"),
        ("(echo one; sleep 5; echo two) | while read -t 2 line; do echo \"got $line\"; done; echo ended", "got one\nended\n"),
        ("(echo one; sleep 1; echo two) | while read -t 2 line; do echo \"got $line\"; done", "got one\ngot two\n"),
        ("printf 'a b\\n' | { read -t 1 p q; echo \"status $?, [$p] [$q]\"; }", "status 0, [a] [b]\n"),
        ("x=old; sleep 2 | { x=old; read -t 1 x; echo \"$? [$x]\"; }", "142 []\n"),
        ("read -t 1 x <<< here; echo \"$? $x\"", "0 here\n"),
    ])
    func pipes(_ line: String, _ expected: String) {
        let clock = MovingClock()
        #expect(run(clockedSession(clock), line).stdout == expected)
    }

    @Test("the pipe's timeout does not move the clock past its writer's own time")
    func pipeClock() {
        let clock = MovingClock()
        let session = clockedSession(clock)
        run(session, "sleep 3 | read -t 1 x")
        #expect(clock.slept == [3])
    }

    @Test("nothing typed at the terminal: status 142, the variable emptied, the clock moved by the timeout")
    func terminalTimeout() {
        let clock = MovingClock()
        let session = clockedSession(clock)
        let terminal = QuietTerminal()
        session.terminal = terminal
        let result = run(session, "answer=old; read -t 2.5 answer; echo \"status $?, [$answer]\"")
        #expect(result.stdout == "status 142, []\n")
        #expect(clock.slept == [3])
        #expect(terminal.timeouts == [2.5])
    }

    @Test("a line typed in time is read, and no time passes")
    func terminalInTime() {
        let clock = MovingClock()
        let session = clockedSession(clock)
        session.terminal = QuietTerminal(["yes"])
        #expect(run(session, "read -t 5 answer; echo \"status $?, [$answer]\"").stdout == "status 0, [yes]\n")
        #expect(clock.slept.isEmpty)
    }

    @Test("read -n and -N count characters; a bad timeout is refused in bash's words")
    func counts() {
        let session = makeSession()
        #expect(run(session, "printf 'abcdef\\n' | { read -n 3 x; read y; echo \"[$x] [$y]\"; }").stdout == "[abc] [def]\n")
        #expect(run(session, "printf 'ab\\ncd' | { read -N 4 x; echo \"[$x]\"; }").stdout == "[ab\nc]\n")
        let bad = run(session, "read -t x v")
        #expect(bad.stderr == "bash: read: x: invalid timeout specification\n")
        #expect(bad.status == 1)
    }
}
