import Kubectl
import Testing

@testable import Shell

/// Symbolic links in the virtual file system and the tools that make, read and follow them.
@Suite("symbolic links")
struct SymbolicLinkTests {
    private func session(busybox: Bool = false) -> ShellSession {
        let fs = VirtualFileSystem(clock: { 1_745_393_120 })
        fs.makeDirectory("/tmp", mode: 0o1777)
        fs.write("/etc/hostname", "box\n")
        let session = ShellSession(user: "root", hostname: "box", home: "/root", filesystem: fs) { _ in }
        session.cwd = "/tmp"
        if busybox {
            session.register("ls", LsCommand(busybox: true))
            session.register("ln", LnCommand(busybox: true))
        }
        return session
    }

    private func run(_ session: ShellSession, _ line: String) -> OutputBuffer {
        let buffer = OutputBuffer()
        _ = session.run(line, sink: buffer)
        return buffer
    }

    @Test("reading, writing and listing through a link reach its target")
    func follows() {
        let fs = VirtualFileSystem()
        fs.write("/data/real/file", "one")
        #expect(fs.makeLink("/data/current", to: "real"))
        #expect(fs.read("/data/current/file") == "one")
        #expect(fs.list("/data/current") == ["file"])
        #expect(fs.write("/data/current/other", "two"))
        #expect(fs.read("/data/real/other") == "two")
        #expect(fs.entry("/data/current")?.kind == .directory)
        #expect(fs.linkEntry("/data/current")?.kind == .symlink)
        #expect(fs.linkEntry("/data/current")?.size == 4)
        #expect(fs.linkTarget("/data/current") == "real")
    }

    @Test("a link cannot lead outside the tree: `..` stops at `/`")
    func sealed() throws {
        let fs = VirtualFileSystem()
        fs.write("/etc/hostname", "box")
        fs.makeDirectory("/a/b")
        fs.makeLink("/a/b/up", to: "../../../../../../etc/hostname")
        #expect(fs.read("/a/b/up") == "box")
        #expect(try fs.canonicalPath("/a/b/up").path == "/etc/hostname")
    }

    @Test("loops stop after 40 links with ELOOP; dangling links are missing files")
    func loopsAndDangling() {
        let fs = VirtualFileSystem()
        fs.makeDirectory("/t")
        fs.makeLink("/t/a", to: "b")
        fs.makeLink("/t/b", to: "a")
        fs.makeLink("/t/gone", to: "/nowhere")
        #expect(throws: FileError.tooManyLinks) { try fs.readFile("/t/a", from: "/", user: "root") }
        #expect(throws: FileError.noSuchFile) { try fs.readFile("/t/gone", from: "/", user: "root") }
        #expect(fs.exists("/t/gone") == false)
        #expect(fs.linkEntry("/t/gone") != nil)
    }

    @Test("removing a link leaves its target; a hard link counts two names")
    func removeAndHardLink() {
        let fs = VirtualFileSystem()
        fs.write("/f", "x")
        fs.makeLink("/l", to: "/f")
        fs.remove("/l")
        #expect(fs.read("/f") == "x")
        #expect(fs.makeHardLink("/h", to: "/f"))
        #expect(fs.entry("/f")?.links == 2)
        fs.remove("/h")
        #expect(fs.entry("/f")?.links == 1)
    }

    @Test("GNU ls -l shows the link's l type, 777 mode, size and target")
    func gnuLongListing() {
        let session = session()
        let out = run(session, "echo hi > f; ln -s f l; ls -l")
        #expect(out.stdout == """
            total 4
            -rw-r--r-- 1 root root 3 Apr 23 07:25 f
            lrwxrwxrwx 1 root root 1 Apr 23 07:25 l -> f

            """)
    }

    @Test("busybox ls -l shows the target in its fixed columns")
    func busyboxLongListing() {
        let out = run(session(busybox: true), "ln -s /etc/hostname h; ls -l h")
        #expect(out.stdout == "lrwxrwxrwx    1 root     root            13 Apr 23 07:25 h -> /etc/hostname\n")
    }

    @Test("cat through a link, a dangling link and a loop, as cat words them")
    func catErrors() {
        let out = run(session(), "ln -s /etc/hostname h; ln -s none d; ln -s x y; ln -s y x; cat h d x")
        #expect(out.stdout == "box\n")
        #expect(out.stderr == """
            cat: d: No such file or directory
            cat: x: Too many levels of symbolic links

            """)
    }

    @Test("readlink prints a target, -f the canonical path; a plain file fails quietly")
    func readlink() {
        let session = session()
        let out = run(session, "mkdir d; ln -s d dl; ln -s dl/f lf; readlink lf; readlink -f lf; readlink /etc/hostname")
        #expect(out.stdout == "dl/f\n/tmp/d/f\n")
        #expect(out.stderr.isEmpty)
    }

    @Test("ln refuses an existing name, as GNU and busybox word it")
    func lnExists() {
        #expect(run(session(), "ln -s a b; ln -s a b").stderr == "ln: failed to create symbolic link ‘b’: File exists\n")
        #expect(run(session(busybox: true), "ln -s a b; ln -s a b").stderr == "ln: b: File exists\n")
        #expect(run(session(), "ln -s a b; ln -sf c b; readlink b").stdout == "c\n")
    }

    @Test("cd into a link keeps the logical path; cd -P resolves it; test -L sees links")
    func cdAndTest() {
        let session = session()
        let out = run(session, "mkdir real; ln -s real here; cd here; pwd; cd ..; cd -P here; pwd; test -L /tmp/here && echo link")
        #expect(out.stdout == "/tmp/here\n/tmp/real\nlink\n")
    }

    @Test("a redirection to a dangling link creates its target")
    func redirectThroughDangling() {
        let session = session()
        let out = run(session, "ln -s made d; echo new > d; cat made")
        #expect(out.stdout == "new\n")
    }
}
