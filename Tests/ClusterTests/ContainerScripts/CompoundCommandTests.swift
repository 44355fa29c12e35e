import KubeAPI
import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
@Suite("Subshells, function NAME { }, and redirections after a compound command's end")
struct CompoundCommandTests {
    @Test("what a subshell sets, and its exit, stay in it; dash and ash run it inside the loop around it")
    func subshells() {
        let script = """
            x=1; (x=2; echo "in $x"; exit 3); echo "out $x $?"; for i in 1 2; do (break; echo in); echo j$i; done; (set -u; echo $NOPE; echo no); echo "st $?"
            """
        let common = ["in 2", "out 1 3"]
        #expect(ScriptRun.lines(script, .ash) == common + ["j1", "j2", "sh: NOPE: parameter not set", "st 2"])
        #expect(ScriptRun.lines(script, .dash) == common + ["j1", "j2", "sh: 1: NOPE: parameter not set", "st 2"])
        let outside = "bash: line 1: break: only meaningful in a `for', `while', or `until' loop"
        #expect(
            ScriptRun.run(script, .bash, argv0: "bash").entries.map(\.text)
                == common + [outside, "in", "j1", outside, "in", "j2", "bash: line 1: NOPE: unbound variable", "st 1"])
    }

    @Test("a loop's, a group's or an if's output goes to the file named after its end, as it is written")
    func redirections() {
        let script = """
            for i in 1 2; do echo "n$i"; sleep 1; done > /data/f
            { echo out; echo err >&2; } > /data/g 2>&1
            if true; then echo more; fi >> /data/f
            v=$(while true; do echo lost; break; done > /dev/null; echo kept); echo "$v"
            """
        let output = ScriptRun.run(script, .ash)
        #expect(output.entries.map(\.text) == ["kept"])
        #expect(output.files.map(\.path) == ["/data/f", "/data/f", "/data/g", "/data/f"])
        #expect(
            output.files.map(\.kind) == [
                .write("n1\n", append: false), .write("n2\n", append: true), .write("out\nerr\n", append: false),
                .write("more\n", append: true),
            ])
        #expect(output.files.map(\.time) == [0, 1, 2, 2].map { ScriptRun.start.adding(seconds: $0) })
    }

    @Test("function NAME { } in bash and ash; dash reads `function` as a word, and refuses the line")
    func functionKeyword() {
        let oneLine = "echo a; function f { echo in f; }; f; echo b"
        #expect(ScriptRun.lines(oneLine, .ash) == ["a", "in f", "b"])
        #expect(ScriptRun.lines(oneLine, .bash) == ["a", "in f", "b"])
        let dash = ScriptRun.run(oneLine, .dash)
        #expect(dash.entries.map(\.text) == ["sh: 1: Syntax error: \"}\" unexpected"] && dash.ended && dash.status == 2)
        let parenthesized = "echo a\nfunction f() { echo in f; }\nf"
        #expect(ScriptRun.lines(parenthesized, .bash) == ["a", "in f"])
        #expect(ScriptRun.lines(parenthesized, .dash) == ["a", "sh: 2: Syntax error: \"(\" unexpected"])
        #expect(ScriptRun.lines("echo a\necho b; }\necho c", .dash) == ["a", "sh: 2: Syntax error: \"}\" unexpected"])
    }
}
