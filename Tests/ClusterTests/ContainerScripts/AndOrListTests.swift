import KubeAPI
import Testing

@testable import Cluster

@Suite("A container's script runs && and || by exit status, and exits with its last one")
struct AndOrListTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private var config: ProjectedMount {
        ProjectedMount(
            mountPath: "/etc/config", volume: "c", subPath: "",
            versions: [.init(shown: start, files: [ProjectedFile(path: "x", content: "hello from x\n", mode: 0o644)])])
    }

    private func run(_ script: String, _ sh: ScriptContext.Shell = .ash, userland: ImageCatalog.Userland = .busybox)
        -> ScriptOutput
    {
        let environ = [("PATH", "/bin"), ("HOSTNAME", "web")]
        let context = ScriptContext(
            environ: environ, variables: Dictionary(uniqueKeysWithValues: environ), sh: sh, userland: userland,
            files: ContainerFileView(mounts: [config], imageFiles: [:], directory: "/"))
        return ScriptOutput.run(["sh", "-c", script], start: start, until: start.adding(seconds: 600), context: context)
    }

    private func lines(_ script: String, _ sh: ScriptContext.Shell = .ash) -> [String] {
        run(script, sh).entries.map(\.text)
    }

    @Test("the right side runs only as the left side's status says")
    func shortCircuit() {
        #expect(lines("cat /etc/config/x && echo ok || echo failed") == ["hello from x", "ok"])
        #expect(
            lines("cat /etc/config/y && echo ok || echo failed") == [
                "cat: can't open '/etc/config/y': No such file or directory", "failed",
            ])
        #expect(lines("false || echo recovered; true && false || echo either") == ["recovered", "either"])
        #expect(lines("true || echo never; false && echo never; echo after") == ["after"])
    }

    @Test("$? and ! follow each command, as dash prints them")
    func statuses() {
        #expect(lines("true && false || echo either; echo \"status $?\"", .dash) == ["either", "status 0"])
        #expect(lines("! true; echo \"not $?\"; false; echo $?", .dash) == ["not 1", "1"])
        #expect(lines("ls /etc/config/none || echo \"ls said $?\"", .dash).last == "ls said 1")
        #expect(run("ls /etc/config/none || echo \"ls said $?\"", .dash, userland: .gnu).entries.last?.text == "ls said 2")
        #expect(lines("x=$(false); echo $?; printenv NOPE; echo $?") == ["1", "1"])
    }

    @Test("a newline after && or || continues the list")
    func continuation() {
        #expect(lines("false &&\n  echo never\necho next") == ["next"])
        #expect(lines("false ||\n  echo instead") == ["instead"])
    }

    @Test("the process ends with the status of the last command it ran, or exit's")
    func exitStatus() {
        let found = run("cat /etc/config/x && echo ok || echo failed")
        #expect(found.ended && found.status == 0)
        let missing = run("echo start; cat /etc/config/y && echo ok")
        #expect(missing.ended && missing.status == 1)
        let exited = run("sleep 5; exit 3; echo never")
        #expect(exited.ended && exited.status == 3 && exited.elapsedMilliseconds == 5000)
        #expect(exited.entries.isEmpty)
        // A program this reader does not follow leaves the end unknown.
        #expect(!run("echo a && nginx -g 'daemon off;'").ended)
    }

    @Test("and-or lists parse left to right, around loops and conditionals too")
    func parsing() {
        let words = { (text: String) in [[ScriptSyntax.Part(text: text, quoting: .none)]] }
        #expect(
            ScriptSyntax.parse("a && b || c") == [
                .andOr(.andOr(.simple(words("a"), line: 1), .and, .simple(words("b"), line: 1)), .or, .simple(words("c"), line: 1))
            ])
        guard case .andOr(.conditional, .or, .simple) = ScriptSyntax.parse("if a; then b; fi || c").first else {
            Issue.record("an if joined by || is one and-or list")
            return
        }
    }
}
