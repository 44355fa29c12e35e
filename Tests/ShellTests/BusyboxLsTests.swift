import Kubectl
import Testing

@testable import Shell

/// busybox's `ls -l` columns and the umask new files get, as root and as the host's user.
@Suite("busybox ls -l and the umask of new files")
struct BusyboxLsTests {
    private func rootSession(busybox: Bool) -> ShellSession {
        let fs = VirtualFileSystem(clock: { 1_745_393_120 })
        fs.makeDirectory("/tmp", mode: 0o1777)
        let session = ShellSession(user: "root", hostname: "box", home: "/root", filesystem: fs) { _ in }
        session.cwd = "/"
        if busybox { session.register("ls", LsCommand(busybox: true)) }
        return session
    }

    @Test("root's files and directories get 644 and 755; busybox prints fixed columns")
    func busyboxColumns() {
        let session = rootSession(busybox: true)
        let buffer = OutputBuffer()
        _ = session.run("echo hello > /tmp/greeting; mkdir /tmp/dir; ls -l /tmp", sink: buffer)
        #expect(buffer.stdout == """
            total 8
            drwxr-xr-x    2 root     root          4096 Apr 23 07:25 dir
            -rw-r--r--    1 root     root             6 Apr 23 07:25 greeting

            """)
    }

    @Test("busybox's missing file: its own wording and status 1")
    func busyboxMissing() {
        let buffer = OutputBuffer()
        #expect(rootSession(busybox: true).run("ls /nope", sink: buffer).status == 1)
        #expect(buffer.stderr == "ls: /nope: No such file or directory\n")
    }

    @Test("a user with Ubuntu's umask 002 gets group-writable files")
    func userUmask() {
        let session = makeSession()
        let buffer = OutputBuffer()
        _ = session.run("echo x > new.txt; ls -l new.txt", sink: buffer)
        #expect(buffer.stdout.hasPrefix("-rw-rw-r-- 1 bigred bigred 2 "))
        #expect(rootSession(busybox: false).umask == 0o022)
    }

    @Test("busybox -h: bytes below 1024 as they are, else one decimal and a unit")
    func human() {
        #expect(BusyboxLsLongFormat.human(615) == "615")
        #expect(BusyboxLsLongFormat.human(4096) == "4.0K")
        #expect(BusyboxLsLongFormat.human(123_456) == "120.6K")
        #expect(BusyboxLsLongFormat.human(1_048_575) == "1024.0K")
    }
}
