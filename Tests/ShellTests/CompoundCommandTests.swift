import Shell
import Testing

/// The shell language's compound commands, tests and arithmetic, against what interactive bash
/// 5.2 printed for the same lines (both streams).
@Suite struct CompoundCommandTests {
    static let compound: [(String, String)] = [
        ("for i in 1 2 3; do echo \"i=$i\"; done", "i=1\ni=2\ni=3\n"),
        ("for i in 1 2 3 4 5; do if [ $i -eq 2 ]; then continue; fi; if [ $i -eq 4 ]; then break; fi; echo $i; done", "1\n3\n"),
        ("for x; do echo $x; done; echo done", "done\n"),
        ("for i in 1 2 3; do echo $i; done | tail -1", "3\n"),
        ("if [ -f /etc/passwd ]; then echo yes; elif true; then echo no; else echo never; fi", "yes\n"),
        ("if false; then echo a; elif [ 2 -gt 1 ]; then echo elif; fi", "elif\n"),
        ("if false; then echo a; fi; echo st=$?", "st=0\n"),
        ("if false; then echo a; else echo else; fi", "else\n"),
        ("{ echo g1; echo g2; } | wc -l", "2\n"),
        ("case tk8s-worker1 in *control*) echo cp;; *worker*) echo worker;; *) echo other;; esac", "worker\n"),
        ("case x in a|x) echo ax;& b) echo fell;; c) echo no;; esac", "ax\nfell\n"),
        ("case b in a) echo a;;& b) echo b;;& *) echo any;; esac", "b\nany\n"),
        ("case \"a*\" in \"a*\") echo quoted;; esac", "quoted\n"),
        ("case abc in \"a*\") echo q;; a*) echo glob;; esac", "glob\n"),
        ("echo fi; echo done", "fi\ndone\n"),
    ]
    static let tests: [(String, String)] = [
        ("[ 1 -eq a ]; echo $?", "bash: [: a: integer expression expected\n2\n"),
        ("[ a; echo $?", "bash: [: missing `]'\n2\n"),
        ("[ a b ]; echo $?", "bash: [: a: unary operator expected\n2\n"),
        ("[ a b c ]; echo $?", "bash: [: b: binary operator expected\n2\n"),
        ("[ a b c d e ]; echo $?", "bash: [: too many arguments\n2\n"),
        ("[ -q a ]; echo $?", "bash: [: -q: unary operator expected\n2\n"),
        ("[ ]; echo $?", "1\n"),
        ("[ \"\" ]; echo $?", "1\n"),
        ("[ -n ]; echo $?", "0\n"),
        ("[ ! a = b ]; echo $?", "0\n"),
        ("[ 010 -eq 10 ]; echo $?", "0\n"),
        ("[ \" 7 \" -gt 6 ]; echo $?", "0\n"),
        ("[ 1 -gt 2 -o 3 -gt 2 ]; echo $?", "0\n"),
        ("[ \\( 1 -gt 2 \\) -a x ]; echo $?", "1\n"),
        ("test; echo $?", "1\n"),
        ("test 1 -lt; echo $?", "bash: test: 1: unary operator expected\n2\n"),
        ("test -d /tmp && echo dir", "dir\n"),
        ("test -e /nonexistent || echo missing", "missing\n"),
        ("[ abc \\< abd ]; echo $?", "0\n"),
    ]
    static let conditionals: [(String, String)] = [
        ("[[ kube-proxy == kube* ]] && echo match", "match\n"),
        ("[[ abc =~ ^a.c$ ]] && echo re", "re\n"),
        ("[[ 2+3 -eq 5 && ! -z x ]] && echo arith", "arith\n"),
        ("[[ 1 -eq abc ]]; echo $?", "1\n"),
        ("[[ -z ]]; echo $?", "bash: unexpected argument `]]' to conditional unary operator\n"),
        ("[[ a = ]]; echo $?", "bash: unexpected argument `]]' to conditional binary operator\n"),
        ("[[ a b ]]; echo $?", "bash: conditional binary operator expected\n"),
        ("[[ ( a ]]; echo $?", "bash: unexpected token `]]', expected `)'\n"),
        ("[[ (1 -eq 1) ]]; echo $?", "0\n"),
        ("[[ b > a || x ]]; echo $?", "0\n"),
        ("k=kube; [[ $k == \"ku\"* ]] && echo q1; [[ $k == \"k*\" ]] || echo q2", "q1\nq2\n"),
        ("v=\"a b\"; [[ $v = \"a b\" ]] && echo nosplit", "nosplit\n"),
    ]
    static let arithmetic: [(String, String)] = [
        ("x=0; while [ $x -lt 3 ]; do echo $x; x=$((x+1)); done", "0\n1\n2\n"),
        ("n=3; until [ $n -eq 0 ]; do echo n$n; n=$((n-1)); done", "n3\nn2\nn1\n"),
        ("i=0; while :; do i=$((i+1)); [ $i -ge 5 ] && break; done; echo $i", "5\n"),
        ("echo $((2**10)) $((7 % 3)) $((x=5, x*2)) $x $((0x10 + 010 + 2#101))", "1024 1 10 5 29\n"),
        ("x=5; echo $((x++)) $x $((++x)) $((-x)) $(( x > 3 ? 10 : 20 )) $((x+=2)) $x", "5 6 7 -7 10 9 9\n"),
        ("echo $(( $(echo 6) * 7 )) $((y)) $((1 && 0 || 3)) $((5 / 2)) $((-5 / 2)) $((1 << 4)) $((~0))", "42 0 1 2 -2 16 -1\n"),
        ("a=3; b=a; echo $((b * 2))", "6\n"),
        ("echo $((1 +))x; echo next", "bash: 1 +: syntax error: operand expected (error token is \"+\")\n"),
        ("echo $((1/0))", "bash: 1/0: division by 0 (error token is \"0\")\n"),
        ("echo $((5 % 0))", "bash: 5 % 0: division by 0 (error token is \"0\")\n"),
        ("echo $((1 2 3))", "bash: 1 2 3: syntax error in expression (error token is \"2 3\")\n"),
        ("echo $((1 @ 2))", "bash: 1 @ 2: syntax error: invalid arithmetic operator (error token is \"@ 2\")\n"),
        ("echo $((08))", "bash: 08: value too great for base (error token is \"08\")\n"),
        ("echo $((2**-1))", "bash: 2**-1: exponent less than 0 (error token is \"1\")\n"),
    ]
    static let errors: [(String, String)] = [
        ("for i in a b; do for j in 1 2; do [ $j = 2 ] && continue 2; echo $i$j; done; done", "a1\nb1\n"),
        ("break; echo $?", "bash: break: only meaningful in a `for', `while', or `until' loop\n0\n"),
        ("continue 2; echo $?", "bash: continue: only meaningful in a `for', `while', or `until' loop\n0\n"),
        ("for i in 1; do break 0; done; echo $?", "bash: break: 0: loop count out of range\n1\n"),
        ("for i in 1 2; do echo $i; break abc; echo after; done; echo next", "1\nbash: break: abc: numeric argument required\n"),
        ("for i in 1 2; do echo $i; break 1 2; done; echo next", "1\nbash: break: too many arguments\n"),
        ("for 1x in a; do :; done", "bash: `1x': not a valid identifier\n"),
        ("if true; then fi", "bash: syntax error near unexpected token `fi'\n"),
        ("if ; then echo; fi", "bash: syntax error near unexpected token `;'\n"),
        ("while true; do; done", "bash: syntax error near unexpected token `;'\n"),
        ("for i in 1 2 do echo $i; done", "bash: syntax error near unexpected token `done'\n"),
        ("case a in a) echo x;; esac esac", "bash: syntax error near unexpected token `esac'\n"),
    ]

