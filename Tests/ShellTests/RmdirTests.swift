import Testing

/// `rmdir`, compared with what coreutils 9.1 prints.
@Suite struct RmdirTests {
    static let cases: [Expected] = [
        Expected("mkdir full; touch full/x; rmdir full", "rmdir: failed to remove 'full': Directory not empty\n", 1),
        Expected("touch file; rmdir file", "rmdir: failed to remove 'file': Not a directory\n", 1),
        Expected("rmdir nosuch", "rmdir: failed to remove 'nosuch': No such file or directory\n", 1),
        Expected("rmdir", "rmdir: missing operand\nTry 'rmdir --help' for more information.\n", 1),
        Expected(
            "mkdir -p c/d; rmdir -v -p c/d; ls -d c",
            "rmdir: removing directory, 'c/d'\nrmdir: removing directory, 'c'\nls: cannot access 'c': No such file or directory\n", 2),
        Expected("mkdir full; touch full/x; rmdir --ignore-fail-on-non-empty full", "", 0),
        Expected("mkdir -p e/f; touch e/g; rmdir -p e/f", "rmdir: failed to remove directory 'e': Directory not empty\n", 1),
    ]

    @Test(arguments: cases) func matchesCoreutils(_ expected: Expected) { check(expected) }
}
