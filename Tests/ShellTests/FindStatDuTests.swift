import Testing

/// `find`, `du` and `stat` over the test host's files, compared with findutils 4.9.0 and
/// coreutils 9.1 on the same files under `/tmp/tfix` (sorted where a real disk lists a
/// directory in its own order).
@Suite struct FindStatDuTests {
    static let cases: [Expected] = [
        Expected("find tk -type f -name 'rc*'", "tk/wulin/yaml/rc-crun.yaml\n", 0),
        Expected("find . -maxdepth 1 -type d | sort", ".\n./empty\n./tk\n", 0),
        Expected("find . -empty", "./empty\n", 0),
        Expected(
            "find tk -name '*.yaml' -o -name wulin | sort",
            "tk/wulin\ntk/wulin/yaml/pvc-nginx.yaml\ntk/wulin/yaml/rc-crun.yaml\n", 0),
        Expected("find . -iname 'GREEK*'", "./greek.txt\n", 0),
        Expected(
            "find -path '*wulin/y*' | sort",
            "./tk/wulin/yaml\n./tk/wulin/yaml/pvc-nginx.yaml\n./tk/wulin/yaml/rc-crun.yaml\n", 0),
        Expected("find nosuch", "find: ‘nosuch’: No such file or directory\n", 1),
        Expected("find . -foo", "find: unknown predicate `-foo'\n", 1),
        Expected("find . -name", "find: missing argument to `-name'\n", 1),
        Expected("find . -type x", "find: Unknown argument to -type: x\n", 1),
        Expected("find . -o", "find: invalid expression; you have used a binary operator '-o' with nothing before it.\n", 1),
        Expected("find . -name a -o", "find: expected an expression after '-o'\n", 1),
        Expected("find . -maxdepth -1", "find: Expected a positive decimal integer argument to -maxdepth, but got ‘-1’\n", 1),
        Expected("du -s tk", "20\ttk\n", 0),
        Expected("du -sh tk", "20K\ttk\n", 0),
        Expected("du tk", "12\ttk/wulin/yaml\n16\ttk/wulin\n20\ttk\n", 0),
        Expected("du -c tk empty", "12\ttk/wulin/yaml\n16\ttk/wulin\n20\ttk\n4\tempty\n24\ttotal\n", 0),
        Expected("du -d 1 tk", "16\ttk/wulin\n20\ttk\n", 0),
        Expected("du -s -a tk", "du: cannot both summarize and show all entries\nTry 'du --help' for more information.\n", 1),
        Expected("du nosuch", "du: cannot access 'nosuch': No such file or directory\n", 1),
        Expected("stat nosuch", "stat: cannot statx 'nosuch': No such file or directory\n", 1),
        Expected("stat", "stat: missing operand\nTry 'stat --help' for more information.\n", 1),
    ]

    @Test(arguments: cases) func matchesFindutilsAndCoreutils(_ expected: Expected) { check(expected) }

    @Test func statPrintsCoreutilsDefaultLayout() {
        let output = run("stat two.txt").stdout
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "  File: two.txt")
        #expect(lines[1] == "  Size: 4         \tBlocks: 8          IO Block: 4096   regular file")
        #expect(lines[2].hasPrefix("Device: ") && lines[2].hasSuffix("Links: 1"))
        #expect(lines[3] == "Access: (0644/-rw-r--r--)  Uid: ( 1000/  bigred)   Gid: ( 1000/  bigred)")
        #expect(lines[4].hasPrefix("Access: ") && lines[7].hasPrefix(" Birth: "))
    }

    @Test func statNamesADirectoryAndAnEmptyFile() {
        #expect(run("stat empty").stdout.contains("IO Block: 4096   directory\n"))
        #expect(run("touch e; stat e").stdout.contains("  Size: 0         \tBlocks: 0          IO Block: 4096   regular empty file\n"))
    }
}
