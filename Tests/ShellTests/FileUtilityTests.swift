import Shell
import Testing

/// The file utilities over the virtual filesystem, compared with GNU coreutils 9.1 run on the
/// same files (the fixture's tree under a real directory, fresh for each case).
@Suite struct FileUtilityTests {
    static let ls: [Expected] = [
        Expected("ls", "empty  greek.txt  noeol.txt  pairs.txt\ttk  two.txt  unicode.txt\n", 0),
        Expected("ls -a", ".  ..  empty  greek.txt  noeol.txt  pairs.txt  tk  two.txt  unicode.txt\n", 0),
        Expected("ls -A", "empty  greek.txt  noeol.txt  pairs.txt\ttk  two.txt  unicode.txt\n", 0),
        Expected("ls -R tk", "tk:\nwulin\n\ntk/wulin:\nyaml\n\ntk/wulin/yaml:\npvc-nginx.yaml\trc-crun.yaml\n", 0),
        Expected("ls -d tk empty", "empty  tk\n", 0),
        Expected("ls nofile", "ls: cannot access 'nofile': No such file or directory\n", 2),
        Expected("ls greek.txt nofile", "ls: cannot access 'nofile': No such file or directory\ngreek.txt\n", 2),
        Expected("ls -r", "unicode.txt  two.txt  tk  pairs.txt  noeol.txt\tgreek.txt  empty\n", 0),
        Expected("ls -S", "empty  tk  greek.txt  pairs.txt  unicode.txt  noeol.txt  two.txt\n", 0),
        Expected("ls -z", "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", 2),
        Expected("ls tk/wulin/yaml greek.txt", "greek.txt\n\ntk/wulin/yaml:\npvc-nginx.yaml\trc-crun.yaml\n", 0),
        Expected("ls -1", "empty\ngreek.txt\nnoeol.txt\npairs.txt\ntk\ntwo.txt\nunicode.txt\n", 0),
        Expected("ls | head -3", "empty\ngreek.txt\nnoeol.txt\n", 0),
        Expected("ls -C | wc -l", "1\n", 0),
        Expected("ls -F", "empty/\tgreek.txt  noeol.txt  pairs.txt  tk/  two.txt  unicode.txt\n", 0),
        Expected("ls tk/wulin/yaml/*.yaml", "tk/wulin/yaml/pvc-nginx.yaml  tk/wulin/yaml/rc-crun.yaml\n", 0),
        Expected("ls -d */", "empty/\ttk/\n", 0),
    ]
    static let cp: [Expected] = [
        Expected("cp two.txt t2 && cat t2", "a b\n", 0),
        Expected("cp nofile x", "cp: cannot stat 'nofile': No such file or directory\n", 1),
        Expected(
            "cp two.txt",
            "cp: missing destination file operand after 'two.txt'\nTry 'cp --help' for more information.\n", 1),
        Expected("cp empty e2", "cp: -r not specified; omitting directory 'empty'\n", 1),
        Expected("cp -r empty e2 && ls -d e2", "e2\n", 0),
        Expected("cp two.txt greek.txt empty && ls -1 empty", "greek.txt\ntwo.txt\n", 0),
        Expected("cp two.txt greek.txt nofile", "cp: target 'nofile': No such file or directory\n", 1),
        Expected("cp two.txt two.txt", "cp: 'two.txt' and 'two.txt' are the same file\n", 1),
        Expected("cp -r tk tk/wulin", "cp: cannot copy a directory, 'tk', into itself, 'tk/wulin/tk'\n", 1),
    ]
    static let mv: [Expected] = [
        Expected("mv two.txt t2 && ls -1", "empty\ngreek.txt\nnoeol.txt\npairs.txt\nt2\ntk\nunicode.txt\n", 0),
        Expected("mv nofile x", "mv: cannot stat 'nofile': No such file or directory\n", 1),
        Expected(
            "mv two.txt",
            "mv: missing destination file operand after 'two.txt'\nTry 'mv --help' for more information.\n", 1),
        Expected("mv tk tk/wulin", "mv: cannot move 'tk' to a subdirectory of itself, 'tk/wulin/tk'\n", 1),
        Expected("mv two.txt greek.txt empty && ls -1 empty", "greek.txt\ntwo.txt\n", 0),
        Expected("mv greek.txt empty/ && ls -1 empty", "greek.txt\n", 0),
    ]
    static let rm: [Expected] = [
        Expected("rm two.txt && ls -1", "empty\ngreek.txt\nnoeol.txt\npairs.txt\ntk\nunicode.txt\n", 0),
        Expected("rm nofile", "rm: cannot remove 'nofile': No such file or directory\n", 1),
        Expected("rm -f nofile", "", 0),
        Expected("rm", "rm: missing operand\nTry 'rm --help' for more information.\n", 1),
        Expected("rm -f", "", 0),
        Expected("rm empty", "rm: cannot remove 'empty': Is a directory\n", 1),
        Expected("rm -r empty && ls -1", "greek.txt\nnoeol.txt\npairs.txt\ntk\ntwo.txt\nunicode.txt\n", 0),
        Expected("rm -d empty && ls -1", "greek.txt\nnoeol.txt\npairs.txt\ntk\ntwo.txt\nunicode.txt\n", 0),
        Expected("rm -d tk", "rm: cannot remove 'tk': Directory not empty\n", 1),
        Expected("rm -r .", "rm: refusing to remove '.' or '..' directory: skipping '.'\n", 1),
        Expected(
            "rm -rv tk/wulin/yaml",
            "removed 'tk/wulin/yaml/rc-crun.yaml'\nremoved 'tk/wulin/yaml/pvc-nginx.yaml'\nremoved directory 'tk/wulin/yaml'\n",
            0),
    ]
    static let mkdir: [Expected] = [
        Expected("mkdir d && ls -d d", "d\n", 0),
        Expected("mkdir empty", "mkdir: cannot create directory ‘empty’: File exists\n", 1),
        Expected("mkdir a/b", "mkdir: cannot create directory ‘a/b’: No such file or directory\n", 1),
        Expected("mkdir -p a/b/c && ls -R a", "a:\nb\n\na/b:\nc\n\na/b/c:\n", 0),
        Expected("mkdir -p empty", "", 0),
        Expected("mkdir", "mkdir: missing operand\nTry 'mkdir --help' for more information.\n", 1),
        Expected("mkdir -p two.txt/x", "mkdir: cannot create directory ‘two.txt’: Not a directory\n", 1),
        Expected("mkdir -v d2", "mkdir: created directory 'd2'\n", 0),
    ]
    static let touch: [Expected] = [
        Expected("touch new && ls new", "new\n", 0),
        Expected("touch nodir/x", "touch: cannot touch 'nodir/x': No such file or directory\n", 1),
        Expected("touch", "touch: missing file operand\nTry 'touch --help' for more information.\n", 1),
        Expected("touch -c none; ls none", "ls: cannot access 'none': No such file or directory\n", 2),
    ]
    static let chmod: [Expected] = [
        Expected("chmod 600 two.txt && ls -ld two.txt | cut -c1-10", "-rw-------\n", 0),
        Expected("chmod u+x two.txt && ls -ld two.txt | cut -c1-10", "-rwxr--r--\n", 0),
        Expected("chmod go-r two.txt && ls -ld two.txt | cut -c1-10", "-rw-------\n", 0),
        Expected("chmod a=r two.txt && ls -ld two.txt | cut -c1-10", "-r--r--r--\n", 0),
        Expected("chmod +x two.txt && ls -ld two.txt | cut -c1-10", "-rwxr-xr-x\n", 0),
        Expected("chmod -R 700 tk && ls -ld tk/wulin | cut -c1-10", "drwx------\n", 0),
        Expected("chmod 999 two.txt", "chmod: invalid mode: ‘999’\nTry 'chmod --help' for more information.\n", 1),
        Expected("chmod", "chmod: missing operand\nTry 'chmod --help' for more information.\n", 1),
        Expected("chmod 644", "chmod: missing operand after ‘644’\nTry 'chmod --help' for more information.\n", 1),
        Expected("chmod 644 nofile", "chmod: cannot access 'nofile': No such file or directory\n", 1),
        Expected("chmod u+q two.txt", "chmod: invalid mode: ‘u+q’\nTry 'chmod --help' for more information.\n", 1),
    ]
    static let tee: [Expected] = [
        Expected("echo hi | tee out && cat out", "hi\nhi\n", 0),
        Expected("echo hi | tee -a two.txt >/dev/null; cat two.txt", "a b\nhi\n", 0),
        Expected("echo hi | tee nodir/x", "tee: nodir/x: No such file or directory\nhi\n", 1),
        Expected("echo hi | tee", "hi\n", 0),
    ]

