import Shell
import Testing

/// `${NAME-WORD}`, `${NAME=WORD}`, `${NAME?WORD}`, `${NAME+WORD}` (with and without `:`) and `set -u`, against what bash 5.2 printed for the same lines.
@Suite struct ParameterDefaultTests {
    static let defaults: [Expected] = [
        // A bad substitution names the string bash was expanding: the word, its double-quoted
        // part, an operator's word, a here-document's body.
        Expected("echo 'q'a${g h}b", "bash: 'q'a${g h}b: bad substitution\n", 1),
        Expected("echo x\"a${g h}b\"c", "bash: a${g h}b: bad substitution\n", 1),
        Expected("echo \"${x:-${g h}}\"", "bash: ${g h}: bad substitution\n", 1),
        Expected("cat <<E\nx ${a b} y\nz\nE", "bash: x ${a b} y\nz\n: bad substitution\n", 1),
        Expected("x=; echo \"[${x-a}] [${x:-a}] [${u-a}] [${u:-a}]\"", "[] [a] [a] [a]\n", 0),
        Expected("x=v; echo \"[${x+a}] [${x:+a}] [${u+a}] [${u:+a}]\"; y=; echo \"[${y+a}] [${y:+a}]\"", "[a] [a] [] []\n[a] []\n", 0),
        Expected("echo ${u=1} $u; y=; echo \"[${y=2}]\" \"[${y:=3}]\" $y", "1 1\n[] [3] 3\n", 0),
        Expected("printf '<%s>' ${u:-a   b}; echo; printf '<%s>' \"${u:-a   b}\"; echo; printf '<%s>' ${u:-\"a   b\"}; echo", "<a><b>\n<a   b>\n<a   b>\n", 0),
        Expected("printf '<%s>' \"${u:-'a'}\" ${u:-'a  b'}; echo", "<'a'><a  b>\n", 0),
        Expected("echo ${u:-$(echo hi)} ${x:-$(echo no >&2)}; x=1; echo ${x:-$(echo no >&2)}", "no\nhi\n1\n", 0),
        Expected("echo ${u:-${v:-deep}} \"${u:-\"${v:-deep q}\"}\"", "deep deep q\n", 0),
        Expected("echo ${u:-~} \"${u:-~}\" ${u:-~/x}", "/home/bigred ~ /home/bigred/x\n", 0),
        Expected("echo ${u?}; echo after", "bash: u: parameter not set\n", 1),
        Expected("echo ${u:?custom msg $HOME}; echo after", "bash: u: custom msg /home/bigred\n", 1),
        Expected("x=; echo ${x?}; echo \"[${x?}]\"; echo ${x:?}", "\n[]\nbash: x: parameter null or not set\n", 1),
        Expected("echo ${1:-one} ${#:-z}", "one 0\n", 0),
        Expected("set -- a \"\" c; echo \"${@:-none}\" ${*:-none}; set --; echo ${@:-none}; set -- \"\"; echo \"[${@:-none}]\" \"[${*:-none}]\" \"[${@-none}]\"", "a  c a c\nnone\n[none] [none] []\n", 0),
        Expected("a=(); echo ${a[@]:-empty}; a=(\"\"); echo \"[${a[@]:-empty}]\" \"[${a[@]-empty}]\"; a=(x y); echo ${a[@]:-empty} ${a[1]:-no} ${a[5]:-no}", "empty\n[empty] []\nx y y no\n", 0),
        Expected("x=1; echo ${x:=2} ${#x:-2}", "bash: ${#x:-2}: bad substitution\n", 1),
        Expected("echo ${a[@]:=x}", "bash: a[@]: bad array subscript\n", 1),
        Expected("echo ${1:=x}", "bash: $1: cannot assign in this way\n", 1),
        Expected("echo ${@:=x}", "bash: $@: cannot assign in this way\n", 1),
        Expected("printf '<%s>' ${u:=a   b} \"$u\"; echo; printf '<%s>' ${v:=\"a   b\"}; echo", "<a><b><a   b>\n<a><b>\n", 0),
        Expected("a=(x); echo ${a[1]:?}; echo after", "bash: a[1]: parameter null or not set\n", 1),
        Expected("echo ${1:?}; echo ${@:?}", "bash: 1: parameter null or not set\n", 1),
        Expected("a=(); echo ${a[@]:?}", "bash: a[@]: parameter null or not set\n", 1),
        Expected("echo ${a[3]:=z} ${a[3]}; declare -u w; echo ${w:=abc} $w", "z z\nABC ABC\n", 0),
        Expected("echo ${x:-{a}} ${x:-a{b}c}", "{a} a{bc}\n", 0),
        Expected("echo \"${x:-it's}\"", "bash: unexpected EOF while looking for matching `''\n", 2),
        Expected("echo ${x:-\\}} \"${x:-\\}}\" \"${x:-a\\b}\" ${x:-a\\b} \"${x:-\\\"}\" \"${x:-\\$HOME}\"", "} } a\\b ab \" $HOME\n", 0),
        Expected("x=abc; echo ${x:-a}b}", "abcb}\n", 0),
        Expected("x=y; y=val; echo ${!x:-d} ${!x#v} ${!u:-d}", "bash: u: invalid indirect expansion\n", 1),
        Expected("x=y; echo ${!x:-d} ${!x:+alt}", "d\n", 0),
        Expected("NS=${NS:-default}; echo \"namespace: $NS\"", "namespace: default\n", 0),
        Expected(": ${REPLICAS:=3}; echo $REPLICAS", "3\n", 0),
        Expected("declare -n r=x; x=abc; echo ${r#a} ${r:-d} ${!r:-d} ${r@A}", "bc abc x x='abc'\n", 0),
        Expected("readonly ro=1; echo ${ro:=2}; unset q; readonly q; echo ${q:=3}; echo after", "1\nbash: q: readonly variable\n", 1),
        Expected("x=a1b22c; echo ${x//[[:digit:]]/} ${x//[0-9]/#} ${x,,[[:upper:]]} ${x^^[[:alpha:]]}", "abc a#b##c a1b22c A1B22C\n", 0),
        Expected("declare -A m=([k]=v [j]=w); k=k; echo ${m[k]:-d} ${m[z]:-d} ${m[$k]#v}x; echo ${m[n]:=new} ${m[n]}", "v d x\nnew new\n", 0),
        Expected("echo \"${u:-$'a\\tb'}\" ${u:-$'c\\td'} \"${u#$'\\t'}\"", "a\tb c\td \n", 0),
        Expected("a=(1 2 3); echo ${a[1+1]:-d} ${a[5]:=five} ${a[5]}", "3 five five\n", 0),
        Expected("f() { local name=${1:?usage: f NAME}; echo \"hi $name\"; }; f; echo after", "bash: 1: usage: f NAME\n", 1),
        Expected("f() { local name=${1:?usage: f NAME}; echo \"hi $name\"; }; f bob", "hi bob\n", 0),
        Expected("x=abc; echo ${x:-`echo hi`} ${u:-`echo hi`}; echo ${PATH+set} ${HOME:+home} ${1+one}.", "abc hi\nset home .\n", 0),
        Expected("x=abc; echo ${x/?/} ${x/%?/} ${x//?} ${x/[!a]/Z}", "bc ab aZc\n", 0),
    ]

