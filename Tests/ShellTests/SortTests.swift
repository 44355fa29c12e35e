import Testing

/// `sort`: code point order, numbers, keys and uniqueness, compared with what GNU coreutils 9.1 prints on the same files.
@Suite struct SortTests {
    static let cases: [Expected] = [
        Expected(
            "sort greek.txt", "alpha\nbeta\ndelta\nepsilon\neta\ngamma\niota\nkappa\nlambda\nmu\ntheta\nzeta\n", 0),
        Expected(
            "sort -r greek.txt", "zeta\ntheta\nmu\nlambda\nkappa\niota\ngamma\neta\nepsilon\ndelta\nbeta\nalpha\n", 0),
        Expected("sort pairs.txt", "a 10\nb 2\nb 2\nc 1\n", 0),
        Expected("sort -n pairs.txt", "a 10\nb 2\nb 2\nc 1\n", 0),
        Expected("sort -k2 -n pairs.txt", "c 1\nb 2\nb 2\na 10\n", 0),
        Expected("sort -k2 pairs.txt", "c 1\na 10\nb 2\nb 2\n", 0),
        Expected("sort -u pairs.txt", "a 10\nb 2\nc 1\n", 0),
        Expected("sort -k1,1 -u pairs.txt", "a 10\nb 2\nc 1\n", 0),
        Expected("sort -t' ' -k2,2n pairs.txt", "c 1\nb 2\nb 2\na 10\n", 0),
        Expected("sort -nr pairs.txt", "c 1\nb 2\nb 2\na 10\n", 0),
        Expected("sort -k2,2 -k1,1r pairs.txt", "c 1\na 10\nb 2\nb 2\n", 0),
        Expected(
            "sort -k 1.2 greek.txt", "lambda\ngamma\nkappa\ndelta\nbeta\nzeta\ntheta\nalpha\niota\nepsilon\neta\nmu\n",
            0),
        Expected("sort noeol.txt two.txt", "a b\nnoeol\n", 0),
        Expected(
            "sort --rev greek.txt", "zeta\ntheta\nmu\nlambda\nkappa\niota\ngamma\neta\nepsilon\ndelta\nbeta\nalpha\n", 0
        ),
        Expected(
            "printf 'b\\nA\\na\\nB\\n10\\n9\\n-1\\n1.5\\n\\n b\\n' | sort", "\n b\n-1\n1.5\n10\n9\nA\nB\na\nb\n", 0),
        Expected("printf '10\\n9\\n-1\\n1.5\\nx\\n\\n b\\n2a\\n' | sort -n", "-1\n\n b\nx\n1.5\n2a\n9\n10\n", 0),
        Expected("printf '10\\n9\\n-1\\n1.5\\nx\\n\\n b\\n' | sort -rn", "10\n9\n1.5\nx\n b\n\n-1\n", 0),
        Expected("printf '1\\n01\\n1.0\\n' | sort -nu", "1\n", 0),
        Expected("printf -- '-0\\n0\\n-0.0\\n.5\\n-.5\\n' | sort -n", "-.5\n-0\n-0.0\n0\n.5\n", 0),
        Expected("printf 'b 1\\na 1\\n' | sort -s -k2,2", "b 1\na 1\n", 0),
        Expected("printf 'b\\na\\n' | sort -f", "a\nb\n", 0),
        Expected("sort -o sorted.txt pairs.txt; cat sorted.txt", "a 10\nb 2\nb 2\nc 1\n", 0),
        Expected("sort nofile", "sort: cannot read: nofile: No such file or directory\n", 2),
        Expected("sort empty", "sort: read failed: empty: Is a directory\n", 2),
        Expected("sort -Q", "sort: invalid option -- 'Q'\nTry 'sort --help' for more information.\n", 2),
        Expected("sort -k", "sort: option requires an argument -- 'k'\nTry 'sort --help' for more information.\n", 2),
        Expected("sort -k x greek.txt", "sort: invalid number at field start: invalid count at start of ‘x’\n", 2),
        Expected("sort -k 0 greek.txt", "sort: field number is zero: invalid field specification ‘0’\n", 2),
        Expected("sort -t ab greek.txt", "sort: multi-character tab ‘ab’\n", 2),
    ]

    @Test(arguments: cases)
    func matchesGNU(_ expected: Expected) {
        check(expected)
    }
}
