import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
@Suite("until loops, and break and continue leaving the loops they name")
struct LoopControlTests {
    @Test("until, break N and continue N, past the loops there are, and inside $(...)", arguments: ScriptRun.shells)
    func loops(_ sh: ScriptContext.Shell) {
        let script = """
            i=0; until [ $i -ge 3 ]; do i=$((i+1)); echo "u$i"; done; echo "until rc=$?"
            for a in 1 2 3; do for b in x y z; do [ $b = y ] && continue 2; [ $a = 3 ] && break 2; echo "$a$b"; done; echo never; done; echo "for rc=$?"
            n=0; while true; do n=$((n+1)); [ $n -lt 3 ] && continue; echo "left at $n"; break; echo no; done
            for x in a b; do for y in 1 2; do break 9; done; echo no; done; echo "all left"
            until false; do echo once; break; done
            for i in 1 2; do v=$(break; echo in); echo "[$v]"; done
            """
        let output = ScriptRun.run(script, sh)
        #expect(
            output.entries.map(\.text) == [
                "u1", "u2", "u3", "until rc=0", "1x", "2x", "for rc=0", "left at 3", "all left", "once", "[]", "[]",
            ])
        #expect(output.ended && output.status == 0)
    }

    @Test("a function's break: ash leaves the caller's loop, dash (and bash as sh) ignores it, bash refuses it")
    func inFunctions() {
        let script = """
            f() { for i in 1 2; do echo "f$i"; break; done; echo "f end"; }
            for j in a b; do f; echo "after f $j"; done
            g() { break; echo "g goes on"; }
            for j in a b; do g; echo "after g $j"; done
            echo out; break; continue; echo "rc=$?"
            """
        let common = ["f1", "f end", "after f a", "f1", "f end", "after f b"]
        let bashOutside = "break: only meaningful in a `for', `while', or `until' loop"
        #expect(ScriptRun.lines(script, .ash) == common + ["out", "rc=0"])
        #expect(ScriptRun.lines(script, .dash) == common + ["g goes on", "after g a", "g goes on", "after g b", "out", "rc=0"])
        let dashLike = common + ["g goes on", "after g a", "g goes on", "after g b", "out", "rc=0"]
        #expect(ScriptRun.lines(script, .bash) == dashLike, "bash started as sh")
        #expect(
            ScriptRun.run(script, .bash, argv0: "bash").entries.map(\.text) == common + [
                "environment: line 3: " + bashOutside, "g goes on", "after g a",
                "environment: line 3: " + bashOutside, "g goes on", "after g b", "out",
                "bash: line 5: " + bashOutside, "bash: line 5: continue: only meaningful in a `for', `while', or `until' loop",
                "rc=0",
            ])
    }

    @Test("a count that is no number ends dash and ash with 2")
    func illegalNumber() {
        let script = "for i in 1 2; do echo $i; break x; done; echo after"
        let ash = ScriptRun.run(script, .ash, extra: ["nm"])
        #expect(ash.entries.map(\.text) == ["1", "nm: break: line 0: Illegal number: x"] && ash.ended && ash.status == 2)
        let dash = ScriptRun.run(script, .dash, extra: ["nm"])
        #expect(dash.entries.map(\.text) == ["1", "nm: 1: break: Illegal number: x"] && dash.ended && dash.status == 2)
    }

    @Test("a loop left only by break is followed to its end; one with break in an inner loop alone is endless")
    func endless() {
        let broken = ScriptRun.end("n=0; while true; do n=$((n+1)); sleep 5; [ $n -ge 2 ] && break; done; exit 3")
        #expect(broken.ended && broken.status == 3 && broken.elapsedMilliseconds == 10_000)
        let untilBroken = ScriptRun.end("until false; do sleep 5; break; done")
        #expect(untilBroken.ended && untilBroken.elapsedMilliseconds == 5_000)
        #expect(!ScriptRun.end("while true; do for i in 1 2; do break; done; sleep 1; done").ended)
        #expect(!ScriptRun.end("until false; do sleep 1; continue; done").ended)
        #expect(ScriptRun.end("while true; do for i in 1; do break 2; done; done; exit 4").status == 4)
    }
}
