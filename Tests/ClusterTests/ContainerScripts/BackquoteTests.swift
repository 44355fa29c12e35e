import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
@Suite("A container's script runs `command` as it runs $(command)")
struct BackquoteTests {
    @Test("backquotes substitute, split unquoted and nest with escaped backquotes", arguments: ScriptRun.shells)
    func backquotes(_ sh: ScriptContext.Shell) {
        #expect(
            ScriptRun.lines(
                "echo `echo a   b` \"`echo c   d`\"; x=`echo \\`echo nested\\``; echo $x; echo `echo \\$HOSTNAME` \"`printf \"q\\n\\n\"`\"",
                sh) == ["a b c d", "nested", "web q"])
        #expect(ScriptRun.lines("n=`date +%Y`; echo \"year $n\"; echo `echo \")\"` done", sh) == ["year 2025", ") done"])
    }
}
