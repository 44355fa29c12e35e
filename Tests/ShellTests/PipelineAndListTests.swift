import Kubectl
import Shell
import Testing

/// Pipelines, lists, subshells and redirections.
@Suite struct PipelineAndListTests {
    /// Captured with `bash -c` (syntax errors as interactive bash words them).
    static let cases: [Expected] = [
        Expected("echo a | echo b", "b\n", 0),
        Expected("echo hello | tr a-z A-Z | tr -d L", "HEO\n", 0),
        Expected("false && echo no || echo yes", "yes\n", 0),
        Expected("true || echo no && echo yes", "yes\n", 0),
        Expected("false || false || echo c", "c\n", 0),
        Expected("echo a; echo b", "a\nb\n", 0),
        Expected("echo a; false; echo $?", "a\n1\n", 0),
        Expected("! true; echo $?", "1\n", 0),
        Expected("! false; echo $?", "0\n", 0),
        Expected("false | true; echo $?", "0\n", 0),
        Expected("true | false; echo $?", "1\n", 0),
        Expected("nosuchcommand 2>&1 | tr a-z A-Z", "BASH: NOSUCHCOMMAND: COMMAND NOT FOUND\n", 0),
        Expected("echo err >&2 | tr a-z A-Z", "err\n", 0),
        Expected("echo out; echo err >&2; echo out2", "out\nerr\nout2\n", 0),
        Expected("(cd /; pwd); pwd", "/\n/home/bigred\n", 0),
        Expected("(echo a; echo b) | wc -l", "2\n", 0),
        Expected("(exit 3); echo $?", "3\n", 0),
        Expected("cd tk | true; pwd", "/home/bigred\n", 0),
        Expected("X=1 | true; echo \"[$X]\"", "[]\n", 0),
        Expected("echo a > o1.txt; echo b >> o1.txt; cat o1.txt", "a\nb\n", 0),
        Expected("echo a 2>&1 >/dev/null", "", 0),
        Expected("echo a >/dev/null 2>&1; echo $?", "0\n", 0),
        Expected("nosuch 2>/dev/null; echo $?", "127\n", 0),
        Expected("nosuch 2> e.txt; cat e.txt", "bash: nosuch: command not found\n", 0),
        Expected("nosuch &> e2.txt; cat e2.txt", "bash: nosuch: command not found\n", 0),
        Expected("echo x 1>&2 2>/dev/null", "x\n", 0),
        Expected("cat < greek.txt | head -2", "alpha\nbeta\n", 0),
        Expected("cat < nope; echo $?", "bash: nope: No such file or directory\n1\n", 0),
        Expected("echo a > $NOPE", "bash: $NOPE: ambiguous redirect\n", 1),
        Expected("echo a > /nonexist/x", "bash: /nonexist/x: No such file or directory\n", 1),
        Expected("echo a > /", "bash: /: Is a directory\n", 1),
        Expected("echo a > empty", "bash: empty: Is a directory\n", 1),
        Expected("wc -l < greek.txt > count.txt; cat count.txt", "12\n", 0),
        Expected("echo a > o3.txt; cat o3.txt > o3.txt; cat o3.txt; echo end", "end\n", 0),
        Expected("echo first; exit 3; echo no", "first\n", 3),
        Expected("exit 4", "", 4),
        Expected("(exit 5; echo no); echo $?", "5\n", 0),
        Expected("echo ${x y}; echo no", "bash: ${x y}: bad substitution\n", 1),
        Expected("echo a;; echo b", "bash: syntax error near unexpected token `;;'\n", 2),
        Expected("| echo", "bash: syntax error near unexpected token `|'\n", 2),
        Expected("echo a | | b", "bash: syntax error near unexpected token `|'\n", 2),
        Expected("echo a && ; b", "bash: syntax error near unexpected token `;'\n", 2),
        Expected("echo a >", "bash: syntax error near unexpected token `newline'\n", 2),
        Expected(")", "bash: syntax error near unexpected token `)'\n", 2),
        Expected("done", "bash: syntax error near unexpected token `done'\n", 2),
        Expected("echo 'a", "bash: unexpected EOF while looking for matching `''\n", 2),
        Expected("echo \"a", "bash: unexpected EOF while looking for matching `\"'\n", 2),
        Expected("echo `echo a", "bash: unexpected EOF while looking for matching ``'\n", 2),
        Expected("echo $(echo a", "bash: unexpected EOF while looking for matching `)'\n", 2),
        Expected("echo ${HOME", "bash: unexpected EOF while looking for matching `}'\n", 2),
    ]

    @Test(arguments: cases)
    func matchesBash(_ expected: Expected) {
        check(expected)
    }

    @Test func standardErrorKeepsItsPlaceInOrder() {
        let result = run("echo out; nosuch; echo out2")
        #expect(result.combined == "out\nbash: nosuch: command not found\nout2\n")
        #expect(result.stdout == "out\nout2\n")
    }

    @Test func recordsEveryCommandAfterExpansion() {
        let session = makeSession()
        let result = run(session, "X=pods; k get $X | grep a && echo \"$(echo sub)\"; nosuch arg")
        #expect(result.commands == [["kubectl", "get", "pods"], ["grep", "a"], ["nosuch", "arg"]])
    }

