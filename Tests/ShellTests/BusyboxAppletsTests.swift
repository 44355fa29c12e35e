import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

/// A busybox build inside a container: its applets as files, `busybox` itself, `which`, and
/// honest refusals for what the lab does not simulate.
@Suite struct BusyboxAppletsTests {
    /// busybox:1.36's build from the world's catalog, cut down to a few applets.
    static let build: BusyboxBuild = {
        guard let world = try? World.load(directory: PodKernelTests.worldDirectory),
            case .found(let image) = Cluster(world: world).runtime.images.lookup("busybox:1.36"),
            var build = image.busybox(tag: "1.36")
        else { fatalError("the tk8s world has busybox:1.36") }
        build.applets = ["/bin/[", "/bin/ls", "/bin/sh", "/bin/top", "/bin/cat", "/bin/echo", "/bin/env", "/bin/which"]
        return build
    }()

    static func session(_ build: BusyboxBuild = build) -> ShellSession {
        let fs = VirtualFileSystem(clock: { 1_745_393_100 })
        ImageFiles.install(build, into: fs)
        let session = ShellSession(user: "root", hostname: "box", home: "/root", filesystem: fs) { _ in }
        session.cwd = "/"
        session.register("ls", LsCommand(busybox: true))
        BusyboxApplets(build: build, keep: ["sh"]).install(in: session)
        return session
    }

    @Test("the applets are hard links to /bin/busybox, dated as the build")
    func hardLinks() {
        let out = run(Self.session(), "ls -l /bin/sh /usr/bin/env").stdout
        #expect(out == """
            -rwxr-xr-x    9 root     root       1015472 May 18  2023 /bin/sh
            lrwxrwxrwx    1 root     root            13 May 18  2023 /usr/bin/env -> ../../bin/env

            """)
        #expect(run(Self.session(), "ls -1 /bin").stdout == "[\nbusybox\ncat\necho\nenv\ngetconf\nls\nsh\ntop\nwhich\n")
    }

    @Test("the busybox image has buildroot's accounts, dated as its build")
    func accounts() throws {
        let lab = try tk8sLab(after: ["kubectl run box --image=busybox:1.36 -- sleep 3600", "sleep 20"])
        #expect(run(lab, "kubectl exec box -- id nobody").out == "uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n")
        #expect(run(lab, "kubectl exec box -- grep wheel /etc/group").out == "wheel:x:10:root\n")
        #expect(run(lab, "kubectl exec box -- ls -l /etc/passwd").out
            == "-rw-r--r--    1 root     root           340 May 18  2023 /etc/passwd\n")
    }

    @Test("symbolic builds link each applet to the binary instead")
    func symbolicLinks() {
        var build = Self.build
        build.symbolic = true
        build.applets = ["/bin/ls", "/usr/bin/top"]
        let out = run(Self.session(build), "ls -l /usr/bin/top").stdout
        #expect(out.hasPrefix("lrwxrwxrwx    1 root     root            12 May 18  2023 /usr/bin/top -> /bin/busybox"))
    }

    @Test("busybox --list, and busybox with no arguments prints its banner and the applets in 80 columns")
    func listAndUsage() {
        #expect(run(Self.session(), "busybox --list").stdout == "[\ncat\necho\nenv\nls\nsh\ntop\nwhich\n")
        let usage = run(Self.session(), "busybox").stdout
        #expect(usage.hasPrefix("BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\nBusyBox is copyrighted"))
        #expect(usage.hasSuffix("Currently defined functions:\n\t[, cat, echo, env, ls, sh, top, which\n"))
        let command = BusyboxCommand(build: BusyboxBuilds.many)
        let lines = command.usage().split(separator: "\n").drop { !$0.hasPrefix("Currently") }.dropFirst()
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count + 7 <= 80 })
    }

    @Test("busybox APPLET runs the applet; an unknown name is not an applet (127)")
    func runsApplets() {
        #expect(run(Self.session(), "busybox echo hi").stdout == "hi\n")
        let missing = run(Self.session(), "busybox jq")
        #expect(missing.stderr == "jq: applet not found\n")
        #expect(missing.status == 127)
    }

    @Test("which finds the applet in \\$PATH; GNU-only tools are gone; unsimulated applets say so")
    func whichAndRefusals() {
        #expect(run(Self.session(), "which ls env").stdout == "/bin/ls\n/usr/bin/env\n")
        #expect(run(Self.session(), "which jq").status == 1)
        let top = run(Self.session(), "top")
        #expect(top.stderr == "top: this program is in the image, but not part of this lab yet\n")
        #expect(top.status == 1)
        #expect(run(Self.session(), "getconf PAGESIZE").status == 1)
        #expect(run(Self.session(), "jq .").stderr == "bash: jq: command not found\n")
    }

    @Test("APPLET --help prints the banner and usage line on stderr with status 0; echo does not")
    func appletHelp() {
        let result = run(BusyboxAppletsTests.session(), "ls --help -l")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasPrefix(
                BusyboxAppletsTests.build.banner + " multi-call binary.\n\nUsage: ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...\n\n"))
        #expect(result.status == 0)
        #expect(run(BusyboxAppletsTests.session(), "busybox --help cat").stderr.contains("\nUsage: cat [FILE]...\n"))
        #expect(run(BusyboxAppletsTests.session(), "echo --help").stdout == "--help\n")
    }
}

/// A build with enough applets to wrap the usage list.
enum BusyboxBuilds {
    static let many: BusyboxBuild = {
        var build = BusyboxAppletsTests.build
        build.applets = (0..<60).map { "/bin/applet\($0)" }
        return build
    }()
}