    /// `ls -l` on the fixture, whose every time is the epoch and whose clock stands there too.
    static let longListings: [Expected] = [
        Expected("ls -l greek.txt", "-rw-r--r-- 1 bigred bigred 67 Jan  1 00:00 greek.txt\n", 0),
        Expected("ls -ld empty", "drwxr-xr-x 2 bigred bigred 4096 Jan  1 00:00 empty\n", 0),
        Expected("ls -l tk", "total 4\ndrwxr-xr-x 3 bigred bigred 4096 Jan  1 00:00 wulin\n", 0),
        Expected("ls -ld /tmp", "drwxrwxrwt 2 root root 4096 Jan  1 00:00 /tmp\n", 0),
        Expected(
            "ls -la empty",
            "total 8\ndrwxr-xr-x 2 bigred bigred 4096 Jan  1 00:00 .\ndrwxr-xr-x 4 bigred bigred 4096 Jan  1 00:00 ..\n",
            0),
        Expected("ls -n greek.txt", "-rw-r--r-- 1 1000 1000 67 Jan  1 00:00 greek.txt\n", 0),
        Expected("ls /root", "ls: cannot open directory '/root': Permission denied\n", 2),
        Expected(
            "ls -l greek.txt two.txt | cut -c1-30", "-rw-r--r-- 1 bigred bigred 67 \n-rw-r--r-- 1 bigred bigred  4 \n",
            0),
    ]

