import Shell
import Testing

/// When the REPL must ask for another line (`> `) before running what was typed.
@Suite struct ContinuationTests {
    static let continued = [
        "echo 'a", "echo \"a", "echo a |", "echo a &&", "echo a ||", "echo a \\", "echo $(echo a",
        "echo `echo a", "echo ${HOME", "cat <<EOF", "cat <<EOF\nline", "cat <<-EOF\n\tx", "( echo a",
        "echo a |\n", "echo 'a\nb", "kubectl get pods |&", "if true", "if true; then", "for i in 1 2\ndo",
        "while true; do echo a", "case a in", "case a in\na) echo a;;", "{ echo a", "if true; then\nfor i in 1; do :; done",
        "f()", "f() {", "f() {\n  echo a", "function f {", "for ((i=0; i<3; i++))", "((1 +",
        "while true", "until false", "for i in 1 2", "kubectl get pods\nif true", "echo a\nwhile\tfalse",
    ]

    static let complete = [
        "", "echo a", "echo 'a|'", "echo a # |", "echo a\\|", "cat <<EOF\nx\nEOF", "echo \"a\\\"\"",
        "echo a;", "| echo", "(echo a)", "echo a \\\\", "echo '\\'", "if true; then echo; fi", "echo if",
        "for i in 1; do :; done", "case a in a) ;; esac", "{ echo a; }", "if true; then fi",
        "f() { echo a; }", "f()\n{ echo a; }", "((1 + 2))", "for ((i=0; i<3; i++)); do :; done",
        "echo (", "ls -l (", "kubectl get pods -A -o wide", "kubectl run web --image=nginx:1.27 --port=80\n",
        "echo done if fi", "echo functions iffy", "time", "kubectl get pods\nkubectl get svc",
    ]

    @Test(arguments: continued)
    func asksForMore(_ text: String) {
        #expect(ShellSession.needsContinuation(text))
    }

    @Test(arguments: complete)
    func runsAsIs(_ text: String) {
        #expect(!ShellSession.needsContinuation(text))
    }

    @Test("each shell asks for more by its own language: dash has no [[, ash's [[ takes && as a word")
    func byDialect() {
        #expect(ShellSession.needsContinuation("[[ a &&"))
        #expect(!ShellSession.needsContinuation("[[ a &&", flavour: .ash))
        #expect(ShellSession.needsContinuation("[[ a ]] &&", flavour: .ash))
        #expect(ShellSession.needsContinuation("[[ a", flavour: .bash))
        #expect(!ShellSession.needsContinuation("[[ a", flavour: .dash))
        #expect(!ShellSession.needsContinuation("function f {", flavour: .dash))
        #expect(ShellSession.needsContinuation("if true", flavour: .dash))
    }

    @Test("a ( after a command's name is bash's syntax error at once, as the newline is unexpected")
    func parenAfterName() {
        let result = run("echo (")
        #expect(result.stderr == "bash: syntax error near unexpected token `newline'\n")
        #expect(result.status == 2)
    }

    @Test("inside a heredoc, only its end line is awaited")
    func awaitedEnd() {
        #expect(ShellSession.awaitedHereDocumentEnd("cat <<EOF\nline") == .init(delimiter: "EOF", stripsTabs: false))
        #expect(ShellSession.awaitedHereDocumentEnd("cat <<-END\n\tx") == .init(delimiter: "END", stripsTabs: true))
        #expect(ShellSession.HereDocumentEnd(delimiter: "END", stripsTabs: true).isEnd("\t\tEND"))
        #expect(!ShellSession.HereDocumentEnd(delimiter: "END", stripsTabs: false).isEnd("\tEND"))
        #expect(ShellSession.awaitedHereDocumentEnd("echo 'a") == nil)
        #expect(ShellSession.awaitedHereDocumentEnd("cat <<EOF\nx\nEOF") == nil)
    }
}