    @Test(arguments: compound) func compoundCommands(_ line: String, _ output: String) {
        #expect(run(line).combined == output)
    }

    @Test(arguments: tests) func testAndBracket(_ line: String, _ output: String) {
        #expect(run(line).combined == output)
    }

    @Test(arguments: conditionals) func doubleBrackets(_ line: String, _ output: String) {
        #expect(run(line).combined == output)
    }

    @Test(arguments: arithmetic) func arithmeticExpansion(_ line: String, _ output: String) {
        #expect(run(line).combined == output)
    }

    @Test(arguments: errors) func errorsAreWordedAsBashWordsThem(_ line: String, _ output: String) {
        #expect(run(line).combined == output)
    }

    @Test func statusesFollowBash() {
        #expect(run("[ 1 -eq a ]").status == 2)
        #expect(run("[ a = b ]").status == 1)
        #expect(run("if false; then :; fi").status == 0)
        #expect(run("if true; then fi").status == 2)
        #expect(run("for i in 1; do false; done").status == 1)
        #expect(run("echo $((1/0))").status == 1)
    }

    @Test func aLoopThatNeverEndsIsStopped() {
        let result = run("while true; do :; done; echo after")
        #expect(result.combined == "bash: loop stopped after 1000 rounds (the taroko shell's limit)\n")
        #expect(result.status == 1)
    }

    @Test func loopVariablesAndArithmeticAssignmentsLast() {
        let session = makeSession()
        run(session, "for f in a b c; do n=$((n + 1)); done")
        #expect(run(session, "echo $f $n").stdout == "c 3\n")
    }

    @Test func breakInsideAPipelineStageEndsOnlyThatStage() {
        #expect(run("for i in 1 2; do echo $i | break; done").stdout == "")
    }

    @Test func compoundCommandsTakeRedirections() {
        let session = makeSession()
        run(session, "for i in 1 2; do echo $i; done > out.txt")
        run(session, "if true; then echo three; fi >> out.txt")
        #expect(run(session, "cat out.txt").stdout == "1\n2\nthree\n")
    }
}
