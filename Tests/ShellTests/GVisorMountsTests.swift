import Cluster
import KubeAPI
import Testing

@testable import Shell

/// The mount table a container sees under gVisor (runsc): the Sentry's own file systems and
/// formats, not runc's overlay and the host kernel's.
@Suite struct GVisorMountsTests {
    static var disk: HostDiskUsage {
        var disk = HostDisk()
        disk.sizeKiB = 1_000_000
        disk.usedKiB = 400_000
        return HostDiskUsage(disk: disk, written: { 0 })
    }

    /// A runsc pod with a configMap volume, read-only, and the table gVisor gives its container.
    static func table() throws -> [GVisorMount] {
        let cluster = Cluster(world: try World.load(directory: PodKernelTests.worldDirectory))
        try cluster.create(
            KubeObject(["apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": ["name": "gvisor"], "handler": "runsc"]))
        try cluster.create(KubeObject(["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "site"], "data": ["a": "b"]]))
        try cluster.create(
            KubeObject([
                "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "boxed"],
                "spec": [
                    "runtimeClassName": "gvisor",
                    "containers": [["name": "c", "image": "busybox", "volumeMounts": [["name": "site", "mountPath": "/site"]]]],
                    "volumes": [["name": "site", "configMap": ["name": "site"]]],
                ],
            ]))
        cluster.advance(seconds: 30)
        let pod = try cluster.get(.pods, namespace: "default", name: "boxed")
        return GVisorMounts(cluster: cluster, disk: disk, hostMemoryKiB: 16_000_000).mounts(of: pod, container: "c", files: VirtualFileSystem())
    }

    @Test("every source is none; the root is gVisor's overlay, /dev its tmpfs, binds are 9p, mqueue is left out")
    func fileSystems() throws {
        let table = try Self.table()
        let lines = table.map(\.procLine)
        #expect(lines.first == "none / overlay rw 0 0\n")
        #expect(lines.contains("none /dev tmpfs rw,mode=0755 0 0\n"))
        #expect(lines.contains("none /proc proc rw,noexec,dentry_cache_limit=1000 0 0\n"))
        #expect(lines.contains("none /sys sysfs ro,noexec,dentry_cache_limit=1000 0 0\n"))
        #expect(lines.contains("none /dev/shm tmpfs rw 0 0\n"))
        #expect(lines.contains("none /sys/fs/cgroup/memory cgroup rw,memory 0 0\n"))
        #expect(lines.last == "none /tmp tmpfs rw,mode=01777 0 0\n")
        #expect(!table.contains { $0.mount.target == "/dev/mqueue" })
        let site = try #require(table.first { $0.mount.target == "/site" })
        #expect(site.mount.type == "9p")
        #expect(site.mount.options.hasPrefix("ro,trans=fd,rfdno="))
        #expect(site.mount.options.hasSuffix(",aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,cache=remote_revalidating,disable_fifo_open,directfs"))
    }

    @Test("mounts come by the length of their path, children under their parents")
    func order() throws {
        let table = try Self.table()
        let targets = table.dropFirst().filter { $0.mount.type != "cgroup" && $0.mount.target != "/tmp" }.map(\.mount.target)
        #expect(targets.map(\.count) == targets.map(\.count).sorted())
        #expect(Array(targets.prefix(3)) == ["/dev", "/sys", "/proc"])
        let cgroup = try #require(table.first { $0.mount.target == "/sys/fs/cgroup" })
        let controllers = table.filter { $0.mount.type == "cgroup" }
        #expect(controllers.map(\.parent) == Array(repeating: cgroup.id, count: 7))
        #expect(table.map(\.id) == table.map(\.id).sorted())
    }

    @Test("mountinfo adds IDs, the device, the root within the file system and the superblock's options")
    func mountInfo() throws {
        let table = try Self.table()
        let root = table[0]
        #expect(root.mountInfoLine == "\(root.id) \(root.parent) 0:\(root.minor) / / rw - overlay none rw\n")
        let proc = try #require(table.first { $0.mount.target == "/proc" })
        #expect(proc.mountInfoLine.hasSuffix(" / /proc rw,noexec - proc none rw,dentry_cache_limit=1000\n"))
        let memory = try #require(table.first { $0.mount.target == "/sys/fs/cgroup/memory" })
        #expect(memory.mountInfoLine.contains(" /sys/fs/cgroup/memory rw - cgroup none rw,memory\n"))
        #expect(memory.mount.root.count == 65)
    }

    @Test("df sees the unlimited overlay, half the host's memory for tmpfs, the host disk through the gofer")
    func sizes() throws {
        let table = try Self.table()
        #expect(table[0].mount.usage?.blocks == Int64.max / 4096)
        #expect(table.first { $0.mount.target == "/dev" }?.mount.usage?.blocks == 2_000_000)
        #expect(table.first { $0.mount.target == "/etc/hosts" }?.mount.usage == Self.disk.usage())
        #expect(table.first { $0.mount.target == "/proc" }?.mount.usage == nil)
    }
}
