import Kubectl
import Shell
import Testing

/// Words, quoting, expansion, comments, here-documents and syntax errors, as bash 5.2 reads them.
@Suite struct LexerParserTests {
    /// Captured with `bash -c` where that matches an interactive shell.
    static let cases: [Expected] = [
        Expected("echo hello   world", "hello world\n", 0),
        Expected("echo \"a  b\" 'c  d' e\\ f", "a  b c  d e f\n", 0),
        Expected("echo \"$HOME\" '$HOME' \\$HOME", "/home/bigred $HOME $HOME\n", 0),
        Expected("echo \"a\\\"b\" 'a\\\"b' \"a\\\\b\" \"a\\$b\" \"a\\qb\"", "a\"b a\\\"b a\\b a$b a\\qb\n", 0),
        Expected("echo a'b'\"c\"d", "abcd\n", 0),
        Expected("echo 'it''s' \"a'b\" '\"' \\' \\\\", "its a'b \" ' \\\n", 0),
        Expected("echo $'a\\tb\\n'c", "a\tb\nc\n", 0),
        Expected("echo ~ ~/x ~bigred/y", "/home/bigred /home/bigred/x /home/bigred/y\n", 0),
        Expected("echo ~root ~nobody ~nosuchuser", "/root /nonexistent ~nosuchuser\n", 0),
        Expected("echo $HOME/tk ${HOME}x \"${HOME}\"", "/home/bigred/tk /home/bigredx /home/bigred\n", 0),
        Expected("X=1; echo $X ${X}", "1 1\n", 0),
        Expected("X=\"a   b\"; echo $X; echo \"$X\"", "a b\na   b\n", 0),
        Expected("X=\"\"; echo [$X] [\"$X\"]", "[] []\n", 0),
        Expected("X=' lead trail '; echo [$X]", "[ lead trail ]\n", 0),
        Expected("echo $UNSET_VAR_X end", "end\n", 0),
        Expected("echo ${#HOME}", "12\n", 0),
        Expected("echo $0 $# $?", "bash 0 0\n", 0),
        Expected("false; echo $?", "1\n", 0),
        Expected("X=1 Y=2; echo $X$Y", "12\n", 0),
        Expected("echo `echo back` $(echo sub)", "back sub\n", 0),
        Expected("echo \"$(echo \"nested $(echo deep)\")\"", "nested deep\n", 0),
        Expected("echo $(printf 'a\\n\\n\\n')end", "aend\n", 0),
        Expected("echo <(true) <(true)", "/dev/fd/63 /dev/fd/62\n", 0),
        Expected("echo x<(true) \"<(x)\" <(echo)y", "x/dev/fd/63 <(x) /dev/fd/62y\n", 0),
        Expected("cat <(echo a) <(printf 'b\\n')", "a\nb\n", 0),
        Expected("f=0; while read l; do f=$((f+1)); done < <(printf '1\\n2\\n'); echo $f", "2\n", 0),
        Expected("X=$(false); echo $?", "1\n", 0),
        Expected("echo a # comment", "a\n", 0),
        Expected("# only a comment", "", 0),
        Expected("echo a#b", "a#b\n", 0),
        Expected("echo *", "empty greek.txt noeol.txt pairs.txt tk two.txt unicode.txt\n", 0),
        Expected("echo */wulin", "tk/wulin\n", 0),
        Expected("echo tk/*/*/*.yaml", "tk/wulin/yaml/pvc-nginx.yaml tk/wulin/yaml/rc-crun.yaml\n", 0),
        Expected("echo 'tk/*'", "tk/*\n", 0),
        Expected("echo tk/[w]ulin", "tk/wulin\n", 0),
        Expected("echo tk/wul?n", "tk/wulin\n", 0),
        Expected("echo nomatch*", "nomatch*\n", 0),
        Expected("echo .*", ".*\n", 0),
        Expected("cat <<EOF\nhello $HOME\nEOF", "hello /home/bigred\n", 0),
        Expected("cat <<'EOF'\nhello $HOME\nEOF", "hello $HOME\n", 0),
        Expected("cat <<\"EOF\"\n$HOME\nEOF", "$HOME\n", 0),
        Expected("cat <<-EOF\n\ttabbed\n\tEOF", "tabbed\n", 0),
        Expected("cat <<EOF\n\\$x \\\\ \\q `echo hi`\nEOF", "$x \\ \\q hi\n", 0),
        Expected("cat <<A; cat <<B\none\nA\ntwo\nB", "one\ntwo\n", 0),
        Expected("tr a-z A-Z <<< \"here string\"", "HERE STRING\n", 0),
        Expected("echo a \\\nb", "a b\n", 0),
        Expected("echo a |\ntr a A", "A\n", 0),
        Expected("echo a &&\necho b", "a\nb\n", 0),
    ]

