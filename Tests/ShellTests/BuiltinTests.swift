import Shell
import Testing

/// The builtins: `echo`, `cd`, `pwd`, `export`, `unset`, `alias`, `unalias`, `printf`, `exit`, `true`, `false`.
@Suite struct BuiltinTests {
    /// Captured with bash 5.2 (`bash -c`, whose builtin messages match an interactive shell's).
    static let cases: [Expected] = [
        Expected("echo -n a; echo b", "ab\n", 0),
        Expected("echo -e 'a\\tb\\x41\\u00e9\\101'", "a\tbAé\\101\n", 0),
        Expected("echo -e 'a\\cb'; echo", "a\n", 0),
        Expected("echo -neE 'a\\tb'; echo", "a\\tb\n", 0),
        Expected("echo -E 'a\\tb'", "a\\tb\n", 0),
        Expected("echo -x -n a", "-x -n a\n", 0),
        Expected("echo --", "--\n", 0),
        Expected("echo -", "-\n", 0),
        Expected("echo -nn x; echo", "x\n", 0),
        Expected("echo -ne", "", 0),
        Expected("cd /tmp; pwd", "/tmp\n", 0),
        Expected("cd tk/wulin; pwd; cd ../..; pwd", "/home/bigred/tk/wulin\n/home/bigred\n", 0),
        Expected("cd /tmp; cd; pwd", "/home/bigred\n", 0),
        Expected("cd ''; echo $?", "0\n", 0),
        Expected("cd /nonexist; echo $?", "bash: cd: /nonexist: No such file or directory\n1\n", 0),
        Expected("cd greek.txt", "bash: cd: greek.txt: Not a directory\n", 1),
        Expected("cd a b", "bash: cd: too many arguments\n", 1),
        Expected("cd /tmp; cd -; pwd", "/home/bigred\n/home/bigred\n", 0),
        Expected("cd -x", "bash: cd: -x: invalid option\ncd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n", 2),
        Expected("cd nosuch/..", "bash: cd: nosuch/..: No such file or directory\n", 1),
        Expected("pwd -x", "bash: pwd: -x: invalid option\npwd: usage: pwd [-LP]\n", 2),
        Expected("pwd extra", "/home/bigred\n", 0),
        Expected("true --help; echo $?", "0\n", 0),
        Expected("false; echo $?", "1\n", 0),
        Expected("export A=1; echo $A", "1\n", 0),
        Expected("export 1a=b; echo $?", "bash: export: `1a=b': not a valid identifier\n1\n", 0),
        Expected(
            "export -x",
            "bash: export: -x: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n", 2),
        Expected("export A=x; export | grep ' A='", "declare -x A=\"x\"\n", 0),
        Expected("export Q=\"a\\\"b\\$c\\\\d\"; export | grep ' Q='", "declare -x Q=\"a\\\"b\\$c\\\\d\"\n", 0),
        Expected("unset HOME; echo \"[$HOME]\"", "[]\n", 0),
        Expected("unset -x", "bash: unset: -x: invalid option\nunset: usage: unset [-f] [-v] [-n] [name ...]\n", 2),
        Expected("alias z='echo zz'; alias z", "alias z='echo zz'\n", 0),
        Expected("alias a='x'\\''y' b=\"p q\"; alias a b", "alias a='x'\\''y'\nalias b='p q'\n", 0),
        Expected("alias nope", "bash: alias: nope: not found\n", 1),
        Expected("alias \"x y=1\"", "bash: alias: `x y': invalid alias name\n", 1),
        Expected("alias -x", "bash: alias: -x: invalid option\nalias: usage: alias [-p] [name[=value] ... ]\n", 2),
        Expected("unalias nope", "bash: unalias: nope: not found\n", 1),
        Expected("unalias", "unalias: usage: unalias [-a] name [name ...]\n", 2),
        Expected("unalias -x", "bash: unalias: -x: invalid option\nunalias: usage: unalias [-a] name [name ...]\n", 2),
        Expected("printf '%s\\n' a b c", "a\nb\nc\n", 0),
        Expected("printf '%d %s\\n' 1 a 2", "1 a\n2 \n", 0),
        Expected(
            "printf '%5.2f|%-5s|%05d|%x|%X|%o|%e|%g\\n' 3.14159 ab 42 255 255 8 1234.5 0.0001",
            " 3.14|ab   |00042|ff|FF|10|1.234500e+03|0.0001\n", 0),
        Expected("printf '%*s|%*d|%-*s|\\n' -4 ab -3 7 4 c", "ab  |7  |c   |\n", 0),
        Expected("printf '%d\\n' x", "bash: printf: x: invalid number\n0\n", 1),
        Expected("printf '%d\\n' 3x", "bash: printf: 3x: invalid number\n3\n", 1),
        Expected("printf", "printf: usage: printf [-v var] format [arguments]\n", 2),
        Expected("printf '%b\\n' 'a\\tb\\0101'", "a\tbA\n", 0),
        Expected("printf 'a\\tb\\101\\n'", "a\tbA\n", 0),
        Expected("printf '%c%c\\n' hello w", "hw\n", 0),
        Expected("printf '%q\\n' 'a b'", "a\\ b\n", 0),
        Expected("printf '%q\\n' $'a\\tb' $'\\e[1m' $'\\x7f' $'it\\'s\\n'", "$'a\\tb'\n$'\\E[1m'\n$'\\177'\n$'it\\'s\\n'\n", 0),
        Expected("printf '%q\\n' 'a,b' '#x#' '~a:~b=~' 'héllo' ''", "a\\,b\n\\#x#\n\\~a:\\~b=\\~\nhéllo\n''\n", 0),
        Expected("printf '%s %s\\n' a", "a \n", 0),
        Expected("printf '%%\\n'", "%\n", 0),
        Expected("printf 'x\\c y'", "x\\c y", 0),
        Expected("printf '%i\\n' 0x10 010 -5 +3", "16\n8\n-5\n3\n", 0),
        Expected("printf -- '-%s\\n' x", "-x\n", 0),
        Expected("printf -v x a; echo $x", "a\n", 0),
        Expected("printf '%*d|\\n' 5 3", "    3|\n", 0),
        Expected("printf '%.3s\\n' abcdef", "abc\n", 0),
        Expected(
            "printf '%d\\n' 99999999999999999999",
            "bash: printf: warning: 99999999999999999999: Numerical result out of range\n9223372036854775807\n", 0),
        Expected("printf '%d\\n' \"'a\"", "97\n", 0),
        Expected("printf '%5s|%-3d|\\n' é 7", "   é|7  |\n", 0),
        Expected("printf '\\u00e9\\n'", "é\n", 0),
        Expected("printf '%f\\n' x", "bash: printf: x: invalid number\n0.000000\n", 1),
        Expected("printf '%x %u\\n' -1 -1", "ffffffffffffffff 18446744073709551615\n", 0),
        Expected("printf '%b' 'x\\cy'; echo", "x\n", 0),
        Expected("printf '%z\\n'", "bash: printf: `\\': invalid format character\n", 1),
        Expected("exit abc", "bash: exit: abc: numeric argument required\n", 2),
        Expected("exit -x", "bash: exit: -x: numeric argument required\n", 2),
        Expected("exit 300", "", 44),
        Expected("exit -1", "", 255),
        Expected("exit -- 3", "", 3),
    ]

