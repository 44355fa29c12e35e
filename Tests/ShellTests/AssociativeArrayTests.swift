import Testing

@testable import Shell

/// `declare -A` and the case attributes `-l`/`-u`, against what bash 5.2 printed for the same lines.
@Suite struct AssociativeArrayTests {
    static let cases: [Expected] = [
        // A subscript where an assignment may stand keeps its blanks (bash's `parse_matched_pair`).
        Expected("declare -A m; m[c d]=2; k='e f'; m[$k]=3; echo \"${m[c d]}\" \"${m[e f]}\"", "2 3\n", 0),
        Expected("declare -A n=([p q]=1); n[r s]+=x; declare -p n", "declare -A n=([\"p q\"]=\"1\" [\"r s\"]=\"x\" )\n", 0),
        Expected(
            "declare -A m; m[alpha]=1; m[beta]=2; m[gamma]=3; echo ${m[beta]} ${#m[@]}; echo ${!m[@]}; declare -p m",
            "2 3\nalpha gamma beta\ndeclare -A m=([alpha]=\"1\" [gamma]=\"3\" [beta]=\"2\" )\n", 0),
        Expected(
            "declare -A m=([c]=2 [\"\\$x\"]=3 [d-e]=4 [\"q\\\"r\"]=5 [ü]=6 [\"*\"]=7 [\"@\"]=8 [\"a b\"]=1); declare -p m",
            "declare -A m=([d-e]=\"4\" [\"q\\\"r\"]=\"5\" [\"*\"]=\"7\" [\"@\"]=\"8\" [c]=\"2\" [\"a b\"]=\"1\" [\"\\$x\"]=\"3\" [ü]=\"6\" )\n", 0),
        Expected("declare -A m=([\"a b\"]=1 [c]=2); k=\"a b\"; echo ${m[$k]} ${m[\"a b\"]}; unset \"m[a b]\"; declare -p m", "1 1\ndeclare -A m=([c]=\"2\" )\n", 0),
        Expected("declare -A m; m=(a b c d); declare -p m; declare -A n=(a); declare -p n", "declare -A m=([c]=\"d\" [a]=\"b\" )\ndeclare -A n=([a]=\"\" )\n", 0),
        Expected("declare -A p; p[0]=x; echo $p; p=5; declare -p p", "x\ndeclare -A p=([0]=\"5\" )\n", 0),
        Expected("a=(1); declare -A a", "bash: declare: a: cannot convert indexed to associative array\n", 1),
        Expected("declare -A m=([k]=v); declare -a m", "bash: declare: m: cannot convert associative to indexed array\n", 1),
        Expected("declare -A e=(); declare -p e; s=x; declare -A s; declare -p s; declare -A w; declare -p w", "declare -A e=()\ndeclare -A s=([0]=\"x\" )\ndeclare -A w\n", 0),
        Expected("declare -A c; for n in web db cache web; do c[$n]+=x; done; declare -p c", "declare -A c=([db]=\"x\" [web]=\"xx\" [cache]=\"x\" )\n", 0),
        Expected("declare -Ar r=([z]=1); declare -p r; r[z]=2", "declare -Ar r=([z]=\"1\" )\nbash: r: readonly variable\n", 1),
        Expected("i=2; arr[$i]=x; arr[$i+1]=y; arr[i]+=z; declare -p arr", "declare -a arr=([2]=\"xz\" [3]=\"y\")\n", 0),
        Expected("declare -l x=HeLLo; echo $x; x=ABC; declare -p x", "hello\ndeclare -l x=\"abc\"\n", 0),
        Expected("declare -u y=hello; y+=world; declare -p y", "declare -u y=\"HELLOWORLD\"\n", 0),
        Expected("declare -l z=A; declare -u z; z=b; declare -p z; declare -lu w=Ab; declare -p w", "declare -u z=\"B\"\ndeclare -- w=\"Ab\"\n", 0),
        Expected("declare -u a=(x y); declare -p a; declare -u v; read v <<< abc; echo $v", "declare -au a=([0]=\"X\" [1]=\"Y\")\nABC\n", 0),
        Expected("declare -il n=5; declare -p n; declare -lrx q=A; declare -p q", "declare -il n=\"5\"\ndeclare -rxl q=\"a\"\n", 0),
        Expected("declare -u u=1; declare +u u; u=a; declare -p u; declare -u u2; for u2 in a b; do echo $u2; done", "declare -- u=\"a\"\nA\nB\n", 0),
        Expected("declare -u p; printf -v p %s abc; echo $p; declare -l s=ÄB; echo $s; declare -u t=straße; echo $t", "ABC\näb\nSTRAßE\n", 0),
        Expected("declare -uA um; um[k]=val; declare -p um", "declare -Au um=([k]=\"VAL\" )\n", 0),
        Expected("arr=(a \"b c\"); declare -A m=([k]=v); e=(); set | grep -E '^(arr|m|e)='", "arr=([0]=\"a\" [1]=\"b c\")\ne=()\nm=([k]=\"v\" )\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }

    @Test func hashesAsBashHashString() {
        #expect(BashHashTable.hash("a") == 0x050c_5d7e)
        #expect(BashHashTable.hash("ü") == 0x1676_9fe8)
        #expect(BashHashTable.hash("") == 0x811c_9dc5)
    }

    /// Past 2048 keys the table grows and the keys move, as bash 5.2 listed `k0` to `k2999`.
    @Test func growsAsBashDoes() {
        var table = BashHashTable()
        for n in 0..<3000 { table.set("k\(n)", "1") }
        #expect(table.count == 3000)
        #expect(Array(table.keys.prefix(8)) == ["k1698", "k1699", "k1696", "k1697", "k1694", "k1695", "k1692", "k1693"])
    }
}
