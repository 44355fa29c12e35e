import Shell
import Testing

/// When the REPL must ask for another line (`> `) before running what was typed.
@Suite struct ContinuationTests {
    static let continued = [
        "echo 'a", "echo \"a", "echo a |", "echo a &&", "echo a ||", "echo a \\", "echo $(echo a",
        "echo `echo a", "echo ${HOME", "cat <<EOF", "cat <<EOF\nline", "cat <<-EOF\n\tx", "( echo a",
        "echo a |\n", "echo 'a\nb", "kubectl get pods |&",
    ]

    static let complete = [
        "", "echo a", "echo 'a|'", "echo a # |", "echo a\\|", "cat <<EOF\nx\nEOF", "echo \"a\\\"\"",
        "echo a;", "| echo", "(echo a)", "echo a \\\\", "echo '\\'",
    ]

    @Test(arguments: continued)
    func asksForMore(_ text: String) {
        #expect(ShellSession.needsContinuation(text))
    }

    @Test(arguments: complete)
    func runsAsIs(_ text: String) {
        #expect(!ShellSession.needsContinuation(text))
    }
}