    @Test(arguments: cases)
    func matchesBash(_ expected: Expected) {
        check(expected)
    }

    @Test func cdChangesTheSessionAndPrompt() {
        let session = makeSession()
        #expect(session.prompt == "bigred@taroko:~$ ")
        run(session, "cd tk/wulin")
        #expect(session.cwd == "/home/bigred/tk/wulin")
        #expect(session.environment["PWD"] == "/home/bigred/tk/wulin")
        #expect(session.environment["OLDPWD"] == "/home/bigred")
        #expect(session.prompt == "bigred@taroko:~/tk/wulin$ ")
        run(session, "cd /etc")
        #expect(session.prompt == "bigred@taroko:/etc$ ")
    }

    @Test func rootPromptEndsInHash() {
        let session = ShellSession(
            user: "root", hostname: "tk8s-worker1", home: "/root", filesystem: VirtualFileSystem()
        ) { _ in }
        #expect(session.prompt == "root@tk8s-worker1:~# ")
        session.cwd = "/"
        #expect(session.prompt == "root@tk8s-worker1:/# ")
    }

    @Test func cdIntoAnUnsearchableDirectoryIsDenied() {
        #expect(run("cd /root").combined == "bash: cd: /root: Permission denied\n")
    }

    @Test func cdWithoutOldDirectory() {
        #expect(run("cd -").combined == "bash: cd: OLDPWD not set\n")
    }

    @Test func cdWithoutHome() {
        #expect(run("unset HOME; cd").combined == "bash: cd: HOME not set\n")
    }

    @Test func aliasListsEveryAliasSorted() {
        let session = makeSession()
        run(session, "alias ll='ls -l' a=\"it's\"")
        #expect(run(session, "alias").stdout == "alias a='it'\\''s'\nalias k='kubectl'\nalias ll='ls -l'\n")
        run(session, "unalias ll k")
        #expect(session.aliases == ["a": "it's"])
        run(session, "unalias -a")
        #expect(run(session, "alias").stdout.isEmpty)
    }

    @Test func exportListsVariables() {
        let session = makeSession()
        run(session, "export B=2 A=1")
        #expect(run(session, "export").stdout.contains("declare -x A=\"1\"\ndeclare -x B=\"2\"\n"))
    }

    @Test func exitWithoutArgumentKeepsTheLastStatus() {
        let session = makeSession()
        #expect(run(session, "false; exit").status == 1)
        #expect(session.exitRequested)
    }

    @Test func commandNamesIncludeBuiltinsAndUtilities() {
        let session = makeSession()
        session.register("kubectl", Echoing(name: "kubectl"))
        let names = session.commandNames
        #expect(names.contains("cd") && names.contains("grep") && names.contains("kubectl"))
        #expect(names == names.sorted())
    }
}
