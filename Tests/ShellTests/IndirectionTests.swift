import Shell
import Testing

/// `${!NAME}` and `${!PREFIX@}`: indirection, against what bash 5.2 printed for the same lines.
@Suite struct IndirectionTests {
    static let cases: [Expected] = [
        Expected("x=y; y=5; echo ${!x}", "5\n", 0),
        Expected("declare -n r=x; x=3; echo ${!r}", "x\n", 0),
        Expected("a=(1 2); i=\"a[1]\"; echo ${!i}", "2\n", 0),
        Expected("echo \"[${!nothing}]\"; echo after", "bash: nothing: invalid indirect expansion\n", 1),
        Expected("x=; echo \"[${!x}]\"; echo after", "bash: : invalid variable name\n", 1),
        Expected("x=1bad; echo ${!x}; echo after", "bash: 1bad: invalid variable name\n", 1),
        Expected("x=1; echo \"[${!x}]\"", "[]\n", 0),
        Expected("x=\"a b\"; echo ${!x}", "bash: a b: invalid variable name\n", 1),
        Expected("KUBE_A=1; KUBE_B=2; echo ${!KUBE*}; for v in \"${!KUBE@}\"; do echo $v; done; echo \"${!KUBE*}\"", "KUBE_A KUBE_B\nKUBE_A\nKUBE_B\nKUBE_A KUBE_B\n", 0),
        Expected("x=y; echo ${#!x}", "bash: ${#!x}: bad substitution\n", 1),
        Expected("f() { echo ${!1} ${!1:-none} ${!2:-none}; }; x=5; f x y", "5 5 none\n", 0),
        Expected("set -- a b; echo ${!#}; echo ${!@}", "b\nbash: a b: invalid variable name\n", 1),
        Expected("echo ${#@} ${#*}; set -- a b; echo ${#@} ${#*}", "0 0\n2 2\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