    @Test(arguments: cases)
    func matchesBash(_ expected: Expected) {
        check(expected)
    }

    /// Brace expansion, captured with `bash -c`.
    static let braces: [Expected] = [
        Expected("echo {a,b}", "a b\n", 0),
        Expected("echo x{a,b}y", "xay xby\n", 0),
        Expected("echo {a,b{c,d}}e", "ae bce bde\n", 0),
        Expected(
            "echo {1..3} {3..1} {a..c} {01..03} {1..10..3} {a..e..2}", "1 2 3 3 2 1 a b c 01 02 03 1 4 7 10 a c e\n", 0),
        Expected("echo {a}", "{a}\n", 0),
        Expected("echo {}", "{}\n", 0),
        Expected("echo {,}", "\n", 0),
        Expected("echo a{,}", "a a\n", 0),
        Expected("echo \"{a,b}\" \\{a,b}", "{a,b} {a,b}\n", 0),
        Expected("echo {a..1}", "{a..1}\n", 0),
        Expected("echo {1..a}", "{1..a}\n", 0),
        Expected("X=1; echo {$X,b}", "1 b\n", 0),
        Expected("echo {a,b}{1,2}", "a1 a2 b1 b2\n", 0),
        Expected("echo {a{b,c}", "{ab {ac\n", 0),
        Expected("echo a}b{", "a}b{\n", 0),
        Expected("X={a,b}; echo $X", "{a,b}\n", 0),
        Expected("echo ~/{x,y} | tr -d /", "homebigredx homebigredy\n", 0),
        Expected("echo {-1..1}", "-1 0 1\n", 0),
        Expected("echo {1..2}{a..b}", "1a 1b 2a 2b\n", 0),
        Expected("echo { a,b }", "{ a,b }\n", 0),
        Expected("echo {a,\"b c\"}", "a b c\n", 0),
        Expected("echo {-05..5..5}", "-05 000 005\n", 0),
        Expected("echo {a,b}*", "a* b*\n", 0),
        Expected("echo f{,}", "f f\n", 0),
        Expected("echo ${HOME}{1,2}", "/home/bigred1 /home/bigred2\n", 0),
    ]

    @Test(arguments: braces)
    func expandsBracesAsBash(_ expected: Expected) {
        check(expected)
    }

    @Test func hugeBraceSequencesStayLiteral() {
        #expect(run("echo {1..100000000}").stdout == "{1..100000000}\n")
    }

    /// Interactive bash's wording (no `-c: line 1:`), captured with `bash -i`.
    static let interactiveErrors: [Expected] = [
        Expected("foo", "bash: foo: command not found\n", 127),
        Expected("echo a; nosuch; echo b", "a\nbash: nosuch: command not found\nb\n", 0),
        Expected("echo a |", "bash: syntax error: unexpected end of file\n", 2),
        Expected("echo a &&", "bash: syntax error: unexpected end of file\n", 2),
        Expected("(", "bash: syntax error: unexpected end of file\n", 2),
        Expected("()", "bash: syntax error near unexpected token `)'\n", 2),
        Expected(";", "bash: syntax error near unexpected token `;'\n", 2),
        Expected("&& x", "bash: syntax error near unexpected token `&&'\n", 2),
        Expected("echo a | ;", "bash: syntax error near unexpected token `;'\n", 2),
        Expected("echo ;; b", "bash: syntax error near unexpected token `;;'\n", 2),
        Expected("echo a &;", "bash: syntax error near unexpected token `;'\n", 2),
        Expected("then", "bash: syntax error near unexpected token `then'\n", 2),
        Expected("}", "bash: syntax error near unexpected token `}'\n", 2),
        Expected("echo a; echo 'b", "bash: unexpected EOF while looking for matching `''\n", 2),
        Expected("cat <<EOF", "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n", 0),
        Expected(
            "echo c; cat <<EOF\nx",
            "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\nc\nx\n", 0),
        Expected("echo a \\", "a\n", 0),
        Expected("a=1 b=2", "", 0),
    ]

