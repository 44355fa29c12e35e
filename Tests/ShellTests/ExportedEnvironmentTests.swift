import Testing

@testable import Shell

/// What programs the shell starts see: the exported variables alone, as bash 5.2 hands them on.
@Suite struct ExportedEnvironmentTests {
    static let cases: [Expected] = [
        Expected("FOO=1; bash -c 'echo \"[$FOO]\"'; export FOO; bash -c 'echo \"[$FOO]\"'", "[]\n[1]\n", 0),
        Expected("FOO=1; printenv FOO; echo $?; env | grep -c ^FOO=", "1\n0\n", 1),
        Expected("FOO=2 env | grep ^FOO=; echo \"[$FOO]\"", "FOO=2\n[]\n", 0),
        Expected("export FOO=1; export -n FOO; sh -c 'echo \"[$FOO]\"'; declare -p FOO", "[]\ndeclare -- FOO=\"1\"\n", 0),
        Expected("declare -x BAR=3; printenv BAR; declare +x BAR; printenv BAR", "3\n", 1),
        Expected("export Y=1; Y=2 printenv Y; printenv Y", "2\n1\n", 0),
        Expected("Z=5; f() { printenv Z; }; Z=6 f; echo \"[$Z]\"; f", "6\n[5]\n", 1),
        Expected("export W; printenv W; echo $?; W=1; printenv W", "1\n1\n", 0),
        Expected("A=1; env -i A=2 printenv A; env -i printenv A", "2\n", 1),
        Expected("V=1; awk 'BEGIN { print \"[\" ENVIRON[\"V\"] \"]\" }'; export V; awk 'BEGIN { print ENVIRON[\"V\"] }'", "[]\n1\n", 0),
        Expected("(export SUB=1; printenv SUB); printenv SUB", "1\n", 1),
        Expected("f() { echo in-f; }; bash -c 'f'", "bash: line 1: f: command not found\n", 127),
        Expected("arr=(1 2); export arr; bash -c 'echo \"[${arr[@]}]\"'; env | grep -c ^arr=", "[]\n0\n", 1),
        Expected("declare -i I=5; export I; bash -c 'I=2+3; echo $I'", "2+3\n", 0),
        Expected("G=1 bash -c 'G2=2; export G3=3; echo $G $G2 $G3'; echo \"[$G$G2$G3]\"", "1 2 3\n[]\n", 0),
        Expected(
            "f(){ echo in-f; }; export -f f; bash -c f; export -f; export -nf f; bash -c f; echo $?; export -f nosuch; echo $?; g(){ :; }; export -f g; unset -f g; bash -c g",
            "in-f\nf () \n{ \n    echo in-f\n}\ndeclare -fx f\nbash: line 1: f: command not found\n127\nbash: export: nosuch: not a function\n1\nbash: line 1: g: command not found\n",
            127),
        Expected("alias ll=\"echo listed\"\nbash -c ll; ll", "bash: line 1: ll: command not found\nlisted\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        let session = makeSession()
        ScriptShellCommand.install(in: session)
        check(expected, in: session)
    }
}
