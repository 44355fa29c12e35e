import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

/// uname, /proc/version and dmesg inside pods: gVisor's kernel under runsc, the host's otherwise.
@Suite struct PodKernelTests {
    static let worldDirectory: String = {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast(3)
        return path.joined(separator: "/") + "/lessons/worlds/tk8s"
    }()

    static let host = KernelIdentity(
        release: "6.8.0-57-generic", version: "#59-Ubuntu SMP PREEMPT_DYNAMIC Sat Mar 15 17:40:59 UTC 2025",
        procVersion: "Linux version 6.8.0-57-generic (b) #59")

    static func session(kernel: KernelIdentity, log: [KernelLogLine]?, userland: ImageCatalog.Userland, osName: String = "GNU/Linux")
        -> ShellSession
    {
        let session = ShellSession(user: "root", hostname: "web", home: "/root", filesystem: VirtualFileSystem()) { _ in }
        PodKernel(identity: kernel, log: log).install(in: session, userland: userland, osName: osName)
        return session
    }

    @Test("uname prints the chosen fields in its own order; -a leaves out the unknown ones")
    func uname() {
        let gnu = Self.session(kernel: Self.host, log: nil, userland: .gnu)
        #expect(run(gnu, "uname").stdout == "Linux\n")
        #expect(run(gnu, "uname -r").stdout == "6.8.0-57-generic\n")
        #expect(run(gnu, "uname -mn").stdout == "web x86_64\n")
        #expect(
            run(gnu, "uname -a").stdout
                == "Linux web 6.8.0-57-generic #59-Ubuntu SMP PREEMPT_DYNAMIC Sat Mar 15 17:40:59 UTC 2025 x86_64 GNU/Linux\n")
        #expect(run(gnu, "uname -p -i").stdout == "unknown unknown\n")
        #expect(run(gnu, "uname --kernel-release --operating-system").stdout == "6.8.0-57-generic GNU/Linux\n")
        let alpine = Self.session(kernel: Self.host, log: nil, userland: .busybox, osName: "Linux")
        #expect(run(alpine, "uname -a").stdout.hasSuffix(" x86_64 Linux\n"))
    }

    @Test("bad uname options are refused in the image's own words")
    func unameErrors() {
        let gnu = run(Self.session(kernel: Self.host, log: nil, userland: .gnu), "uname -x")
        #expect(gnu.stderr == "uname: invalid option -- 'x'\nTry 'uname --help' for more information.\n")
        #expect(gnu.status == 1)
        let busybox = run(Self.session(kernel: Self.host, log: nil, userland: .busybox), "uname -x")
        #expect(busybox.stderr == "uname: unrecognized option: x\n")
    }

    @Test("/proc/version is the kernel's line")
    func procVersion() {
        let session = Self.session(kernel: GVisorKernel.identity, log: nil, userland: .gnu)
        #expect(run(session, "cat /proc/version").stdout == "Linux version 4.4.0 #1 SMP Sun Jan 10 15:06:54 PST 2016\n")
    }

    @Test("dmesg without the right to read the kernel's log fails as busybox and util-linux say")
    func dmesgRefused() {
        let busybox = run(Self.session(kernel: Self.host, log: nil, userland: .busybox), "dmesg")
        #expect(busybox.stderr == "dmesg: klogctl: Operation not permitted\n")
        #expect(busybox.status == 1)
        let gnu = run(Self.session(kernel: Self.host, log: nil, userland: .gnu), "dmesg")
        #expect(gnu.stderr == "dmesg: read kernel buffer failed: Operation not permitted\n")
    }

    @Test("gVisor's log: its start line, ten jokes drawn without putting back, in rising time, then the setup lines and Ready!")
    func gVisorLog() {
        let log = GVisorKernel.syslog(seed: "some-pod-uid")
        #expect(log.count == 14)
        #expect(log.first?.text == "Starting gVisor...")
        #expect(log.suffix(3).map(\.text) == ["Setting up VFS...", "Setting up FUSE...", "Ready!"])
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.seconds < $1.seconds })
        #expect(log[1].seconds > 0.1 && log[1].seconds <= 0.6)
        #expect(GVisorKernel.syslog(seed: "some-pod-uid").map(\.text) == log.map(\.text))
        #expect(GVisorKernel.syslog(seed: "another").map(\.text) != log.map(\.text))
    }

    @Test("busybox prints the buffer's %11.6f stamps; util-linux re-lays them out as %5ld.%06ld")
    func dmesgStamps() {
        let line = KernelLogLine(seconds: 0.5, text: "Ready!")
        #expect(line.raw == "[   0.500000] Ready!\n")
        #expect(line.reformatted == "[    0.500000] Ready!\n")
        let gnu = Self.session(kernel: GVisorKernel.identity, log: [line], userland: .gnu)
        #expect(run(gnu, "dmesg").stdout == "[    0.500000] Ready!\n")
    }

    @Test("a pod under runsc sees gVisor, one under crun the node's kernel")
    func kernelByHandler() throws {
        let cluster = Cluster(world: try World.load(directory: Self.worldDirectory))
        for (name, handler) in [("gvisor", "runsc"), ("crun", "crun")] {
            try cluster.create(
                KubeObject(["apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": ["name": .string(name)], "handler": .string(handler)]))
            try cluster.create(
                KubeObject([
                    "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)],
                    "spec": ["runtimeClassName": .string(name), "containers": [["name": "c", "image": "nginx"]]],
                ]))
        }
        cluster.advance(seconds: 30)
        let gvisor = PodKernel(cluster: cluster, pod: try cluster.get(.pods, namespace: "default", name: "gvisor"), container: "c")
        #expect(gvisor.identity.release == "4.4.0")
        #expect(gvisor.log?.first?.text == "Starting gVisor...")
        let crun = PodKernel(cluster: cluster, pod: try cluster.get(.pods, namespace: "default", name: "crun"), container: "c")
        #expect(crun.identity.release == "6.8.0-57-generic")
        #expect(crun.identity.version.hasPrefix("#59-Ubuntu SMP PREEMPT_DYNAMIC"))
        #expect(crun.log == nil)
    }
}
