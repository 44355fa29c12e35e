import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
@Suite("$((...)) with parentheses and C's operators")
struct ArithmeticTests {
    @Test("precedence, parentheses, assignments and positional parameters", arguments: ScriptRun.shells)
    func operators(_ sh: ScriptContext.Shell) {
        let script = """
            echo $(( (1+2)*3 )) $((7/2)) $((-7/2)) $((-7%3)) $((1<<4)) $((5>3 && 2<1)) $((0x10 + 010)) $((!0)) $((~5)) $((3>2?10:20))
            i=2; echo $(( (i + 1) * (i - 1) )) $(( i*=5 )) $i $(( $i / (3-1) )) $(( -(-i) )) $((i > 9 || i == 0))
            set -- 4 6; echo $(( ($1 + $2) / 2 )) $(( ${#1} + 1 ))
            """
        #expect(ScriptRun.lines(script, sh) == ["9 3 -3 -1 16 0 24 1 -6 10", "3 10 10 5 10 1", "5 2"])
    }

    @Test("bash and ash take **, commas and a variable holding an expression", arguments: [ScriptContext.Shell.ash, .bash])
    func extended(_ sh: ScriptContext.Shell) {
        #expect(ScriptRun.lines("e=\"2+3\"; echo $(( e * 2 )) $(( 2**10 )) $(( (a=4), a*3 )) $a", sh) == ["10 1024 12 4"])
    }

    @Test("what each shell refuses stops the reading: dash's ** and expressions in variables, ash's skipped division by zero")
    func refused() {
        #expect(ScriptRun.run("echo a; echo $((2**3)); echo b", .dash).entries.map(\.text) == ["a"])
        #expect(ScriptRun.run("e=1+1; echo $((e))", .dash).stopped)
        let ash = ScriptRun.run("echo $((1 || 1/0))", .ash)
        #expect(ash.stopped && !ash.ended)
        #expect(ScriptRun.lines("echo $((1 || 1/0))", .dash) == ["1"])
    }
}
