import Shell
import Testing

/// `${NAME@Q}` and the other `@` transformations, the operators on `$#`, and the substitutions bash refuses, against what bash 5.2 printed for the same lines.
@Suite struct TransformExpansionTests {
    static let transforms: [Expected] = [
        // `@P` decodes a prompt (bash 5.2: `\u`, `\h`, `\w`, `\$`), then expands it as in double quotes.
        Expected("p='\\u@\\h:\\w\\$ '; echo \"[${p@P}]\"", "[bigred@taroko:~$ ]\n", 0),
        Expected("cd /tmp; p='\\W \\101 $((1+2)) $(echo s) \\\\'; echo \"${p@P}\"", "tmp A 3 s \\\n", 0),
        Expected("a=('\\u' '\\$'); echo \"${a[@]@P}\"", "bigred $\n", 0),
        Expected("x=\"it's a\\\"b\"; echo ${x@Q}; y=; echo \"[${y@Q}]\" \"[${u@Q}]\"; x=$'a\\nb\\tc'; echo ${x@Q}", "'it'\\''s a\"b'\n[''] []\n$'a\\nb\\tc'\n", 0),
        Expected("x='a\\tb\\x41'; echo \"${x@E}\"; x=hello; echo ${x@U} ${x@u} ${x@L} ${x@A}; declare -i n=3; echo ${n@A} ${n@a}", "a\tbA\nHELLO Hello hello x='hello'\ndeclare -i n='3' i\n", 0),
        Expected("a=(1 \"2 3\"); echo ${a[@]@Q} ${a@A}; declare -A m=([k]=v); echo ${m[@]@A} ${m@a}", "'1' '2 3' declare -a a='1'\ndeclare -A m=([k]=\"v\" ) A\n", 0),
        Expected("a=(1 \"2 3\"); echo \"${a[@]@A}\"; echo ${a[@]@a} ${a[1]@A} ${a[@]@K} \"${a[*]@K}\"; declare -A m=([k]=v [j]=w); echo ${m[@]@K} ${m[k]@A}", "declare -a a=([0]=\"1\" [1]=\"2 3\")\na a declare -a a='2 3' 0 \"1\" 1 \"2 3\" 0 \"1\" 1 \"2 3\"\nk \"v\" j \"w\" declare -A m='v'\n", 0),
        Expected("set -- a 'b c'; echo ${@@A} ${@@Q} ${1@A}; echo ${@@a}.", "set -- 'a' 'b c' 'a' 'b c'\n.\n", 0),
        Expected("export x=1; echo ${x@A} ${x@a}; y=1; echo ${y@a}.; echo ${u@A}. ${u@a}.", "declare -x x='1' x\n.\n. .\n", 0),
        Expected("x=$'\\e[1m'; echo \"${x@Q}\"; x=é; echo ${x@Q} ${x@U} ${x@u}", "$'\\E[1m'\n'é' É É\n", 0),
        Expected("x=1; echo ${x@Z}", "bash: ${x@Z}: bad substitution\n", 1),
        Expected("x=1; echo ${x!}", "bash: ${x!}: bad substitution\n", 1),
        Expected("echo ${}; echo after", "bash: ${}: bad substitution\n", 1),
        Expected("x=1; echo ${x@QQ}; echo ${1x}", "bash: ${x@QQ}: bad substitution\n", 1),
        Expected("echo ${x[}; echo ${a[]}", "bash: ${x[}: bad substitution\n", 1),
        Expected("a=(1); echo ${#a[@]:-a}", "bash: ${#a[@]:-a}: bad substitution\n", 1),
        Expected("echo ${#-z}. ${#:-z} ${#=z} ${#?z} ${#+z}.", "0. 0 0 0 z.\n", 0),
        Expected("echo ${#:+z}", "z\n", 0),
        Expected("echo ${#:1}.", ".\n", 0),
        Expected("echo ${##x}.", "0.\n", 0),
        Expected("echo ${#%x}.", "0.\n", 0),
        Expected("echo ${#/x/y}.", "0.\n", 0),
        Expected("echo ${#@Q}.", "'0'.\n", 0),
        Expected("echo ${#^}", "bash: ${#^}: bad substitution\n", 1),
        Expected("echo ${#:?}", "0\n", 0),
        Expected("echo ${#!}", "0\n", 0),
        Expected("echo ${#*}", "0\n", 0),
        Expected("echo ${u@Z} ${u@} ${u@QQ}.; echo after", ".\nafter\n", 0),
        Expected("a=(); echo ${a[@]@Z}.", ".\n", 0),
        Expected("x=abc; r=x; echo ${!r:a b}", "bash: !r: a b: syntax error in expression (error token is \"b\")\n", 1),
        Expected("echo \"${u:?'x'y}\"", "bash: u: xy\n", 1),
        Expected("echo \"${u?a\\b\\$}\"", "bash: u: ab$\n", 1),
        Expected("echo \"${u='x'y}\" \"$u\"", "'x'y 'x'y\n", 0),
        Expected("x=abc; echo ${x:\"1\"} \"${x:'1'}\"", "bash: x: '1': syntax error: operand expected (error token is \"'1'\")\n", 1),
        Expected("set -- aaa b; printf '<%s>' \"${*@K}\" \"${@@K}\"; echo", "<'aaa' 'b'><'aaa'><'b'>\n", 0),
        Expected("printf '<%s>' ${u:[a-c]} \"${u:/}\"; echo", "<>\n", 0),
        Expected("echo ${u@aa}; echo after", "bash: ${u@aa}: bad substitution\n", 1),
        Expected("x=abc; echo ${x:\\*}", "bash: x: \\*: syntax error: operand expected (error token is \"\\*\")\n", 1),
    ]

    @Test(arguments: transforms) func transformsMatchBash(_ expected: Expected) {
        check(expected)
    }
}
