import Kubectl
import Testing

@testable import Shell

/// The words and status dash 0.5.12 (Debian 12's) and busybox 1.36.1 ash give, from their
/// sources. dash: `src/error.c:126-131` (`exvwarning2`: `$0: LINE: `, status 2 at 175),
/// `src/options.c:129` (`arg0` is argv[0] as given), `src/parser.c:1510-1529` (`synexpect`'s
/// `%s unexpected (expecting %s)`, `synerror`'s `Syntax error: `), `:369` (`Bad for loop
/// variable`), `:1062` (`Unterminated quoted string`), `src/mktokens` (token names),
/// `src/expand.c:865` (`Bad substitution`), `src/exec.c:146` with `src/error.c:227` (`not
/// found`), `src/bltin/test.c:191,236` (`missing ]`, `unexpected operator`),
/// `src/bltin/printf.c:458-478` (`echo`), `src/builtins.def.in` (its builtins). ash
/// (`shell/ash.c` at 1_36_1): `:1398-1409` (`ash_vmsg`), `:1456-1459` (`syntax error: `),
/// `:11793-11802` (`unexpected %s (expecting %s)`), `:8668-8703` (token names), `:7472`
/// (`bad substitution`), `:8368` (`not found`), `:14545,14585` (`arg0`, `commandname`),
/// `:201-239` (its `ASH_BASH_COMPAT` extras), `:10160-10260` (its builtins).
@Suite("Pod shells read their own language: dash and busybox ash refuse what bash alone accepts")
struct ShellDialectTests {
    @Test("dash: arrays, `[[`, `function`, `<<<` and `source` are not its language")
    func dashRefusals() {
        let sh = makeShell(.dash)
        #expect(run(sh, "a=(1 2)").stderr == "sh: 1: Syntax error: \"(\" unexpected\n")
        #expect(sh.lastStatus == 2)
        #expect(run(sh, "[[ 1 == 1 ]]").stderr == "sh: 2: [[: not found\n")
        #expect(run(sh, "function f { echo hi; }").stderr == "sh: 3: Syntax error: \"}\" unexpected\n")
        #expect(run(sh, "cat <<< hi").stderr == "sh: 4: Syntax error: redirection unexpected\n")
        #expect(run(sh, "source /etc/hostname").stderr == "sh: 5: source: not found\n")
        #expect(run(sh, "for ((i=0; i<2; i++)); do :; done").stderr == "sh: 6: Syntax error: Bad for loop variable\n")
    }

    @Test("dash: bash's parameter operators are bad substitutions when the word is expanded")
    func dashSubstitutions() {
        let sh = makeShell(.dash)
        let line = run(sh, "x=abc; echo before; echo ${x^^}; echo after")
        #expect(line.combined == "before\nsh: 1: Bad substitution\n" && line.status == 2)
        #expect(run(sh, "echo ${x:1:1}").stderr == "sh: 2: Bad substitution\n")
        #expect(run(sh, "echo ${x/a/b}").stderr == "sh: 3: Bad substitution\n")
        #expect(run(sh, "echo ${x%c} ${#x} ${y:-none}").stdout == "ab 3 none\n")
    }

    @Test("dash: no brace expansion, no `$'...'`, and echo decodes escapes with only `-n`")
    func dashWords() {
        let sh = makeShell(.dash)
        #expect(run(sh, "echo {1..3} $'a'").stdout == "{1..3} $a\n")
        #expect(run(sh, "echo -e 'a\\tb'").stdout == "-e a\tb\n")
        #expect(run(sh, "echo -n 'x\\ny'").stdout == "x\ny")
        #expect(run(sh, "x+=1").stderr == "sh: 4: x+=1: not found\n")
        #expect(run(sh, "echo \"[$RANDOM]\"").stdout == "[]\n")
    }

    @Test("dash: an unfinished compound command names what it waited for")
    func dashEndOfFile() {
        let sh = makeShell(.dash)
        #expect(run(sh, "if true; then echo").stderr == "sh: 1: Syntax error: end of file unexpected (expecting \"fi\")\n")
        #expect(run(sh, "echo 'abc").stderr == "sh: 2: Syntax error: Unterminated quoted string\n")
    }

    @Test("dash's test has no `==`: the words after the first operand are an unexpected operator")
    func dashTest() {
        let sh = makeShell(.dash)
        let test = run(sh, "[ a == a ]")
        #expect(test.stderr == "sh: 1: [: a: unexpected operator\n" && test.status == 2)
        #expect(run(sh, "[ a = a ] && echo same").stdout == "same\n")
    }

    @Test("busybox ash keeps its bash extras (`[[`, `function`, `$'...'`, substrings) and refuses the rest")
    func ash() {
        let sh = makeShell(.ash)
        #expect(run(sh, "x=abcdef; [[ $x == abcdef ]] && echo ${x:1:2} ${x/b/B} $'1\\t2'").stdout == "bc aBcdef 1\t2\n")
        #expect(run(sh, "function f { echo in f; }; f").stdout == "in f\n")
        #expect(run(sh, "a=(1 2)").stderr == "sh: syntax error: unexpected \"(\"\n")
        let upper = run(sh, "echo ${x^^}")
        #expect(upper.stderr == "sh: syntax error: bad substitution\n" && upper.status == 2)
        #expect(run(sh, "cat <<< hi").stderr == "sh: syntax error: unexpected redirection\n")
        #expect(run(sh, "echo {a,b}").stdout == "{a,b}\n")
        #expect(run(sh, "declare -a x").stderr == "sh: declare: not found\n")
        #expect(run(sh, "while true").stderr == "sh: syntax error: unexpected end of file (expecting \"do\")\n")
    }

    @Test("cd names the directory it cannot enter: dash without the reason, ash with it")
    func cd() {
        let dash = run(makeShell(.dash), "cd /nope; echo $?")
        #expect(dash.combined == "sh: 1: cd: can't cd to /nope\n2\n")
        #expect(run(makeShell(.ash), "cd /nope").stderr == "sh: cd: can't cd to /nope: No such file or directory\n")
    }

    @Test("an assignment to a read-only variable is an error in dash's and ash's words")
    func readonly() {
        let line = run(makeShell(.dash), "readonly x=1; x=2; echo never")
        #expect(line.combined == "sh: 1: x: is read only\n" && line.status == 2)
        #expect(run(makeShell(.ash), "readonly y=1; y=2").stderr == "sh: y: is read only\n")
    }

    @Test("a redirection's file that cannot be opened or created: dash's words and status 2, ash's and 1")
    func redirections() {
        let dash = run(makeShell(.dash), "cat < /nope; echo $?; echo x > /nodir/f")
        #expect(dash.combined == "sh: 1: cannot open /nope: No such file\n2\nsh: 1: cannot create /nodir/f: Directory nonexistent\n")
        let ash = run(makeShell(.ash), "cat < /nope; echo $?; echo x > /nodir/f; type [[")
        #expect(ash.combined == "sh: can't open /nope: no such file\n1\nsh: can't create /nodir/f: nonexistent directory\n[[ is a shell builtin\n")
    }

    @Test("bash keeps all of it")
    func bash() {
        let session = makeSession()
        #expect(run(session, "a=(1 2); x=ab; echo ${a[1]} ${x^^} {1..2} $'q'").stdout == "2 AB 1 2 q\n")
    }
}
