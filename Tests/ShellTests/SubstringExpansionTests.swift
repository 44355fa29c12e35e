import Shell
import Testing

/// `${NAME:OFFSET:LENGTH}` and the operators over arrays and positional parameters, against what bash 5.2 printed for the same lines.
@Suite struct SubstringExpansionTests {
    static let substrings: [Expected] = [
        Expected("x=abcdef; echo ${x:2} ${x:2:2} ${x: -2} ${x:(-2)} ${x: -2:1} ${x:1:-1} ${x:0:0}. ${x:10}. ${x: -10}. ${x:1+1:2*2}", "cdef cd ef ef e bcde . . . cdef\n", 0),
        Expected("x=abcdef; n=2; echo ${x:n} ${x:$n:n} ${x:n:-n}", "cdef cd cd\n", 0),
        Expected("x=abcdef; echo ${x:2:-5}", "bash: -5: substring expression < 0\n", 1),
        Expected("x=abcdef; echo ${x:1:-7}; echo after", "bash: -7: substring expression < 0\n", 1),
        Expected("x=abc; echo ${x:a b}", "bash: x: a b: syntax error in expression (error token is \"b\")\n", 1),
        Expected("x=abc; echo ${x:1/0}", "bash: x: 1/0: division by 0 (error token is \"0\")\n", 1),
        Expected("x=abcdef; echo ${x:1:2:3}", "bash: x: 2:3: syntax error in expression (error token is \":3\")\n", 1),
        Expected("x=abcdef; echo ${x:1?2:3} ${x:(1):2} ${x:\"1\"}", "cdef bc bcdef\n", 0),
        Expected("x=abc; echo ${x:1:0-7}", "bash: 0-7: substring expression < 0\n", 1),
        Expected("x=abc; n=-1; echo ${x:1:n} ${x: n} ${x:0-1}", "b c c\n", 0),
        Expected("echo ${x:}", "bash: ${x:}: bad substitution\n", 1),
        Expected("x=héllo; echo ${x:1:3} ${#x}", "éll 5\n", 0),
    ]

    static let lists: [Expected] = [
        Expected("set -- \"\" \"\"; echo \"[${@:-none}]\" \"[${*:-none}]\"; a=(\"\" \"\"); echo \"[${a[@]:-e}]\" \"[${a[*]:-e}]\"", "[ ] [ ]\n[ ] [ ]\n", 0),
        Expected("a=(app.yaml b.yaml c.txt); echo ${a[@]%.yaml} ${a[*]#?} \"${a[@]/./_}\" ${a[@]^} ${#a[@]}", "app b c.txt pp.yaml .yaml .txt app_yaml b_yaml c_txt App.yaml B.yaml C.txt 3\n", 0),
        Expected("a=(a b c d e); echo ${a[@]:1:2} ${a[@]: -2} ${a[*]:3} \"${a[@]:1}\" ${a[@]:7}. ${a:1}", "b c d e d e b c d e .\n", 0),
        Expected("a=(a b c); echo ${a[@]:1:-1}", "bash: -1: substring expression < 0\n", 1),
        Expected("set -- one two three four; echo ${@:2} ${@:2:2} ${@: -1} ${*:1:1} ${@:0:1}; printf '<%s>' \"${@:3}\"; echo", "two three four two three four one bash\n<three><four>\n", 0),
        Expected("set -- 'a b' c; printf '<%s>' \"${@/a/A}\" \"${*#?}\" ${@%c}; echo", "<A b><c>< b ><a><b>\n", 0),
        Expected("a=([1]=x [5]=y [9]=z); echo ${a[@]:2} ${a[@]:5:1} ${a[@]: -3}", "y z y z\n", 0),
        Expected("a=('x y' z); printf '<%s>' \"${a[@]^^}\" ${a[@]^^} \"${a[*]/ /-}\"; echo", "<X Y><Z><X><Y><Z><x-y z>\n", 0),
        Expected("a=(1 2 3); IFS=,; echo \"${a[*]/#/v}\" \"${a[@]/#/v}\"", "v1,v2,v3 v1 v2 v3\n", 0),
        Expected("files=(a.yaml b.yaml); for f in \"${files[@]%.yaml}\"; do echo \"$f.json\"; done", "a.json\nb.json\n", 0),
        Expected("IFS=:; x='a:b'; echo ${u:-$x} \"${u:-$x}\"; printf '<%s>' ${u:-$x}; echo", "a b a:b\n<a><b>\n", 0),
        Expected("set -- a b c; IFS=-; echo \"${*:2}\" \"${@:2}\" ${*:2}", "b-c b c b c\n", 0),
        Expected("x=abc; echo ${x:-a:b} ${u:-a:b} ${x:+a:b} ${x/b/c/d/e}", "abc a:b a:b ac/d/ec\n", 0),
        Expected("set -- \"a b\" c; printf \"<%s>\" ${1+\"$@\"}; echo; printf \"<%s>\" ${u-\"$@\"}; echo; printf \"<%s>\" ${u-\"x$@y\"}; echo; printf \"<%s>\" \"${u-$@}\" \"${u:+$@}\" \"x${u-$@}y\"; echo", "<a b><c>\n<a b><c>\n<xa b><cy>\n<a b><c><><xa b><cy>\n", 0),
        Expected("set --; printf \"<%s>\" ${1+\"$@\"} ${u-\"$@\"} \"${u-$@}\"; echo", "<>\n", 0),
        Expected("a=(1 \"2 3\"); printf \"<%s>\" ${u:-\"${a[@]}\"} ${u:-\"${a[@]/#/-}\"} \"${u:-${a[@]}}\" \"${u:-${a[*]}}\"; echo", "<1><2 3><-1><-2 3><1><2 3><1 2 3>\n", 0),
    ]

    @Test(arguments: substrings) func substringsMatchBash(_ expected: Expected) {
        check(expected)
    }

    @Test(arguments: lists) func listsMatchBash(_ expected: Expected) {
        check(expected)
    }
}
