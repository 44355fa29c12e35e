import Testing

@testable import Shell

/// Scripts run as bash 5.2 runs them: `./script` and `bash FILE` in a subshell, `source` in the shell itself.
@Suite struct ScriptTests {
    static let cases: [Expected] = [
        Expected(
            "printf '#!/bin/bash\\necho \"$0 $1\"\\ncd /tmp\\nexit 3\\n' > s.sh; chmod +x s.sh; ./s.sh a; echo $?; pwd",
            "./s.sh a\n3\n/home/bigred\n", 0),
        Expected("printf 'echo plain\\n' > p; chmod +x p; ./p", "plain\n", 0),
        Expected("printf '#!/usr/bin/env bash\\necho env\\n' > e; chmod +x e; ./e", "env\n", 0),
        Expected("bash -c 'echo $0 $1' n one", "n one\n", 0),
        Expected("bash -c", "bash: -c: option requires an argument\n", 2),
        Expected("bash nosuch.sh", "bash: nosuch.sh: No such file or directory\n", 127),
        Expected("printf 'X=1\\ncd /tmp\\necho \"$# $1\"\\n' > src.sh; source src.sh a; echo $X; pwd", "1 a\n1\n/tmp\n", 0),
        Expected("source", "bash: source: filename argument required\nsource: usage: source filename [arguments]\n", 2),
        Expected(". nosuch", "bash: nosuch: No such file or directory\n", 1),
        // A missing command names the script and its line (bash 5.2 with a terminal as stderr).
        Expected("bash -c 'set -e; echo one; false; echo two'; echo $?", "one\n1\n", 0),
        Expected("bash -c 'set -e; if false; then :; fi; false || echo ok; ! true; echo end'", "ok\nend\n", 0),
        Expected("bash -c 'nosuch'", "bash: line 1: nosuch: command not found\n", 127),
        Expected("bash -c 'true; nosuch' zero", "zero: line 1: nosuch: command not found\n", 127),
        Expected("bash -c $'true\\nnosuch'", "bash: line 2: nosuch: command not found\n", 127),
        Expected("bash -c 'x=$(nosuch)'", "bash: line 1: nosuch: command not found\n", 127),
        Expected("bash -c 'nosuch | cat'", "bash: line 1: nosuch: command not found\n", 0),
        Expected("printf 'echo one\\n\\nnosuchcmd arg\\necho two\\n' > s.sh; bash s.sh", "one\ns.sh: line 3: nosuchcmd: command not found\ntwo\n", 0),
        Expected("printf 'f() { nosuch; }\\nf\\n' > s2.sh; bash s2.sh", "s2.sh: line 1: nosuch: command not found\n", 127),
        // A command of one word names its own line, not the next.
        Expected("printf 'nosuch\\necho x\\n' > a.sh; bash a.sh", "a.sh: line 1: nosuch: command not found\nx\n", 0),
        Expected("printf 'echo 1\\nnosuch\\n' > d.sh; bash d.sh", "1\nd.sh: line 2: nosuch: command not found\n", 127),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        let session = makeSession()
        ScriptShellCommand.install(in: session)
        check(expected, in: session)
    }
}
