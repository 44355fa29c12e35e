import Shell
import Testing

/// `declare -n` and `local -n`: name references, against what bash 5.2 printed for the same lines.
@Suite struct NameReferenceTests {
    static let cases: [Expected] = [
        Expected("x=1; declare -n r=x; echo $r; r=2; echo $x; declare -p r x", "1\n2\ndeclare -n r=\"x\"\ndeclare -- x=\"2\"\n", 0),
        Expected("declare -n r=arr; arr=(a b); echo ${r[1]} ${#r[@]}; r+=(c); declare -p arr", "b 2\ndeclare -a arr=([0]=\"a\" [1]=\"b\" [2]=\"c\")\n", 0),
        Expected("f(){ local -n out=$1; out=done; }; f result; echo $result", "done\n", 0),
        Expected("declare -n r=x; unset r; declare -p r x", "declare -n r=\"x\"\nbash: declare: x: not found\n", 1),
        Expected("x=1; declare -n r=x; unset -n r; declare -p r x", "bash: declare: r: not found\ndeclare -- x=\"1\"\n", 1),
        Expected("declare -n r; r=x; declare -p r", "declare -n r=\"x\"\n", 0),
        Expected("declare -n r=1bad", "bash: declare: `1bad': invalid variable name for name reference\n", 1),
        Expected("declare -n r=r", "bash: declare: r: nameref variable self references not allowed\n", 1),
        Expected("declare -n r=y; r=5; declare -p y r", "declare -- y=\"5\"\ndeclare -n r=\"y\"\n", 0),
        Expected("declare -A m; declare -n r=m; r[k]=v; declare -p m", "declare -A m=([k]=\"v\" )\n", 0),
        Expected("x=5; declare -n r=x; declare -n q=r; echo $q; q=7; echo $x", "5\n7\n", 0),
        Expected("declare -n r=x; declare +n r; declare -p r", "declare -- r=\"x\"\n", 0),
        Expected("declare -n r=x; read r <<< hi; echo $x; printf -v r %s yo; echo $x", "hi\nyo\n", 0),
        Expected("declare -n r=x; x=(p q); for v in \"${r[@]}\"; do echo $v; done; echo ${!r[@]}", "p\nq\n0 1\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
