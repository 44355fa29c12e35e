import Kubectl
import Testing

@testable import Shell

/// `test`, `[` and ash's `[[` as each shell has them, checked against Debian 12's dash 0.5.12 and
/// busybox 1.35 ash (whose `coreutils/test.c` is 1.36.1's): dash's `src/bltin/test.c`
/// (`Illegal number`, `unexpected operator`, `argument expected`), busybox's `coreutils/test.c`
/// (`bad number`, `out of range`, `unknown operand`, `missing ]]`, messages under the applet
/// name) and `shell/ash.c` `simplecmd` (`&&` and `||` inside `[[`).
@Suite("test, [ and [[ evaluate and complain as dash and busybox ash do")
struct DialectTestBuiltinTests {
    @Test("dash: numbers it cannot read, operators missing their operand, words left over")
    func dashErrors() {
        let sh = makeShell(.dash)
        let number = run(sh, "[ 1 -eq a ]")
        #expect(number.stderr == "sh: 1: [: Illegal number: a\n" && number.status == 2)
        #expect(run(sh, "test a -lt").stderr == "sh: 2: test: -lt: argument expected\n")
        #expect(run(sh, "test a b c").stderr == "sh: 3: test: a: unexpected operator\n")
        #expect(run(sh, "[ -t x ]").stderr == "sh: 4: [: Illegal number: x\n")
        #expect(run(sh, "[ 99999999999999999999 -eq 1 ]").stderr == "sh: 5: [: Illegal number: 99999999999999999999\n")
        #expect(run(sh, "[ a").stderr == "sh: 6: [: missing ]\n")
    }

    @Test("dash: POSIX's shortcuts and its grammar give the same answers as the real one")
    func dashAnswers() {
        let sh = makeShell(.dash)
        #expect(run(sh, "[ 3 -gt 2 -a 1 ]; echo $?").stdout == "0\n")
        #expect(run(sh, "test ! a = b; echo $?").stdout == "0\n")
        #expect(run(sh, "[ '(' a ')' ]; echo $?").stdout == "0\n")
        #expect(run(sh, "[ ' 12 ' -eq 12 ]; echo $?").stdout == "0\n")
        #expect(run(sh, "test a -a; echo $?").stdout == "1\n")
        #expect(run(sh, "test -n; echo $?; test !; echo $?").stdout == "0\n0\n")
    }

    @Test("busybox: its own words, under the applet's name rather than $0")
    func busyboxErrors() {
        let sh = makeShell(.ash)
        sh.commandName = "/bin/sh"
        #expect(run(sh, "[ 1 -eq a ]").stderr == "sh: a: bad number\n")
        #expect(run(sh, "[ 99999999999999999999 -eq 1 ]").stderr == "sh: 99999999999999999999: out of range\n")
        #expect(run(sh, "test a b c").stderr == "sh: b: unknown operand\n")
        let missing = run(sh, "test a -a; echo $?")
        #expect(missing.stderr == "sh: argument expected\n" && missing.stdout == "2\n")
        #expect(run(sh, "[ a").stderr == "sh: missing ]\n")
        #expect(run(sh, "[ '(' -n x ')' ]; echo $?").combined == "sh: closing paren expected\n2\n")
    }

    @Test("busybox ash's [[: glob and regex matches, && and || as its words, -a and -o not operators")
    func ashDoubleBrackets() {
        let sh = makeShell(.ash)
        #expect(run(sh, "x=abc; [[ $x == a* ]] && echo glob; [[ $x =~ ^ab ]] && echo re; [[ $x != b* ]] && echo ne").stdout
            == "glob\nre\nne\n")
        #expect(run(sh, "[[ a && b ]] && echo and; [[ '' || b ]] && echo or").stdout == "and\nor\n")
        let joiner = run(sh, "[[ a -a b ]]; echo $?")
        #expect(joiner.stderr == "sh: -a: unknown operand\n" && joiner.stdout == "2\n")
        #expect(run(sh, "[[ a ]").stderr == "sh: missing ]]\n")
        #expect(run(sh, "[[ a =~ '(' ]]; echo $?").combined == "2\n")
    }

    @Test("busybox ash's [[ is a command: its words are split and globbed like any other's")
    func ashDoubleBracketsWords() {
        let sh = makeShell(.ash)
        let split = run(sh, "v='a b'; [[ $v == 'a b' ]]; echo $?")
        #expect(split.stderr == "sh: b: unknown operand\n" && split.stdout == "2\n")
        #expect(run(sh, "echo [[ a && b ]]").stdout == "[[ a && b ]]\n")
        #expect(run(sh, "[[ a ]] && echo after").stdout == "after\n")
    }

    @Test("bash and dash have no [[ command to run by name")
    func doubleBracketsNamed() {
        #expect(run(makeShell(.dash), "[[ a ]]").stderr == "sh: 1: [[: not found\n")
        #expect(run(makeSession(), "command [[ a ]]").stderr == "bash: [[: command not found\n")
    }
}