    @Test(arguments: interactiveErrors)
    func matchesInteractiveBash(_ expected: Expected) {
        check(expected)
    }

    @Test func syntaxErrorSetsStatusTwo() {
        let session = makeSession()
        run(session, "| echo")
        #expect(run(session, "echo $?").stdout == "2\n")
    }

    @Test func emptyLineLeavesStatusAlone() {
        let session = makeSession()
        run(session, "false")
        let blank = run(session, "   ")
        #expect(blank.combined.isEmpty)
        #expect(blank.status == 1)
        #expect(run(session, "").status == 1)
    }

    @Test func hereDocumentWarningCountsSessionLines() {
        let session = makeSession()
        run(session, "echo a")
        run(session, "echo b")
        #expect(
            run(session, "cat <<EOF").stderr
                == "bash: warning: here-document at line 3 delimited by end-of-file (wanted `EOF')\n")
    }

    @Test func aliasExpandsFirstWordOnly() {
        let session = makeSession()
        session.register("kubectl", Echoing(name: "kubectl"))
        let result = run(session, "k get pods; echo k")
        #expect(result.stdout == "kubectl get pods\nk\n")
        #expect(result.commands == [["kubectl", "get", "pods"], ["echo", "k"]])
    }

    @Test func quotedWordIsNotAnAlias() {
        #expect(run("'k' get").stderr == "bash: k: command not found\n")
        #expect(run("\\k get").stderr == "bash: k: command not found\n")
    }

    @Test func aliasDefinedOnALineAppliesToTheNextLine() {
        let session = makeSession()
        #expect(run(session, "alias hi='echo hi'; hi").stderr == "bash: hi: command not found\n")
        #expect(run(session, "hi there").stdout == "hi there\n")
        #expect(run(session, "alias two='echo two'\ntwo").stdout == "two\n")
    }

    @Test func aliasValueMayHoldOperators() {
        let session = makeSession()
        run(session, "alias count='grep -c a greek.txt | cat -n'")
        #expect(run(session, "count").stdout == "     1\t10\n")
    }

    @Test func aliasEndingInBlankExpandsTheNextWord() {
        let session = makeSession()
        run(session, "alias e='echo ' word=expanded")
        #expect(run(session, "e word word").stdout == "expanded word\n")
    }

    @Test func aliasLoopsStop() {
        let session = makeSession()
        run(session, "alias a=b b=a ls='ls -F' c='c c'")
        #expect(run(session, "a").stderr == "bash: a: command not found\n")
        #expect(run(session, "ls").commands == [["ls", "-F"]])
        #expect(run(session, "c").commands == [["c", "c"]])
    }

    @Test func aliasAfterAssignmentExpands() {
        let session = makeSession()
        run(session, "alias say=echo")
        #expect(run(session, "X=1 say hi").stdout == "hi\n")
    }

    @Test func unsupportedSyntaxSaysSo() {
        #expect(run("select x in a; do :; done").combined == "bash: select: not supported by the taroko shell\n")
        #expect(run("select x in a; do :; done").status == 2)
    }

    @Test func backslashNewlineJoinsLines() {
        #expect(run("echo a\\\nb").stdout == "ab\n")
    }

    @Test func newlinesSeparateCommands() {
        #expect(run("echo a\necho b\n\necho c").stdout == "a\nb\nc\n")
    }
}

/// A registered command that prints its argv, for tests.
struct Echoing: ShellCommand {
    var name: String

    func run(_ context: CommandContext) -> Int32 {
        context.io.out(context.arguments.joined(separator: " ") + "\n")
        return 0
    }
}
