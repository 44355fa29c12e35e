import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
@Suite("A container's script defines functions and calls them with their own positional parameters")
struct FunctionTests {
    @Test("calls, return N, $?, local, and output captured or sent away", arguments: ScriptRun.shells)
    func calls(_ sh: ScriptContext.Shell) {
        let script = """
            greet() { echo "hello $1 ($#) $0"; return 3; echo no; }; greet world x; echo "rc=$?"; echo "$1|$#"; f() {
              local v=$1
              echo "v=$v"
              if [ "$v" = a ]; then return; fi
              false
            }
            f a; echo "a:$?"; f b; echo "b:$?"; echo "[$v]"
            g() { for i in 1 2 3; do if [ $i = 2 ]; then return $i; fi; echo "i$i"; done; }; g; echo "g:$?"
            h()
            {
              echo h-body
            }
            h; x=$(greet sub); echo "x=$x $?"; greet >/dev/null; echo "quiet $?"
            """
        #expect(
            ScriptRun.lines(script, sh, extra: ["top", "a1", "a2"]) == [
                "hello world (2) top", "rc=3", "a1|2", "v=a", "a:0", "v=b", "b:1", "[]", "i1", "g:2", "h-body",
                "x=hello sub (1) top 3", "quiet 3",
            ])
        #expect(
            ScriptRun.lines("count() { if [ $1 -gt 0 ]; then echo $1; count $(($1-1)); fi; }; count 3; echo \"c:$?\"", sh)
                == ["3", "2", "1", "c:0"])
        // `return` alone gives back the last status, which the body starts with too.
        #expect(ScriptRun.lines("f() { return; }; false; f; echo \"f=$?\"; g() { return 7; }; h() { g; echo \"h $?\"; }; h", sh) == ["f=1", "h 7"])
    }

    @Test("return outside a function: dash and ash leave the script, bash says so and goes on")
    func topLevelReturn() {
        let script = "false; f() { :; }; echo \"def:$?\"; echo a; return 4; echo b"
        let ash = ScriptRun.run(script, .ash)
        #expect(ash.entries.map(\.text) == ["def:0", "a"] && ash.ended && ash.status == 4)
        let bash = ScriptRun.run(script, .bash, argv0: "bash")
        #expect(
            bash.entries.map(\.text) == [
                "def:0", "a", "bash: line 1: return: can only `return' from a function or sourced script", "b",
            ] && bash.status == 0)
    }

    @Test("a function calling itself without end stops the reading rather than the machine")
    func runaway() {
        let output = ScriptRun.run("f() { echo deeper; f; }; f")
        #expect(!output.ended && output.entries.count == ScriptOutput.maxCallDepth)
    }

    @Test("a loop calling a function is endless only when the function cannot exit")
    func endless() {
        #expect(!ScriptRun.end("tick() { echo tick; }; while true; do tick; sleep 5; done").ended)
        let exits = ScriptRun.end("n=0; check() { n=$((n+1)); [ $n -lt 3 ] || exit 3; }; while true; do check; sleep 5; done")
        #expect(exits.ended && exits.status == 3 && exits.elapsedMilliseconds == 10_000)
    }
}
