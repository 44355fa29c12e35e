import Testing

/// `diff`: the plain and unified formats, -q and -N, and its errors, compared with what GNU
/// diffutils 3.8 prints on the same files.
@Suite struct DiffCommandTests {
    static let greek = "alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\neta\ntheta\niota\nkappa\nlambda\nmu\n"

    static let cases: [Expected] = [
        Expected("diff greek.txt two.txt", "1,12c1\n" + greek.split(separator: "\n").map { "< \($0)\n" }.joined() + "---\n> a b\n", 1),
        Expected("diff noeol.txt two.txt", "1c1\n< noeol\n\\ No newline at end of file\n---\n> a b\n", 1),
        Expected(
            "diff -u greek.txt pairs.txt | tail -n +3",
            "@@ -1,12 +1,4 @@\n" + greek.split(separator: "\n").map { "-\($0)\n" }.joined() + "+b 2\n+a 10\n+c 1\n+b 2\n", 0),
        Expected("diff two.txt two.txt", "", 0),
        Expected("diff two.txt nofile", "diff: nofile: No such file or directory\n", 2),
        Expected("diff two.txt", "diff: missing operand after 'two.txt'\ndiff: Try 'diff --help' for more information.\n", 2),
        Expected("diff -q greek.txt two.txt", "Files greek.txt and two.txt differ\n", 1),
        Expected(
            "diff --bogus two.txt two.txt", "diff: unrecognized option '--bogus'\ndiff: Try 'diff --help' for more information.\n", 2),
        Expected("diff -N two.txt nofile", "1d0\n< a b\n", 1),
        Expected(
            "diff two.txt greek.txt noeol.txt", "diff: extra operand 'noeol.txt'\ndiff: Try 'diff --help' for more information.\n", 2),
    ]

    @Test(arguments: cases)
    func matchesGNU(_ expected: Expected) {
        check(expected)
    }
}
