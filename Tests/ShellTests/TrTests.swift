import Testing

/// `tr`: byte translation, deletion and squeezing, compared with what GNU coreutils 9.1 prints on the same files.
@Suite struct TrTests {
    static let cases: [Expected] = [
        Expected("echo hello | tr a-z A-Z", "HELLO\n", 0),
        // Bytes that are not UTF-8 are bytes like any other (checked with GNU tr).
        Expected("printf 'a\\xffb' | tr -d '\\377' | wc -c", "2\n", 0),
        Expected("printf '\\xff\\xfe' | tr '\\377\\376' AB", "AB", 0),
        Expected("printf ab | tr a '\\200' | base64", "gGI=\n", 0),
        Expected("printf '\\303\\251' | tr '\\303' X | base64", "WKk=\n", 0),
        Expected("printf '\\xff\\xff\\xffz' | tr -s '\\377' | base64", "/3o=\n", 0),
        Expected("echo hello | tr -d l", "heo\n", 0),
        Expected("echo 'a  b   c' | tr -s ' '", "a b c\n", 0),
        Expected("echo hello | tr -s l", "helo\n", 0),
        Expected("echo hello | tr el x", "hxxxo\n", 0),
        Expected("echo hello | tr '[:lower:]' '[:upper:]'", "HELLO\n", 0),
        Expected("echo hello | tr -c a-z x", "hellox", 0),
        Expected("echo hello | tr -cd l", "ll", 0),
        Expected("echo hello | tr -C l x", "xxllxx", 0),
        Expected("echo 'a b' | tr ' ' '\\n'", "a\nb\n", 0),
        Expected("echo hello | tr -s a-z A-Z", "HELO\n", 0),
        Expected("echo hello | tr '[:upper:]' a", "hello\n", 0),
        Expected("echo héllo | tr é e", "heello\n", 0),
        Expected("echo hello | tr -ds l o", "heo\n", 0),
        Expected("echo hello | tr 'l[x*3]' abc", "heaao\n", 0),
        Expected("echo 'a\\b' | tr '\\\\' '\\n'", "a\nb\n", 0),
        Expected("echo hello | tr a-z A-C", "CCCCC\n", 0),
        Expected("echo hello | tr -t a-z A-C", "hello\n", 0),
        Expected("echo hello | tr '[:alpha:]' '[x*]'", "xxxxx\n", 0),
        Expected("echo a1b2 | tr -d '[:digit:]'", "ab\n", 0),
        Expected("echo abc | tr '\\141' x", "xbc\n", 0),
        Expected("echo 'hello world' | tr -s '[:space:]' '\\n'", "hello\nworld\n", 0),
        Expected(
            "tr a-z A-Z < greek.txt", "ALPHA\nBETA\nGAMMA\nDELTA\nEPSILON\nZETA\nETA\nTHETA\nIOTA\nKAPPA\nLAMBDA\nMU\n",
            0),
        Expected(
            "echo hello | tr x",
            "tr: missing operand after ‘x’\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n",
            1),
        Expected("echo hello | tr", "tr: missing operand\nTry 'tr --help' for more information.\n", 1),
        Expected("echo hello | tr -d", "tr: missing operand\nTry 'tr --help' for more information.\n", 1),
        Expected(
            "echo hello | tr -d a b",
            "tr: extra operand ‘b’\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n",
            1),
        Expected(
            "echo hello | tr -ds l",
            "tr: missing operand after ‘l’\nTwo strings must be given when both deleting and squeezing repeats.\nTry 'tr --help' for more information.\n",
            1),
        Expected("echo hello | tr -s a b c", "tr: extra operand ‘c’\nTry 'tr --help' for more information.\n", 1),
        Expected("echo hello | tr a b c", "tr: extra operand ‘c’\nTry 'tr --help' for more information.\n", 1),
        Expected("echo hello | tr z-a x", "tr: range-endpoints of 'z-a' are in reverse collating sequence order\n", 1),
        Expected("echo hello | tr a '[:upper:]'", "tr: misaligned [:upper:] and/or [:lower:] construct\n", 1),
        Expected(
            "echo hello | tr 'a-\\' x",
            "tr: warning: an unescaped backslash at end of string is not portable\ntr: range-endpoints of 'a-\\' are in reverse collating sequence order\n",
            1),
        Expected("echo hello | tr '[:foo:]' x", "tr: invalid character class ‘foo’\n", 1),
        Expected("echo hello | tr -Q", "tr: invalid option -- 'Q'\nTry 'tr --help' for more information.\n", 1),
    ]

    @Test(arguments: cases)
    func matchesGNU(_ expected: Expected) {
        check(expected)
    }
}
