import Testing

/// `head` and `tail`: counts, headers and errors, compared with what GNU coreutils 9.1 prints on the same files.
@Suite struct HeadTailTests {
    static let cases: [Expected] = [
        Expected("head greek.txt", "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\nkappa\n", 0),
        Expected("head -n 3 greek.txt", "alpha\nbeta\ngamma\n", 0),
        Expected("head -3 greek.txt", "alpha\nbeta\ngamma\n", 0),
        Expected("head -n -9 greek.txt", "alpha\nbeta\ngamma\n", 0),
        Expected("head -n 0 greek.txt", "", 0),
        Expected("head -c 5 greek.txt", "alpha", 0),
        Expected("head -c -60 greek.txt", "alpha\nb", 0),
        Expected("head --lines=2 greek.txt", "alpha\nbeta\n", 0),
        Expected("head -n1 greek.txt two.txt", "==> greek.txt <==\nalpha\n\n==> two.txt <==\na b\n", 0),
        Expected(
            "head -n 2 greek.txt - < two.txt", "==> greek.txt <==\nalpha\nbeta\n\n==> standard input <==\na b\n", 0),
        Expected(
            "head -n 1 greek.txt nofile two.txt",
            "==> greek.txt <==\nalpha\nhead: cannot open 'nofile' for reading: No such file or directory\n\n==> two.txt <==\na b\n",
            1),
        Expected("head -n1 -q greek.txt two.txt", "alpha\na b\n", 0),
        Expected("head -v -n1 two.txt", "==> two.txt <==\na b\n", 0),
        Expected("head noeol.txt", "noeol", 0),
        Expected("printf 'a\\nb' | head -n 1", "a\n", 0),
        Expected("printf 'a\\nb' | head -c 3", "a\nb", 0),
        Expected("head nofile", "head: cannot open 'nofile' for reading: No such file or directory\n", 1),
        Expected("head empty", "head: error reading 'empty': Is a directory\n", 1),
        Expected("head -Q", "head: invalid option -- 'Q'\nTry 'head --help' for more information.\n", 1),
        Expected("head -n", "head: option requires an argument -- 'n'\nTry 'head --help' for more information.\n", 1),
        Expected("head -n x greek.txt", "head: invalid number of lines: ‘x’\n", 1),
        Expected("head -c x greek.txt", "head: invalid number of bytes: ‘x’\n", 1),
        Expected("tail greek.txt", "gamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\nkappa\nlambda\nmu\n", 0),
        Expected("tail -n 2 greek.txt", "lambda\nmu\n", 0),
        Expected("tail -3 greek.txt", "kappa\nlambda\nmu\n", 0),
        Expected("tail -n +11 greek.txt", "lambda\nmu\n", 0),
        Expected("tail +11 greek.txt", "lambda\nmu\n", 0),
        Expected("tail -n 0 greek.txt", "", 0),
        Expected("tail -c 4 greek.txt", "\nmu\n", 0),
        Expected("tail -c +3 noeol.txt", "eol", 0),
        Expected("tail -n 1 greek.txt two.txt", "==> greek.txt <==\nmu\n\n==> two.txt <==\na b\n", 0),
        Expected("tail -q -n1 greek.txt two.txt", "mu\na b\n", 0),
        Expected(
            "tail -n 1 greek.txt nofile",
            "==> greek.txt <==\nmu\ntail: cannot open 'nofile' for reading: No such file or directory\n", 1),
        Expected(
            "tail -n 1 empty two.txt",
            "==> empty <==\ntail: error reading 'empty': Is a directory\n\n==> two.txt <==\na b\n", 1),
        Expected("tail noeol.txt", "noeol", 0),
        Expected("printf 'a\\nb' | tail -n 1", "b", 0),
        Expected("tail -Q", "tail: invalid option -- 'Q'\nTry 'tail --help' for more information.\n", 1),
        Expected("tail -n x greek.txt", "tail: invalid number of lines: ‘x’\n", 1),
        Expected("tail -c x greek.txt", "tail: invalid number of bytes: ‘x’\n", 1),
        Expected("tail --lines=1 greek.txt", "mu\n", 0),
    ]

    @Test(arguments: cases)
    func matchesGNU(_ expected: Expected) {
        check(expected)
    }
}
