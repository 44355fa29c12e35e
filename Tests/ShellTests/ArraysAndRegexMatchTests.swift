import Shell
import Testing

/// Indexed arrays, `+=`, `[[ =~ ]]` with `BASH_REMATCH`, and `$RANDOM` from a seed, against what interactive bash 5.2 printed for the same lines (both streams) and the
/// status it returned.
@Suite struct ArraysAndRegexMatchTests {
    static let cases: [Expected] = [
        Expected("x=\"pod/web-7d9 ok\"; if [[ $x =~ ^pod/([a-z]+)-([0-9a-z]+) ]]; then echo \"${BASH_REMATCH[0]}|${BASH_REMATCH[1]}|${BASH_REMATCH[2]}|$BASH_REMATCH|${#BASH_REMATCH[@]}\"; fi", "pod/web-7d9|web|7d9|pod/web-7d9|3\n", 0),
        Expected("[[ abc =~ x ]]; echo \"$? [${#BASH_REMATCH[@]}]\"", "1 [0]\n", 0),
        Expected("[[ ab =~ (a)(z)?b ]]; echo \"${#BASH_REMATCH[@]} [${BASH_REMATCH[2]}]\"", "3 []\n", 0),
        Expected("[[ a =~ \"(\" ]]", "", 1),
        Expected("[[ \"a.c\" =~ ^a\".\"c$ ]]; echo $?; [[ \"abc\" =~ ^a\".\"c$ ]]; echo $?", "0\n1\n", 0),
        Expected("[[ ab =~ a|x ]] && [[ ab =~ (a|x)b ]] && [[ \"a b\" =~ (a b) ]] && echo all", "all\n", 0),
        Expected("[[ x =~ [ ]]; echo \"$? ${#BASH_REMATCH[@]}\"", "2 0\n", 0),
        Expected("a=(x \"y z\" w); echo ${a[1]} ${#a[@]} ${a[-1]} \"[${a[5]}]\"", "y z 3 w []\n", 0),
        Expected("a=(x \"y z\" w); for i in \"${a[@]}\"; do echo \"<$i>\"; done; echo \"${a[*]}\"", "<x>\n<y z>\n<w>\nx y z w\n", 0),
        Expected("a=(x y); a[4]=q; echo ${#a[@]} \"${a[@]}\"; echo $a", "3 x y q\nx\n", 0),
        Expected("b=(); echo ${#b[@]}", "0\n", 0),
        Expected("a=(one two); echo ${#a[1]}", "3\n", 0),
        Expected("i=0; n[i+2]=two; echo \"${#n[@]} ${n[2]}\"", "1 two\n", 0),
        Expected("a=1 b=$a; echo $b", "1\n", 0),
        Expected("c=(1 2\n3); echo ${c[@]}; unset c; echo \"[${c[@]}]\"", "1 2 3\n[]\n", 0),
        Expected("x=a; x+=b; echo $x", "ab\n", 0),
        Expected("a=(1 2); a+=(3 \"4 5\"); echo ${#a[@]} ${a[3]}", "4 4 5\n", 0),
        Expected("a=(1 2); a[1]+=x; a+=y; echo ${a[@]}", "1y 2x\n", 0),
        Expected("s=one; s+=(two); echo ${s[@]} ${#s[@]}", "one two 2\n", 0),
        Expected("u+=z; echo $u", "z\n", 0),
        Expected("a=(p); a[5]=q; a+=(r); echo ${a[6]}", "r\n", 0),
        Expected("RANDOM=42; echo $RANDOM $RANDOM $RANDOM", "17772 26794 1435\n", 0),
        Expected("RANDOM=7; echo $((RANDOM % 6)) $((RANDOM % 6))", "0 4\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
