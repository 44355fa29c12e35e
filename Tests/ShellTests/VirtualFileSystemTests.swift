import Shell
import Testing

/// The in-memory filesystem, and that the shell never reaches the real one.
@Suite struct VirtualFileSystemTests {
    @Test func writesReadsAndLists() {
        let fs = VirtualFileSystem()
        #expect(fs.write("/a/b/c.txt", "hi\n"))
        #expect(fs.read("/a/b/c.txt") == "hi\n")
        #expect(fs.isDirectory("/a/b"))
        #expect(fs.isFile("/a/b/c.txt"))
        #expect(fs.list("/a") == ["b"])
        #expect(fs.list("/a/b/c.txt") == nil)
        #expect(fs.read("/a/b") == nil)
        #expect(fs.entry("/a/b/c.txt") == VirtualFileSystem.Entry(kind: .file, mode: 0o644, owner: "root", size: 3))
    }

    @Test func pathsAreNormalizedAndNeverClimbAboveRoot() {
        let fs = VirtualFileSystem()
        fs.write("/etc/passwd", "x")
        #expect(fs.read("/../../etc/./passwd") == "x")
        #expect(fs.read("//etc//passwd") == "x")
        #expect(VirtualFileSystem.normalize("../../x", relativeTo: "/a") == "/x")
        #expect(VirtualFileSystem.normalize("b/../c", relativeTo: "/a") == "/a/c")
    }

    @Test func aFileIsNotADirectory() {
        let fs = VirtualFileSystem()
        fs.write("/f", "x")
        #expect(!fs.write("/f/g", "y"))
        #expect(!fs.makeDirectory("/f/d"))
        #expect(!fs.write("/", "y"))
    }

    @Test func removeTakesWholeTrees() {
        let fs = VirtualFileSystem()
        fs.write("/d/e/f", "x")
        #expect(fs.remove("/d"))
        #expect(!fs.exists("/d/e/f"))
        #expect(!fs.remove("/"))
    }

    @Test func listsInCodePointOrder() {
        let fs = VirtualFileSystem()
        for name in ["b", "B", "a", "é", "_"] { fs.write("/d/" + name, "") }
        #expect(fs.list("/d") == ["B", "_", "a", "b", "é"])
    }

    @Test func lookupReportsTheKernelsErrors() throws {
        let fs = VirtualFileSystem()
        fs.write("/f", "x")
        fs.makeDirectory("/secret", mode: 0o700)
        #expect(throws: FileError.notADirectory) { try fs.lookup("/f/x", from: "/", user: "u") }
        #expect(throws: FileError.noSuchFile) { try fs.lookup("/nope/x", from: "/", user: "u") }
        #expect(throws: FileError.permissionDenied) { try fs.lookup("/secret/x", from: "/", user: "u") }
        #expect(throws: FileError.noSuchFile) { try fs.lookup("nope/../f", from: "/", user: "u") }
        #expect(try fs.lookup("/secret/x", from: "/", user: "root").path == "/secret/x")
    }

    @Test func theShellReadsOnlyTheVirtualFiles() {
        let session = makeSession()
        #expect(run(session, "cat /etc/hostname").stdout == "taroko\n")
        #expect(run(session, "cat /etc/os-release").combined == "cat: /etc/os-release: No such file or directory\n")
        #expect(run(session, "cat /proc/self/status /bin/sh").status == 1)
        #expect(run(session, "cat /etc/shadow").combined == "cat: /etc/shadow: Permission denied\n")
    }

    @Test func theShellWritesOnlyTheVirtualFiles() {
        let session = makeSession()
        run(session, "echo x > /tmp/taroko-sandbox-check")
        #expect(session.filesystem.read("/tmp/taroko-sandbox-check") == "x\n")
        #expect(run(session, "cat /tmp/taroko-sandbox-check").stdout == "x\n")
        let other = makeSession()
        #expect(run(other, "cat /tmp/taroko-sandbox-check").status == 1)
    }

    @Test func globbingSeesOnlyTheVirtualTree() {
        #expect(run("echo /*").stdout == "/etc /home /root /tmp\n")
        #expect(run("echo /root/*").stdout == "/root/*\n")
    }
}
