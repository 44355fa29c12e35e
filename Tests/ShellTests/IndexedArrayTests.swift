import Shell
import Testing

/// Indexed arrays' compound assignments, indices, element unsetting and declarations, as bash 5.2 prints them.
@Suite struct IndexedArrayTests {
    static let cases: [Expected] = [
        // Arithmetic reads and sets elements (`a[b[1]]`), as bash 5.2 does.
        Expected("a=(10 20 30); b=(0 2); echo ${a[b[1]]} ${a[b[0]+1]} $((a[1] + b[1]))", "30 20 22\n", 0),
        Expected("a=(10); (( a[0] += 5, b[3] = 7 )); echo ${a[0]} ${b[3]}", "15 7\n", 0),
        // With `$IFS` null an unquoted list keeps its elements as fields; after `#` or `%` bash
        // joins an array's with spaces.
        Expected("IFS=; a=(xa xb ya); printf '<%s>' ${a[*]} ${a[@]/x/z}; echo", "<xa><xb><ya><za><zb><ya>\n", 0),
        Expected("IFS=; a=(xa xb ya); printf '<%s>' ${a[*]#x} ${a[@]%a}; echo", "<a b ya><x xb y>\n", 0),
        Expected("IFS=; set -- xa xb; printf '<%s>' ${*#x} \"${*#x}\"; echo", "<a><b><ab>\n", 0),
        Expected("arr=(a b c); arr+=(d); arr[5]=x; echo ${!arr[@]}; echo \"${!arr[*]}\"; echo ${#arr[@]}", "0 1 2 3 5\n0 1 2 3 5\n5\n", 0),
        Expected("arr=(a b c); IFS=,; echo \"${arr[*]}\"; echo ${arr[*]}", "a,b,c\na b c\n", 0),
        Expected("arr=(a b c); echo \"x${arr[@]}y\"", "xa b cy\n", 0),
        Expected("arr=(a b c); unset 'arr[1]'; declare -p arr; echo ${#arr[@]}", "declare -a arr=([0]=\"a\" [2]=\"c\")\n2\n", 0),
        Expected("declare -a arr=(a \"b c\"); declare -p arr", "declare -a arr=([0]=\"a\" [1]=\"b c\")\n", 0),
        Expected("declare -a arr=([2]=x [5]=y z); declare -p arr", "declare -a arr=([2]=\"x\" [5]=\"y\" [6]=\"z\")\n", 0),
        Expected("i=3; arr=([i]=a [$i+1]=b); declare -p arr", "declare -a arr=([3]=\"a\" [4]=\"b\")\n", 0),
        Expected("arr=(); declare -p arr; echo ${#arr[@]}", "declare -a arr=()\n0\n", 0),
        Expected("declare -a e; declare -p e; e=5; declare -p e", "declare -a e\ndeclare -a e=([0]=\"5\")\n", 0),
        Expected("arr=(a b c); unset 'arr[@]'; declare -p arr", "declare -a arr=()\n", 0),
        Expected("declare -ai n=(1+1 2*3); declare -p n", "declare -ai n=([0]=\"2\" [1]=\"6\")\n", 0),
        Expected("x=5; echo ${!x[@]}; echo \"[${!nothing[@]}]\"", "0\n[]\n", 0),
        Expected("arr=(a b); arr+=([5]=z); declare -p arr", "declare -a arr=([0]=\"a\" [1]=\"b\" [5]=\"z\")\n", 0),
        Expected("declare s=ab; declare s+=cd; echo $s; declare -i k=5; declare k+=3; echo $k", "abcd\n8\n", 0),
        Expected("f() { local -a l=(1 2); declare -p l; }; f", "declare -a l=([0]=\"1\" [1]=\"2\")\n", 0),
        Expected("arr=(a b c); unset 'arr[-1]'; declare -p arr", "declare -a arr=([0]=\"a\" [1]=\"b\")\n", 0),
        Expected("arr=(a b c); unset 'arr[-5]'", "bash: unset: [-5]: bad array subscript\n", 1),
        Expected("readonly r=(1 2); declare -p r", "declare -ar r=([0]=\"1\" [1]=\"2\")\n", 0),
        Expected("export ex=(1 2); declare -p ex", "declare -ax ex=([0]=\"1\" [1]=\"2\")\n", 0),
        Expected("readonly -z", "bash: readonly: -z: invalid option\nreadonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p\n", 2),
        Expected("x=1; f() { local x; echo \"[$x]\"; declare -p x; }; f; echo $x", "[]\ndeclare -- x\n1\n", 0),
        // A function's locals, of any kind, go when it returns.
        Expected("f(){ local -a l=(1 2); local -A m=([k]=v); local -u s=x; }; f; declare -p l m s", "bash: declare: l: not found\nbash: declare: m: not found\nbash: declare: s: not found\n", 1),
        Expected("a=(x y); f(){ local a=1; echo \"$a ${#a[@]}\"; }; f; declare -p a", "1 1\ndeclare -a a=([0]=\"x\" [1]=\"y\")\n", 0),
        Expected("a=(x y); f(){ local -a a; a[3]=z; declare -p a; }; f; declare -p a", "declare -a a=([3]=\"z\")\ndeclare -a a=([0]=\"x\" [1]=\"y\")\n", 0),
        Expected("s=outer; f(){ local -u s=in; declare -p s; }; f; declare -p s", "declare -u s=\"IN\"\ndeclare -- s=\"outer\"\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