    @Test func commandSubstitutionIsRecordedToo() {
        #expect(run("echo $(echo in)").commands == [["echo", "in"], ["echo", "in"]])
    }

    @Test func assignmentsAloneAreNotRecorded() {
        #expect(run("X=1").commands.isEmpty)
    }

    @Test func exitStopsTheLineAndIsReported() {
        let session = makeSession()
        let result = run(session, "echo a; exit 7; echo b")
        #expect(result.stdout == "a\n")
        #expect(result.status == 7)
        #expect(session.exitRequested)
        run(session, "echo again")
        #expect(!session.exitRequested)
    }

    @Test func exitInsideASubshellOrPipelineDoesNotLeave() {
        let session = makeSession()
        #expect(run(session, "(exit 2); echo $?").stdout == "2\n")
        #expect(!session.exitRequested)
        run(session, "exit | cat")
        #expect(!session.exitRequested)
    }

    @Test func exitWithTooManyArgumentsAbandonsTheLine() {
        let session = makeSession()
        let result = run(session, "exit 1 2; echo no")
        #expect(result.combined == "bash: exit: too many arguments\n")
        #expect(!session.exitRequested)
    }

    @Test func pipelineStagesDoNotChangeTheShell() {
        let session = makeSession()
        run(session, "cd / | cat; export X=1 | cat; alias z=y | cat")
        #expect(session.cwd == "/home/bigred")
        #expect(session.environment["X"] == nil)
        #expect(session.aliases["z"] == nil)
    }

    @Test func prefixAssignmentsLastOnlyForTheCommand() {
        let session = makeSession()
        session.register("showx", ShowVariable(name: "X"))
        #expect(run(session, "X=inner showx; echo \"[$X]\"").stdout == "inner\n[]\n")
    }

    @Test func redirectionWritesTheVirtualFilesystem() {
        let session = makeSession()
        run(session, "echo hello > out.txt; echo more >> out.txt; nosuch 2>> out.txt")
        #expect(session.filesystem.read("/home/bigred/out.txt") == "hello\nmore\nbash: nosuch: command not found\n")
        #expect(session.filesystem.entry("/home/bigred/out.txt")?.owner == "bigred")
    }

    @Test func redirectionRespectsPermissions() {
        let result = run("echo x > /etc/hostname; echo x > /root/f; cat < /etc/shadow")
        #expect(
            result.stderr
                == "bash: /etc/hostname: Permission denied\nbash: /root/f: Permission denied\nbash: /etc/shadow: Permission denied\n"
        )
    }

    @Test func fallbackRunsUnknownCommands() {
        let session = makeSession()
        session.fallback = { arguments, io in
            guard arguments.first == "get" else { return nil }
            io.out("fallback " + arguments.joined(separator: " ") + "\n")
            return 0
        }
        #expect(run(session, "get pods | tr a-z A-Z").stdout == "FALLBACK GET PODS\n")
        #expect(run(session, "other").combined == "bash: other: command not found\n")
        #expect(run(session, "other").status == 127)
    }

    @Test func registeredCommandsReadThePipe() {
        let session = makeSession()
        session.register("upper", Upper())
        #expect(run(session, "echo abc | upper | cat -n").stdout == "     1\tABC\n")
    }

    @Test func hereDocumentFeedsAPipeline() {
        let session = makeSession()
        session.register("upper", Upper())
        let line = "cat <<EOF | upper\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: $USER\nEOF"
        #expect(ShellSession.needsContinuation(String(line.dropLast(4))))
        #expect(!ShellSession.needsContinuation(line))
        #expect(run(session, line).stdout == "APIVERSION: V1\nKIND: NAMESPACE\nMETADATA:\n  NAME: BIGRED\n")
    }

    @Test func pathCommandsFailAsBashDoes() {
        let session = makeSession()
        session.filesystem.write("/home/bigred/script.sh", "echo hi\n", mode: 0o644, owner: "bigred")
        #expect(run(session, "./nope").combined == "bash: ./nope: No such file or directory\n")
        #expect(run(session, "./nope").status == 127)
        #expect(run(session, "./empty").combined == "bash: ./empty: Is a directory\n")
        #expect(run(session, "./script.sh").combined == "bash: ./script.sh: Permission denied\n")
        #expect(run(session, "./script.sh").status == 126)
    }

    @Test func pathToAKnownProgramRunsIt() {
        let session = makeSession()
        session.filesystem.write("/usr/bin/grep", "", mode: 0o755)
        #expect(run(session, "/usr/bin/grep -c a greek.txt").stdout == "10\n")
    }
}

/// Prints one variable's value, as a program reading its environment would.
struct ShowVariable: ShellCommand {
    var name: String

    func run(_ context: CommandContext) -> Int32 {
        context.io.out((context.session.environment[name] ?? "") + "\n")
        return 0
    }
}

/// Upper-cases its standard input.
struct Upper: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        context.io.out(context.io.input.uppercased())
        return 0
    }
}