    static let unset: [Expected] = [
        Expected("set -u; echo ${u:-ok} ${u-ok} ${u+alt}.; echo ${u#a}", "ok ok .\nbash: u: unbound variable\n", 1),
        Expected("set -u; echo ${u@Q}", "bash: u: unbound variable\n", 1),
        Expected("set -u; echo ${@:1}; set -- a; echo ${@:2} ${a[@]#x}.", "\n.\n", 0),
        Expected("set -u; x=1; echo ${!x}", "bash: !x: unbound variable\n", 1),
        Expected("set -u; echo ${u:1}; echo after", "bash: u: unbound variable\n", 1),
        Expected("set -u; echo ${u/a/b}", "bash: u: unbound variable\n", 1),
        Expected("set -u; [[ $u == x ]]; echo after $?", "bash: u: unbound variable\n", 1),
        Expected("set -u; [[ ${u#a} == x ]]; echo after $?", "bash: u: unbound variable\n", 1),
        Expected("[[ ${u:?no} == x ]]; echo after $?", "bash: u: no\n", 1),
        Expected("set -u; for i in $u; do echo $i; done; echo after", "bash: u: unbound variable\n", 1),
        Expected("set -u; x=$u; echo after", "bash: u: unbound variable\n", 1),
        Expected("set -u; echo $!", "bash: $!: unbound variable\n", 1),
        Expected("set -u; echo $(( u + 1 ))", "bash: u: unbound variable\n", 1),
        Expected("set -u; f() { echo \"$1\"; }; f; echo after", "bash: $1: unbound variable\n", 1),
        Expected("set -u; (( u + 1 )); echo after $?", "bash: u: unbound variable\n", 1),
        Expected("set -u; echo $(( u + 1 )); echo after $?", "bash: u: unbound variable\n", 1),
        Expected("set -u; (( u = 1 )); echo $u", "1\n", 0),
        Expected("set -u; echo $1; echo ${#1}", "bash: $1: unbound variable\n", 1),
        Expected("set -u; echo $# $? $- $0 >/dev/null; echo ok", "ok\n", 0),
    ]

    @Test(arguments: defaults) func defaultsMatchBash(_ expected: Expected) {
        check(expected)
    }

    @Test(arguments: unset) func unsetMatchBash(_ expected: Expected) {
        check(expected)
    }
}
