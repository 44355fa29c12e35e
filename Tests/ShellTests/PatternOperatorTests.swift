import Shell
import Testing

/// `${NAME#PATTERN}`, `${NAME%PATTERN}`, `${NAME/PATTERN/STRING}` and the case operators `^` and `,`, against what bash 5.2 printed for the same lines.
@Suite struct PatternOperatorTests {
    static let cases: [Expected] = [
        Expected("f=app.yaml; echo ${f%.yaml} ${f%.*} ${f#*.} ${f##*.} ${f%%.*}", "app app yaml yaml app\n", 0),
        Expected("p=/a/b/c.tar.gz; echo ${p##*/} ${p%/*} ${p#*/} ${p%%/*}x ${p%.*} ${p%%.*}", "c.tar.gz /a/b a/b/c.tar.gz x /a/b/c.tar /a/b/c\n", 0),
        Expected("img=nginx:1.27; echo ${img#*:} ${img%:*} ${img#nginx} ${img#\"*\"} ${img#\\*} ${img#[a-n]} ${img#?}", "1.27 nginx :1.27 nginx:1.27 nginx:1.27 ginx:1.27 ginx:1.27\n", 0),
        Expected("s='a*b*c'; echo \"${s#*\\*}\" \"${s#*'*'}\" \"${s%\"*\"*}\" ${s##*[*]}", "b*c b*c a*b c\n", 0),
        Expected("x=abc; echo \"${x#'a'}\" \"${x#\"a\"}\" ${x#$u} ${x%} ${x#*} ${x##*}.", "bc bc abc abc abc .\n", 0),
        Expected("x=abc; echo \"${x#\\a}\" \"${x/b/\\\\}\" \"${x/b/\\\\\\\\}\" ${x/b/\\\\}", "bc a\\c a\\\\c a\\c\n", 0),
        Expected("x=aXbXc; echo ${x/X/-} ${x//X/-} ${x/#a/-} ${x/%c/-} ${x/#X/-} ${x//X} ${x/X/} ${x//} ${x/*/Z} ${x//?/.}", "a-bXc a-b-c -XbXc aXbX- aXbXc abc abXc aXbXc Z .....\n", 0),
        Expected("x=abc; echo \"${x//b/\"/\"}\" ${x//b/\\/} \"${x/b/&}\" ${x/#/P} ${x/%/S} \"${x//[ac]/<&>}\"", "a/c a/c abc Pabc abcS <a>b<c>\n", 0),
        Expected("x=abc; echo \"${x/b/\"&\"}\" \"${x/b/\\&}\" ${x/b/\\&} ${x/b/'&'} \"${x/b/'&'}\" ${x/b/&&}; r='<&>'; echo ${x/b/$r} \"${x/b/$r}\"", "a&c a&c a&c a&c a&c abbc\na<b>c a<b>c\n", 0),
        Expected("x='a b'; echo ${x/ /_} \"${x// /}\"; y=; echo \"[${y//*/X}]\" \"[${y/#/X}]\"", "a_b ab\n[X] [X]\n", 0),
        Expected("echo ${x/}; x=ab; echo ${x/} ${x/a}", "\nab b\n", 0),
        Expected("x=ab; echo ${x/a/b/c} \"${x/a/\"b/\"}\" ${x/\"a/\"/z}", "b/cb b/b ab\n", 0),
        Expected("x=a.b.c; echo ${x//./ } | wc -w; echo \"${x//./ }\" | wc -w", "3\n3\n", 0),
        Expected("x=hello; echo ${x^} ${x^^} ${x^^[lo]} ${x^[h]} ${x^[e]}; y=HELLO; echo ${y,} ${y,,} ${y,,[LH]}", "Hello HELLO heLLO Hello hello\nhELLO hello hEllO\n", 0),
        Expected("x='ßtraße éa'; echo ${x^^} ${x^}", "ßTRAßE ÉA ßtraße éa\n", 0),
        Expected("echo ${x#} ${x%%} ${x:-} [${u:+}]", "[]\n", 0),
        Expected("echo ${x^^^}", "\n", 0),
        Expected("x=aaa; echo ${x//a/bb} ${x/%a*/-} ${x/#*a/-} ${x%%a} ${x%a*}", "bbbbbb - - aa aa\n", 0),
        Expected("x=a-b_c; echo ${x//[-_]/.} ${x//[!a-z]} ${x//[^a]/}", "a.b.c abc a\n", 0),
        Expected("a=(Ab CD); echo ${a[@],,} ${a[@]^^[a-c]} ${a[0]^^}", "ab cd AB CD AB\n", 0),
        Expected("x='a*b'; p='\\*'; echo ${x#*$p} ${x#a\"$p\"} \"${x#*$p}\"", "b a*b b\n", 0),
        Expected("touch f1.t f2.t; echo ${u:-*.t} \"${u:-*.t}\" ${u:-\"*\".t}; rm f1.t f2.t", "f1.t f2.t *.t *.t\n", 0),
        Expected("x=\"a/b/c\"; echo ${x//\\//\\\\} ${x%/*}", "a\\b\\c a/b\n", 0),
        Expected("x=$(printf '%0300d' 0); y=${x//0/ab}; z=${x//*0/}; echo ${#y} ${#z} ${x:298}", "600 0 00\n", 0),
        Expected("[[ a == ${u:-\"*\"} ]] && echo y || echo n; [[ a == ${u:-*} ]] && echo y || echo n; case ab in ${u:-\"a*\"}) echo lit;; ${u:-a*}) echo glob;; esac; p=\"a*\"; case ab in ${u:-$p}) echo g2;; esac", "n\ny\nglob\ng2\n", 0),
    ]

    @Test(arguments: cases) func casesMatchBash(_ expected: Expected) {
        check(expected)
    }
}
