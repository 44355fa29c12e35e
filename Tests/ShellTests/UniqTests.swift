import Testing

/// `uniq`: runs of adjacent lines, compared with what GNU coreutils 9.1 prints on the same files.
@Suite struct UniqTests {
    static let cases: [Expected] = [
        Expected("uniq pairs.txt", "b 2\na 10\nc 1\nb 2\n", 0),
        Expected("sort pairs.txt | uniq", "a 10\nb 2\nc 1\n", 0),
        Expected("sort pairs.txt | uniq -c", "      1 a 10\n      2 b 2\n      1 c 1\n", 0),
        Expected("sort pairs.txt | uniq -d", "b 2\n", 0),
        Expected("sort pairs.txt | uniq -u", "a 10\nc 1\n", 0),
        Expected("printf 'a\\nA\\n' | uniq -i", "a\n", 0),
        Expected("printf 'a\\na' | uniq", "a\n", 0),
        Expected("printf 'a\\na\\nb\\na\\n' | uniq -c", "      2 a\n      1 b\n      1 a\n", 0),
        Expected("sort pairs.txt | uniq - out.txt; cat out.txt", "a 10\nb 2\nc 1\n", 0),
        Expected("uniq a b c", "uniq: extra operand ‘c’\nTry 'uniq --help' for more information.\n", 1),
        Expected("uniq nofile", "uniq: nofile: No such file or directory\n", 1),
        Expected("uniq empty", "uniq: error reading 'empty'\n", 1),
        Expected("uniq -Q", "uniq: invalid option -- 'Q'\nTry 'uniq --help' for more information.\n", 1),
    ]

    @Test(arguments: cases)
    func matchesGNU(_ expected: Expected) {
        check(expected)
    }
}
