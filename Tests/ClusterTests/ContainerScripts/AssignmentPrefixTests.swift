import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
@Suite("A container's script sets a variable before a command for that command alone")
struct AssignmentPrefixTests {
    @Test("FOO=bar cmd: the command sees it, the script after it does not", arguments: ScriptRun.shells)
    func forOneCommand(_ sh: ScriptContext.Shell) {
        #expect(ScriptRun.lines("X=1; X=2 echo $X; FOO=bar printenv FOO; echo \"[$FOO]\"", sh) == ["1", "bar", "[]"])
        #expect(ScriptRun.lines("FOO=bar; echo $FOO; A=5 B=$A; echo \"$B\"; unset A; A=6 B=$A printenv B", sh) == ["bar", "5", "6"])
        #expect(ScriptRun.lines("f() { printenv G; echo \"$1\"; }; G=g f arg; echo \"[$G]\"", sh) == ["g", "arg", "[]"])
        #expect(ScriptRun.lines("v='a  b'; export V=$v; printenv V", sh) == ["a  b"])
    }

    @Test("before a special builtin dash and ash keep it, and bash started as sh; bash as bash does not")
    func specialBuiltins() {
        let script = "FOO=x :; echo \"[$FOO]\"; e=x; e=y export E=$e; echo \"$e $E\""
        #expect(ScriptRun.lines(script, .ash) == ["[x]", "y x"])
        #expect(ScriptRun.lines(script, .dash) == ["[x]", "y x"])
        #expect(ScriptRun.run(script, .bash, argv0: "sh").entries.map(\.text) == ["[x]", "y x"])
        #expect(ScriptRun.run(script, .bash, argv0: "bash").entries.map(\.text) == ["[]", "x x"])
    }

    @Test("env lists the command's own variables where each shell puts them")
    func environmentOrder() {
        // ash and dash hash them into their variable table; bash lists its temporary table first.
        #expect(
            ScriptRun.lines("ZZ=1 AA=2 env", .ash) == ["AA=2", "HOSTNAME=web", "SHLVL=1", "PATH=/bin", "ZZ=1", "PWD=/"])
        #expect(
            ScriptRun.lines("C=1 B=2 A=3 D=4 ZZZ=5 M=6 env; echo", .bash) == [
                "C=1", "ZZZ=5", "B=2", "M=6", "A=3", "D=4", "HOSTNAME=web", "PWD=/", "SHLVL=1", "PATH=/bin", "_=/bin/env", "",
            ])
    }
}
