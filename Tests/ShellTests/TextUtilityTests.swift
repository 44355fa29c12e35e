import Testing

/// cut, base64, xargs, seq, basename and dirname, compared with GNU coreutils 9.1 / findutils 4.9
/// on the same files.
@Suite struct TextUtilityTests {
    static let cut: [Expected] = [
        Expected("cut -d' ' -f2 pairs.txt", "2\n10\n1\n2\n", 0),
        Expected("cut -c1-3 greek.txt | head -3", "alp\nbet\ngam\n", 0),
        Expected("cut -c2- two.txt", " b\n", 0),
        Expected("cut -f1 unicode.txt", "中文 é\n", 0),
        Expected("cut -f2 unicode.txt", "tab\n", 0),
        Expected("cut -d: -f1,3 <<< 'a:b:c:d'", "a:c\n", 0),
        Expected("cut -s -d: -f2 two.txt", "", 0),
        Expected(
            "cut pairs.txt",
            "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 1),
        Expected("cut -f0 pairs.txt", "cut: fields are numbered from 1\nTry 'cut --help' for more information.\n", 1),
        Expected(
            "cut -d ab -f1 pairs.txt",
            "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n", 1),
        Expected("cut -f3-1 pairs.txt", "cut: invalid decreasing range\nTry 'cut --help' for more information.\n", 1),
        Expected("cut -f1 nofile", "cut: nofile: No such file or directory\n", 1),
        Expected(
            "cut -c1 -f2 pairs.txt", "cut: only one list may be specified\nTry 'cut --help' for more information.\n", 1),
        Expected("cut -d' ' -f2 --output-delimiter=, pairs.txt", "2\n10\n1\n2\n", 0),
    ]
    static let base64: [Expected] = [
        Expected("base64 two.txt", "YSBiCg==\n", 0),
        Expected(
            "base64 greek.txt",
            "YWxwaGEKYmV0YQpnYW1tYQpkZWx0YQplcHNpbG9uCnpldGEKZXRhCnRoZXRhCmlvdGEKa2FwcGEK\nbGFtYmRhCm11Cg==\n", 0),
        Expected("printf '' | base64", "", 0),
        Expected("printf 'YSBiCg==' | base64 -d", "a b\n", 0),
        Expected("echo 'YSBi' | base64 -d", "a b", 0),
        Expected("echo 'YSB' | base64 -d", "a base64: invalid input\n", 1),
        Expected("echo '@@' | base64 -d", "base64: invalid input\n", 1),
        Expected("base64 -w0 two.txt", "YSBiCg==", 0),
        Expected(
            "base64 -w 8 greek.txt",
            "YWxwaGEK\nYmV0YQpn\nYW1tYQpk\nZWx0YQpl\ncHNpbG9u\nCnpldGEK\nZXRhCnRo\nZXRhCmlv\ndGEKa2Fw\ncGEKbGFt\nYmRhCm11\nCg==\n",
            0),
        Expected("base64 nofile", "base64: nofile: No such file or directory\n", 1),
        Expected("base64 a b", "base64: extra operand ‘b’\nTry 'base64 --help' for more information.\n", 1),
    ]
    static let xargs: [Expected] = [
        Expected("printf 'a\\nb c\\n' | xargs", "a b c\n", 0),
        Expected("printf 'a\\nb c\\n' | xargs -n 1 echo X", "X a\nX b\nX c\n", 0),
        Expected("printf 'a\\nb c\\n' | xargs -I{} echo '<{}>'", "<a>\n<b c>\n", 0),
        Expected("printf '' | xargs echo hi", "hi\n", 0),
        Expected("printf '' | xargs -r echo hi", "", 0),
        Expected("echo 'a \"b c\" d' | xargs -n1", "a\nb c\nd\n", 0),
        Expected(
            "echo \"it's\" | xargs",
            "xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n", 1),
        Expected("echo a | xargs nosuch", "xargs: nosuch: No such file or directory\n", 127),
        Expected("echo a | xargs false", "", 123),
        Expected("printf 'greek.txt\\ntwo.txt\\n' | xargs wc -l", "12 greek.txt\n 1 two.txt\n13 total\n", 0),
        Expected("echo a b | xargs -t echo", "echo a b\na b\n", 0),
    ]
    static let seq: [Expected] = [
        Expected("seq 3", "1\n2\n3\n", 0),
        Expected("seq 2 4", "2\n3\n4\n", 0),
        Expected("seq 1 2 7", "1\n3\n5\n7\n", 0),
        Expected("seq 5 -2 1", "5\n3\n1\n", 0),
        Expected("seq 1.5 3", "1.5\n2.5\n", 0),
        Expected("seq 0 0.5 2", "0.0\n0.5\n1.0\n1.5\n2.0\n", 0),
        Expected("seq -w 8 10", "08\n09\n10\n", 0),
        Expected("seq -s, 3", "1,2,3\n", 0),
        Expected("seq", "seq: missing operand\nTry 'seq --help' for more information.\n", 1),
        Expected("seq x", "seq: invalid floating point argument: ‘x’\nTry 'seq --help' for more information.\n", 1),
        Expected("seq 1 0 3", "seq: invalid Zero increment value: ‘0’\nTry 'seq --help' for more information.\n", 1),
    ]
    static let pathnames: [Expected] = [
        Expected("basename /a/b/c.yaml", "c.yaml\n", 0),
        Expected("basename /a/b/c.yaml .yaml", "c\n", 0),
        Expected("basename /a/b/", "b\n", 0),
        Expected("basename /", "/\n", 0),
        Expected("basename c.yaml c.yaml", "c.yaml\n", 0),
        Expected("basename -a x/y z/w", "y\nw\n", 0),
        Expected("basename", "basename: missing operand\nTry 'basename --help' for more information.\n", 1),
        Expected("dirname /a/b/c", "/a/b\n", 0),
        Expected("dirname a", ".\n", 0),
        Expected("dirname /a/b/", "/a\n", 0),
        Expected("dirname /", "/\n", 0),
        Expected("dirname a/b c/d", "a\nc\n", 0),
        Expected("dirname", "dirname: missing operand\nTry 'dirname --help' for more information.\n", 1),
    ]

    @Test(arguments: cut + base64 + xargs + seq + pathnames)
    func matchesCoreutils(_ expected: Expected) { check(expected) }
}
