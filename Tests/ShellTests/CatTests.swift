import Testing

/// `cat`: concatenation, numbering and visible characters, compared with what GNU coreutils 9.1 prints on the same files.
@Suite struct CatTests {
    static let cases: [Expected] = [
        Expected("cat greek.txt", "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\nkappa\nlambda\nmu\n", 0),
        Expected("cat noeol.txt two.txt", "noeola b\n", 0),
        Expected(
            "cat -n two.txt greek.txt",
            "     1\ta b\n     2\talpha\n     3\tbeta\n     4\tgamma\n     5\tdelta\n     6\tepsilon\n     7\tzeta\n     8\teta\n     9\ttheta\n    10\tiota\n    11\tkappa\n    12\tlambda\n    13\tmu\n",
            0),
        Expected("cat -n noeol.txt two.txt", "     1\tnoeola b\n", 0),
        Expected("cat -b two.txt", "     1\ta b\n", 0),
        Expected("cat -E noeol.txt two.txt", "noeola b$\n", 0),
        Expected("cat -A unicode.txt", "M-dM-8M--M-fM-^VM-^G M-CM-)^Itab$\n", 0),
        Expected("cat -v unicode.txt", "M-dM-8M--M-fM-^VM-^G M-CM-)\ttab\n", 0),
        Expected("cat -T unicode.txt", "中文 é^Itab\n", 0),
        Expected("printf 'a\\n\\n\\nb\\tc' | cat -bsA", "     1\ta$\n$\n     2\tb^Ic", 0),
        Expected("printf 'a\\n\\n\\nb\\n' | cat -s", "a\n\nb\n", 0),
        Expected("printf 'a\\001\\177\\n' | cat -v", "a^A^?\n", 0),
        Expected("cat - < two.txt", "a b\n", 0),
        Expected("echo in | cat two.txt - noeol.txt", "a b\nin\nnoeol", 0),
        Expected(
            "cat greek.txt nofile two.txt",
            "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\nkappa\nlambda\nmu\ncat: nofile: No such file or directory\na b\n",
            1),
        Expected("cat empty", "cat: empty: Is a directory\n", 1),
        Expected("cat -Q", "cat: invalid option -- 'Q'\nTry 'cat --help' for more information.\n", 1),
        Expected("cat --bogus", "cat: unrecognized option '--bogus'\nTry 'cat --help' for more information.\n", 1),
        Expected("cat --number two.txt", "     1\ta b\n", 0),
    ]

    @Test(arguments: cases)
    func matchesGNU(_ expected: Expected) {
        check(expected)
    }
}
