import Kubectl
import Shell
import Testing

/// A session on the test host: `bigred` at `/home/bigred` on `taroko`, with a few files.
///
/// The same files exist under `/tmp/tfix` on the machine the expected outputs were captured
/// from with bash 5.2 and GNU coreutils 9.1 / grep 3.8.
/// A session reading `flavour`'s language, started as `sh`.
func makeShell(_ flavour: ShellFlavour) -> ShellSession {
    let session = makeSession()
    session.flavour = flavour
    session.commandName = "sh"
    return session
}

func makeSession(sleeps: SleepLog = SleepLog()) -> ShellSession {
    let fs = VirtualFileSystem()
    let home = "/home/bigred"
    fs.makeDirectory(home, owner: "bigred")
    fs.makeDirectory(home + "/empty", owner: "bigred")
    fs.makeDirectory("/tmp", mode: 0o1777)
    fs.makeDirectory("/root", mode: 0o700)
    fs.write("/etc/hostname", "taroko\n")
    fs.write(
        "/etc/passwd",
        "root:x:0:0:root:/root:/bin/bash\nbigred:x:1000:1000::/home/bigred:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
    )
    fs.write("/etc/shadow", "root:*:19000:0:99999:7:::\n", mode: 0o640)
    let files = [
        "greek.txt": "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\nkappa\nlambda\nmu\n",
        "pairs.txt": "b 2\na 10\nc 1\nb 2\n",
        "noeol.txt": "noeol",
        "unicode.txt": "中文 é\ttab\n",
        "two.txt": "a b\n",
        "tk/wulin/yaml/pvc-nginx.yaml": "kind: PersistentVolumeClaim\n",
        "tk/wulin/yaml/rc-crun.yaml": "kind: RuntimeClass\n",
    ]
    for (name, contents) in files { fs.write(home + "/" + name, contents, owner: "bigred") }
    return ShellSession(user: "bigred", hostname: "taroko", home: home, filesystem: fs) { sleeps.seconds.append($0) }
}

/// The seconds each `sleep` asked for.
final class SleepLog: @unchecked Sendable {
    var seconds: [Int64] = []
}

/// What one line printed and returned.
struct Transcript {
    var stdout: String
    var stderr: String
    /// Both streams interleaved, as a terminal shows them.
    var combined: String
    var status: Int32
    var commands: [[String]]
}

/// Runs a line and collects its output.
@discardableResult
func run(_ session: ShellSession, _ line: String) -> Transcript {
    let buffer = OutputBuffer()
    let result = session.run(line, sink: buffer)
    return Transcript(
        stdout: buffer.stdout, stderr: buffer.stderr, combined: buffer.combined, status: result.status,
        commands: result.commands)
}

/// Runs a line in a fresh session.
func run(_ line: String) -> Transcript {
    run(makeSession(), line)
}

/// A command line and what real bash and GNU tools print for it (both streams) and return.
struct Expected: Sendable, CustomTestStringConvertible {
    var line: String
    var output: String
    var status: Int32

    init(_ line: String, _ output: String, _ status: Int32) {
        self.line = line
        self.output = output
        self.status = status
    }

    var testDescription: String { line }
}

/// Checks one expected case in a fresh session, or in `session`.
func check(_ expected: Expected, in session: ShellSession = makeSession(), sourceLocation: SourceLocation = #_sourceLocation) {
    let result = run(session, expected.line)
    #expect(result.combined == expected.output, sourceLocation: sourceLocation)
    #expect(result.status == expected.status, sourceLocation: sourceLocation)
}
