import KubeAPI
import Testing

@testable import Cluster

/// What busybox sh, dash and bash print alike for these scripts (each checked with the real shells).
@Suite("A container's script splits unquoted expansions into fields by IFS and matches patterns")
struct FieldSplittingTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private var config: ProjectedMount {
        ProjectedMount(
            mountPath: "/etc/config", volume: "c", subPath: "",
            versions: [
                .init(
                    shown: start,
                    files: [
                        ProjectedFile(path: "x", content: "hello from x\n", mode: 0o644),
                        ProjectedFile(path: "y.conf", content: "y\n", mode: 0o644),
                    ])
            ])
    }

    private func lines(_ script: String, _ sh: ScriptContext.Shell = .ash) -> [String] {
        let environ = [("PATH", "/bin"), ("HOSTNAME", "web")]
        let context = ScriptContext(
            environ: environ, variables: Dictionary(uniqueKeysWithValues: environ), sh: sh, userland: .busybox,
            files: ContainerFileView(mounts: [config], imageFiles: [:], directory: "/"))
        return ScriptOutput.run(["sh", "-c", script], start: start, until: start.adding(seconds: 600), context: context)
            .entries.map(\.text)
    }

    @Test("a command substitution's output is split into words", arguments: [ScriptContext.Shell.ash, .dash, .bash])
    func substitution(_ sh: ScriptContext.Shell) {
        #expect(lines("for f in $(seq 3); do echo $f; done", sh) == ["1", "2", "3"])
        #expect(lines("echo $(printf 'a   b')", sh) == ["a b"])
        #expect(lines("echo \"$(printf 'a   b')\"", sh) == ["a   b"])
        #expect(lines("set -- $(echo Mon Apr 21 2025); echo \"$# $2 $4\"", sh) == ["4 Apr 2025"])
        #expect(lines("echo $(echo a; echo b) \"$(echo c; echo d)\"", sh) == ["a b c", "d"])
        #expect(lines("n=$(printf '1  2'); echo \"$n\"", sh) == ["1  2"])
    }

    @Test("a variable's value is split unless quoted")
    func variables() {
        #expect(lines("x=\"one  two\"; for w in $x; do echo \"[$w]\"; done") == ["[one]", "[two]"])
        #expect(lines("x=\"one  two\"; for w in \"$x\"; do echo \"[$w]\"; done") == ["[one  two]"])
        #expect(lines("IFS=,; x=\"a,,b,\"; for w in $x; do echo \"[$w]\"; done") == ["[a]", "[]", "[b]"])
        #expect(lines("e=; set -- $e \"$e\" $e\"\"; echo $#") == ["2"])
        #expect(lines("x=\" a \"; set -- $x\"\"; echo $#") == ["2"])
    }

    @Test("positional parameters: set, shift, \"$@\" and \"$*\"")
    func positional() {
        #expect(
            lines("set -- a \"b c\"; echo $#; for i in \"$@\"; do echo \"<$i>\"; done; shift; echo \"$1 $#\"")
                == ["2", "<a>", "<b c>", "b c 1"])
        #expect(lines("IFS=:; set -- x y; echo \"$*\"") == ["x:y"])
    }

    @Test("parameter forms, escapes, and a subshell's exit")
    func forms() {
        #expect(lines("echo ${UNSET:-default value} ${#HOSTNAME} \"${UNSET-}\"x") == ["default value 3 x"])
        #expect(lines("echo \\$HOME \"\\$HOME\" '$HOME'") == ["$HOME $HOME $HOME"])
        #expect(lines("x=$(exit 3); echo $?; echo on") == ["3", "on"])
    }

    @Test("an unquoted pattern matches the files there, or stays as written")
    func patterns() {
        #expect(lines("echo /etc/config/*") == ["/etc/config/x /etc/config/y.conf"])
        #expect(lines("for f in /etc/config/*.conf; do cat $f; done") == ["y"])
        #expect(lines("echo /etc/config/n*ne \"/etc/config/*\"") == ["/etc/config/n*ne /etc/config/*"])
        #expect(lines("echo /etc/config/[xz] /etc/config/?") == ["/etc/config/x /etc/config/x"])
    }

    @Test("set -e ends the script at a failure outside a condition")
    func errexit() {
        #expect(lines("set -e; echo before; false; echo after") == ["before"])
        #expect(lines("set -e; if false; then echo no; fi; false || echo ok; ! true; echo survived") == ["ok", "survived"])
        #expect(lines("set -eu; echo \"$HOSTNAME\"") == ["web"])
    }

    @Test("POSIX field splitting of one piece", arguments: [
        (" , a", " ,", ["", "a"]), ("a,,b,", ",", ["a", "", "b"]), ("  a  b  ", " \t\n", ["a", "b"]), ("a b", "", ["a b"]),
    ])
    func split(_ text: String, _ ifs: String, _ expected: [String]) {
        var fields = ScriptFields()
        fields.appendExpansion(text, quoted: false)
        #expect(fields.fields(ifs: ifs).map(ScriptFields.text) == expected)
    }
}
