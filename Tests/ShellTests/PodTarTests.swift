import Cluster
import Kubectl
import Testing

@testable import Shell

@Suite("tar in a container packs and unpacks as GNU tar and busybox tar do")
struct PodTarTests {
    private func session(_ userland: ImageCatalog.Userland) -> ShellSession {
        let fs = VirtualFileSystem()
        fs.makeDirectory("/tmp", mode: 0o1777)
        fs.write("/etc/app/app.conf", "port=80\n")
        let session = ShellSession(user: "root", hostname: "web", home: "/root", filesystem: fs) { _ in }
        session.cwd = "/"
        session.register("tar", PodTar(userland: userland))
        session.register("test", PodTest())
        return session
    }

    @Test("tar cf - packs a directory under names without the leading slash, and says so")
    func create() throws {
        let buffer = OutputBuffer()
        let status = session(.gnu).run("tar cf - /etc/app", sink: buffer).status
        #expect(status == 0)
        #expect(buffer.stderr == "tar: Removing leading `/' from member names\n")
        let archive = try #require(TarArchive.decode(buffer.stdout))
        #expect(archive.members.map(\.name) == ["etc/app/", "etc/app/app.conf"])
        #expect(archive.members[1].contents == "port=80\n")
    }

    @Test("a missing path: GNU tar's three lines and status 2, busybox's two and status 1")
    func missing() {
        let gnu = OutputBuffer()
        #expect(session(.gnu).run("tar cf - /nope", sink: gnu).status == 2)
        #expect(gnu.stderr == """
            tar: Removing leading `/' from member names
            tar: /nope: Cannot stat: No such file or directory
            tar: Exiting with failure status due to previous errors

            """)
        let busybox = OutputBuffer()
        #expect(session(.busybox).run("tar cf - /nope", sink: busybox).status == 1)
        #expect(busybox.stderr == "tar: /nope: No such file or directory\ntar: error exit delayed from previous errors\n")
    }

    @Test("tar -xmf - -C DIR unpacks stdin there; a missing DIR is fatal")
    func extract() {
        let pod = session(.gnu)
        let stream = TarArchive(members: [.init(name: "site/index.html", contents: "hi\n")]).encoded
        #expect(pod.run("tar -xmf - -C /tmp", input: stream, sink: OutputBuffer()).status == 0)
        #expect(pod.filesystem.read("/tmp/site/index.html") == "hi\n")
        #expect(pod.run("test -d /tmp/site", sink: OutputBuffer()).status == 0)
        #expect(pod.run("test -d /tmp/site/index.html", sink: OutputBuffer()).status == 1)
        let buffer = OutputBuffer()
        #expect(pod.run("tar -xmf - -C /nodir", input: stream, sink: buffer).status == 2)
        #expect(buffer.stderr == "tar: /nodir: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n")
        let garbage = OutputBuffer()
        #expect(pod.run("tar xf -", input: "hello", sink: garbage).status == 2)
        #expect(garbage.stderr.hasPrefix("tar: This does not look like a tar archive\n"))
    }
}
