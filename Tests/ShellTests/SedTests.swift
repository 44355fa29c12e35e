import Testing

/// sed scripts, compared with GNU sed 4.9 on the same files.
@Suite struct SedTests {
    static let sed: [Expected] = [
        Expected("sed -n 2p greek.txt", "beta\n", 0),
        Expected("sed -n '$p' greek.txt", "mu\n", 0),
        Expected("sed '2,10d' greek.txt", "alpha\nlambda\nmu\n", 0),
        Expected("sed -n '/eta/p' greek.txt", "beta\nzeta\neta\ntheta\n", 0),
        Expected("sed -n '/beta/,/delta/p' greek.txt", "beta\ngamma\ndelta\n", 0),
        Expected("sed 's/a/A/' two.txt pairs.txt", "A b\nb 2\nA 10\nc 1\nb 2\n", 0),
        Expected("sed 's/b/B/g' pairs.txt", "B 2\na 10\nc 1\nB 2\n", 0),
        Expected("sed 's/a/X/2' greek.txt | head -3", "alphX\nbeta\ngammX\n", 0),
        Expected("sed -E 's/([a-z]+) ([0-9]+)/\\2-\\1/' pairs.txt", "2-b\n10-a\n1-c\n2-b\n", 0),
        Expected("sed 's/\\([a-z]*\\) \\(.*\\)/\\2 \\1/' pairs.txt", "2 b\n10 a\n1 c\n2 b\n", 0),
        Expected("sed 's/[aeiou]/(&)/g' two.txt", "(a) b\n", 0),
        Expected("sed -e 's/a/1/' -e 's/b/2/' pairs.txt", "2 2\n1 10\nc 1\n2 2\n", 0),
        Expected("sed 's/a/1/;s/b/2/' pairs.txt", "2 2\n1 10\nc 1\n2 2\n", 0),
        Expected("sed '1!d' greek.txt", "alpha\n", 0),
        Expected("sed -n '1~3p' greek.txt", "alpha\ndelta\neta\nkappa\n", 0),
        Expected("sed '3q' greek.txt", "alpha\nbeta\ngamma\n", 0),
        Expected("sed -n '2{p;p}' greek.txt", "beta\nbeta\n", 0),
        Expected("sed '1i top' two.txt", "top\na b\n", 0),
        Expected("sed '$a end' two.txt", "a b\nend\n", 0),
        Expected("sed '1c changed' pairs.txt", "changed\na 10\nc 1\nb 2\n", 0),
        Expected("sed = two.txt", "1\na b\n", 0),
        Expected("sed 'y/ab/xy/' pairs.txt", "y 2\nx 10\nc 1\ny 2\n", 0),
        Expected("sed p noeol.txt", "noeol\nnoeol", 0),
        Expected("sed -n 'p' noeol.txt", "noeol", 0),
        Expected("sed 's/x*/-/g' two.txt", "-a- -b-\n", 0),
        Expected("sed 's/b/\\n/' two.txt", "a \n\n", 0),
        Expected("sed 's/a/b/I' <<< 'A'", "b\n", 0),
        Expected("sed '/^b/d' pairs.txt", "a 10\nc 1\n", 0),
        Expected("sed -n '/a/!p' greek.txt", "epsilon\nmu\n", 0),
        Expected("sed 's/a/b' two.txt", "sed: -e expression #1, char 5: unterminated `s' command\n", 1),
        Expected("sed k two.txt", "sed: -e expression #1, char 1: unknown command: `k'\n", 1),
        Expected("sed 's/a/b/z' two.txt", "sed: -e expression #1, char 7: unknown option to `s'\n", 1),
        Expected(
            "sed 's/a/\\1/' two.txt", "sed: -e expression #1, char 7: invalid reference \\1 on `s' command's RHS\n", 1),
        Expected("sed '/x/' two.txt", "sed: -e expression #1, char 3: missing command\n", 1),
        Expected("sed p nofile", "sed: can't read nofile: No such file or directory\n", 2),
        Expected("sed '{p' two.txt", "sed: -e expression #1, char 0: unmatched `{'\n", 1),
        Expected("sed 'p}' two.txt", "sed: -e expression #1, char 2: unexpected `}'\n", 1),
        Expected(
            "sed 'y/abc/xy/' two.txt", "sed: -e expression #1, char 9: strings for `y' command are different lengths\n",
            1),
        Expected("sed -n '$=' greek.txt", "12\n", 0),
        Expected("sed '2,+2d' greek.txt", "alpha\nepsilon\nzeta\neta\ntheta\niota\nkappa\nlambda\nmu\n", 0),
        Expected("sed -n 'h;n;G;p' pairs.txt", "a 10\nb 2\nb 2\nc 1\n", 0),
        Expected("sed '0~4d' greek.txt", "alpha\nbeta\ngamma\nepsilon\nzeta\neta\niota\nkappa\nlambda\n", 0),
    ]

    @Test(arguments: sed)
    func matchesGNUSed(_ expected: Expected) { check(expected) }
}
