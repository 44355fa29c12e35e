import Shell
import Testing

/// Function definitions and calls: positional parameters, `return`, `local`, `shift`, `FUNCNEST`, against what interactive bash 5.2 printed for the same lines (both streams) and the
/// status it returned.
@Suite struct FunctionTests {
    static let cases: [Expected] = [
        Expected("FUNCNEST=5; f() { echo d; f; }; f; echo \"after $?\"", "d\nd\nd\nd\nd\nbash: f: maximum function nesting level exceeded (5)\n", 1),
        Expected("g() { echo \"$# [$1] [$2] [$@]\"; for a in \"$@\"; do echo \"<$a>\"; done; return 3; echo no; }; g \"x y\" z; echo $?", "2 [x y] [z] [x y z]\n<x y>\n<z>\n3\n", 0),
        Expected("h() { local v=in; echo $v; }; v=out; h; echo $v", "in\nout\n", 0),
        Expected("function kk { echo k; }; kk", "k\n", 0),
        Expected("function k2() ( echo k2 ); k2", "k2\n", 0),
        Expected("f2() echo x", "bash: syntax error near unexpected token `echo'\n", 2),
        Expected("return 2", "bash: return: can only `return' from a function or sourced script\n", 2),
        Expected("echo \"[$1] $#\"", "[] 0\n", 0),
        Expected("sh1() { echo $1; shift; echo $1 $#; }; sh1 a b c", "a\nb 2\n", 0),
        Expected("m() { false; }; m; echo $?", "1\n", 0),
        Expected("r() { return; }; false; r; echo $?", "1\n", 0),
        Expected("w() { while read l; do echo \"w:$l\"; done; }; printf \"1\\n2\\n\" | w", "w:1\nw:2\n", 0),
        Expected("x() { return 1 2; }; x; echo $?", "bash: return: too many arguments\n", 1),
        Expected("y() { return abc; }; y; echo $?", "bash: return: abc: numeric argument required\n2\n", 0),
        Expected("add() { echo $(( $1 + $2 )); }; add 2 3", "5\n", 0),
        Expected("f() { echo f; }; f=1; unset f; f; unset f; f", "f\nbash: f: command not found\n", 127),
        Expected("g() { echo g; }; unset -f g; g", "bash: g: command not found\n", 127),
        Expected("greet() {\n  echo \"hi $1\"\n}\ngreet you", "hi you\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
