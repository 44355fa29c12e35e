import Testing

/// `wc`: counts and GNU column widths, compared with what GNU coreutils 9.1 prints on the same files.
@Suite struct WcTests {
    static let cases: [Expected] = [
        Expected("wc greek.txt", "12 12 67 greek.txt\n", 0),
        Expected("wc -l greek.txt", "12 greek.txt\n", 0),
        Expected("wc -l < greek.txt", "12\n", 0),
        Expected("wc < greek.txt", "12 12 67\n", 0),
        Expected("cat greek.txt | wc", "     12      12      67\n", 0),
        Expected("cat greek.txt | wc -l", "12\n", 0),
        Expected("cat greek.txt | wc -lw", "     12      12\n", 0),
        Expected("wc -c greek.txt greek.txt", " 67 greek.txt\n 67 greek.txt\n134 total\n", 0),
        Expected(
            "wc greek.txt nofile", "12 12 67 greek.txt\nwc: nofile: No such file or directory\n12 12 67 total\n", 1),
        Expected(
            "wc nofile greek.txt", "wc: nofile: No such file or directory\n12 12 67 greek.txt\n12 12 67 total\n", 1),
        Expected("wc - < greek.txt", "12 12 67 -\n", 0),
        Expected("wc greek.txt - < greek.txt", " 12  12  67 greek.txt\n 12  12  67 -\n 24  24 134 total\n", 0),
        Expected(
            "cat greek.txt | wc - greek.txt",
            "     12      12      67 -\n     12      12      67 greek.txt\n     24      24     134 total\n", 0),
        Expected("wc -m unicode.txt", "9 unicode.txt\n", 0),
        Expected("wc unicode.txt", " 1  3 14 unicode.txt\n", 0),
        Expected("wc -L unicode.txt", "11 unicode.txt\n", 0),
        Expected("wc -L greek.txt", "7 greek.txt\n", 0),
        Expected("wc -lc greek.txt", "12 67 greek.txt\n", 0),
        Expected(
            "wc -l greek.txt empty", "     12 greek.txt\nwc: empty: Is a directory\n      0 empty\n     12 total\n", 1),
        Expected("wc -l empty", "wc: empty: Is a directory\n0 empty\n", 1),
        Expected(
            "wc noeol.txt two.txt unicode.txt",
            " 0  1  5 noeol.txt\n 1  2  4 two.txt\n 1  3 14 unicode.txt\n 2  6 23 total\n", 0),
        Expected("printf 'a b' | wc", "      0       2       3\n", 0),
        Expected("printf '' | wc", "      0       0       0\n", 0),
        Expected("printf 'a\\001b c\\n' | wc -w", "2\n", 0),
        Expected("printf '\\001 \\001\\n' | wc -w", "0\n", 0),
        Expected("printf 'a\\302\\240b c\\n' | wc -w", "3\n", 0),
        Expected("wc --lines greek.txt", "12 greek.txt\n", 0),
        Expected("wc -Q", "wc: invalid option -- 'Q'\nTry 'wc --help' for more information.\n", 1),
    ]

    @Test(arguments: cases)
    func matchesGNU(_ expected: Expected) {
        check(expected)
    }
}