    @Test(arguments: ls + longListings + cp + mv + rm + mkdir + touch + chmod + tee)
    func matchesCoreutils(_ expected: Expected) { check(expected) }

    @Test func oldTimesShowTheYear() {
        let session = makeSession()
        session.filesystem.clock = { 1_745_393_100 }
        session.filesystem.setModified("/home/bigred/greek.txt", 1_700_000_000)
        session.filesystem.setModified("/home/bigred/two.txt", 1_745_300_000)
        #expect(run(session, "ls -l greek.txt").stdout == "-rw-r--r-- 1 bigred bigred 67 Nov 14  2023 greek.txt\n")
        #expect(run(session, "ls -l two.txt").stdout == "-rw-r--r-- 1 bigred bigred 4 Apr 22 05:33 two.txt\n")
    }

    @Test func humanSizesRoundUp() {
        let session = makeSession()
        session.filesystem.write("/home/bigred/big", String(repeating: "x", count: 5630), owner: "bigred")
        #expect(run(session, "ls -lh big").stdout == "-rw-r--r-- 1 bigred bigred 5.5K Jan  1 00:00 big\n")
    }

    @Test func changesTakeTheVirtualClocksTime() {
        let session = makeSession()
        session.filesystem.clock = { 1_745_393_100 }
        run(session, "touch new; echo x > out.txt")
        #expect(session.filesystem.entry("/home/bigred/new")?.modified == 1_745_393_100)
        #expect(session.filesystem.entry("/home/bigred/out.txt")?.modified == 1_745_393_100)
        #expect(session.filesystem.entry("/home/bigred")?.modified == 1_745_393_100)
    }

    @Test func editorsExplainHeredocs() {
        let result = run("vi pod.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cat > pod.yaml <<'EOF'"))
    }
}
