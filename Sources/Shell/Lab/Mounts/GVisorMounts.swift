import Cluster
import KubeAPI

/// A pod container's mount table when runsc (gVisor, release-20250224.0) runs it, as
/// `runsc/boot/vfs.go` builds it from the OCI spec containerd's CRI plugin writes:
///
/// - the root is gVisor's own overlay (`--overlay2=root:self`): the image through the gofer
///   below, a tmpfs without a size limit above, so it lists the upper tmpfs's (empty) options;
/// - the spec's other mounts follow sorted by the length of their destination (stably, as Go's
///   sort does for the dozen mounts a pod has): `/dev` a tmpfs with `mode=0755`, `/proc` and
///   `/sys` gVisor's own with their dentry cache limit, `/dev/pts`, `/dev/shm` the pod's shared
///   tmpfs (the shim turns containerd's bind mount into one), every bind mount (volumes,
///   `/etc/hosts`, `/etc/resolv.conf`, ...) a 9p gofer mount; `/dev/mqueue` is left out (runsc
///   ignores the type), and `/sys/fs/cgroup` is a read-only tmpfs with one cgroupfs bind mount
///   per controller; last comes a tmpfs on `/tmp`.
///
/// Mount IDs, device minors and gofer descriptor numbers count up as the Sentry hands them out;
/// where they start is the simulation's figure.
struct GVisorMounts {
    let cluster: Cluster
    let disk: HostDiskUsage
    /// The host's memory in KiB: a tmpfs without `size=` is limited to half of it.
    let hostMemoryKiB: Int64

    /// Where the Sentry's counters stand when the sandbox's pause container starts.
    static let firstID = 9
    static let firstMinor = 12
    static let firstDescriptor = 8
    /// The cgroupfs hierarchies the Sentry mounts once per sandbox, before any container.
    static let controllers = ["cpu", "cpuacct", "cpuset", "devices", "job", "memory", "pids"]

    /// What a spec mount becomes.
    private enum Kind {
        case proc, sys, dev, devpts, mqueue, cgroup, shm
        case gofer(readOnly: Bool, usage: Mount.Usage?)
    }

    private struct SpecMount {
        var destination: String
        var kind: Kind
    }

    func mounts(of pod: KubeObject, container: String, files fs: VirtualFileSystem) -> [GVisorMount] {
        let spec = pod.containerSpec(named: container) ?? .emptyObject
        // Earlier containers of the pod (and its pause container) took their IDs first.
        var counters = Counters(id: Self.firstID, minor: Self.firstMinor + Self.controllers.count + 1)
        _ = table(pause: true, spec: .emptyObject, pod: pod, container: "", files: fs, counters: &counters)
        for earlier in containers(of: pod).prefix(while: { $0["name"].string != container }) {
            _ = table(pause: false, spec: earlier, pod: pod, container: earlier["name"].string ?? "", files: fs, counters: &counters)
        }
        return table(pause: false, spec: spec, pod: pod, container: container, files: fs, counters: &counters)
    }

    private struct Counters {
        var id: Int
        var minor: Int
        var descriptor = GVisorMounts.firstDescriptor

        mutating func nextID() -> Int { defer { id += 1 }; return id }
        mutating func nextMinor() -> Int { defer { minor += 1 }; return minor }
    }

    private func containers(of pod: KubeObject) -> [JSONValue] {
        pod[path: "spec.initContainers"].array + pod[path: "spec.containers"].array + pod[path: "spec.ephemeralContainers"].array
    }

    private func table(
        pause: Bool, spec: JSONValue, pod: KubeObject, container: String, files fs: VirtualFileSystem, counters: inout Counters
    ) -> [GVisorMount] {
        let halfMemory = Mount.Usage.tmpfs(sizeKiB: hostMemoryKiB / 2 / 4 * 4, usedBytes: 0)
        let key = pod.uid + "/" + (pause ? "pause" : container)
        // The root: the gofer's lower layer, the upper tmpfs, the namespace's placeholder, the overlay.
        _ = (counters.nextID(), counters.nextID())
        _ = (counters.nextMinor(), counters.nextMinor(), counters.nextMinor())
        let placeholder = counters.nextID()
        counters.descriptor += 1
        let rootID = counters.nextID()
        var list = [
            GVisorMount(
                target: "/", type: "overlay", id: rootID, parent: placeholder, minor: counters.nextMinor(),
                readOnly: spec[path: "securityContext.readOnlyRootFilesystem"].bool == true, deviceKey: "overlay " + key,
                usage: .tmpfs(sizeKiB: Int64.max / 1024 / 4 * 4, usedBytes: 0))
        ]
        // The gofer hands out one descriptor per bind mount, in the spec's order.
        var specMounts = specOrder(pause: pause, spec: spec, pod: pod, container: container, files: fs)
        var descriptors: [String: Int] = [:]
        for mount in specMounts {
            if case .gofer = mount.kind {
                counters.descriptor += 1
                descriptors[mount.destination] = counters.descriptor
            }
        }
        specMounts = specMounts.enumerated().sorted {
            $0.element.destination.count != $1.element.destination.count
                ? $0.element.destination.count < $1.element.destination.count : $0.offset < $1.offset
        }.map(\.element)
        func path(_ destination: String) -> String { (try? fs.canonicalPath(destination).path) ?? destination }
        for mount in specMounts {
            let target = path(mount.destination)
            switch mount.kind {
            case .mqueue:
                continue
            case .proc, .sys:
                let sys: Bool = if case .sys = mount.kind { true } else { false }
                list.append(
                    GVisorMount(
                        target: target, type: sys ? "sysfs" : "proc", id: counters.nextID(), parent: rootID,
                        minor: counters.nextMinor(), readOnly: sys, noexec: true, options: "dentry_cache_limit=1000",
                        deviceKey: (sys ? "sysfs " : "proc ") + key))
            case .dev:
                // The dev file system builds its tmpfs in a mount namespace of its own first.
                _ = counters.nextID()
                list.append(
                    GVisorMount(
                        target: target, type: "tmpfs", id: counters.nextID(), parent: rootID, minor: counters.nextMinor(),
                        options: "mode=0755", deviceKey: "dev " + key, usage: halfMemory))
            case .devpts:
                list.append(
                    GVisorMount(
                        target: target, type: "devpts", id: counters.nextID(), parent: rootID, minor: Self.firstMinor - 1,
                        noexec: true, deviceKey: "devpts"))
            case .shm:
                list.append(
                    GVisorMount(
                        target: target, type: "tmpfs", id: counters.nextID(), parent: rootID, minor: Self.firstMinor + Self.controllers.count,
                        deviceKey: "shm " + pod.uid, usage: halfMemory))
            case .cgroup:
                let parent = counters.nextID()
                list.append(
                    GVisorMount(
                        target: target, type: "tmpfs", id: parent, parent: rootID, minor: counters.nextMinor(), readOnly: true,
                        noexec: true, deviceKey: "cgroup tmpfs " + key, usage: halfMemory))
                let id = Cluster.runtimeID(of: "container " + key)
                for (index, controller) in Self.controllers.enumerated() {
                    list.append(
                        GVisorMount(
                            target: target + "/" + controller, type: "cgroup", id: counters.nextID(), parent: parent,
                            minor: Self.firstMinor + index, options: controller, root: "/" + id, deviceKey: "cgroup " + controller))
                }
            case .gofer(let readOnly, let usage):
                let descriptor = descriptors[mount.destination] ?? 0
                let options =
                    "trans=fd,rfdno=\(descriptor),wfdno=\(descriptor),aname=/,dfltuid=4294967294,dfltgid=4294967294,dcache=1000,"
                    + "cache=remote_revalidating,disable_fifo_open,directfs"
                list.append(
                    GVisorMount(
                        target: target, type: "9p", id: counters.nextID(), parent: rootID, minor: counters.nextMinor(),
                        readOnly: readOnly, options: options, deviceKey: "9p \(key) \(mount.destination)", usage: usage))
            }
        }
        // runsc mounts a tmpfs on /tmp unless the spec mounts something there or the image's
        // /tmp is a file (the lab's images ship theirs empty; what is written later lands on the tmpfs).
        let tmpIsFile = !pause && fs.entry("/tmp").map { $0.kind != .directory } == true
        if !specMounts.contains(where: { $0.destination == "/tmp" }), !tmpIsFile {
            list.append(
                GVisorMount(
                    target: "/tmp", type: "tmpfs", id: counters.nextID(), parent: rootID, minor: counters.nextMinor(),
                    options: "mode=01777", deviceKey: "tmp " + key,
                    usage: .tmpfs(sizeKiB: hostMemoryKiB / 2 / 4 * 4, usedBytes: pause ? 0 : fs.pageBytes(under: "/tmp"))))
        }
        return list
    }

    /// The spec's mounts in containerd's order: its defaults, the cgroup mount, then the CRI
    /// mounts (volumes, the kubelet's and containerd's files, the pod's /dev/shm) by depth.
    private func specOrder(pause: Bool, spec: JSONValue, pod: KubeObject, container: String, files fs: VirtualFileSystem) -> [SpecMount] {
        var list: [SpecMount] = [
            .init(destination: "/proc", kind: .proc), .init(destination: "/dev", kind: .dev),
            .init(destination: "/dev/pts", kind: .devpts), .init(destination: "/dev/mqueue", kind: .mqueue),
            .init(destination: "/sys", kind: .sys), .init(destination: "/sys/fs/cgroup", kind: .cgroup),
        ]
        var cri: [SpecMount] = []
        if !pause {
            let runc = ContainerMounts(cluster: cluster, disk: disk, hostMemoryKiB: hostMemoryKiB)
            for volume in runc.volumeMounts(of: pod, spec: spec, files: fs) {
                cri.append(.init(destination: volume.target, kind: .gofer(readOnly: volume.options.hasPrefix("ro"), usage: volume.usage)))
            }
            let files = ["/etc/hosts", spec["terminationMessagePath"].string ?? "/dev/termination-log", "/etc/hostname", "/etc/resolv.conf"]
            cri += files.map { .init(destination: $0, kind: .gofer(readOnly: false, usage: disk.usage())) }
        }
        cri.append(.init(destination: "/dev/shm", kind: .shm))
        list += cri.enumerated().sorted { a, b in
            let (da, db) = (depth(a.element.destination), depth(b.element.destination))
            return da != db ? da < db : a.offset < b.offset
        }.map(\.element)
        return list
    }

    private func depth(_ path: String) -> Int { path.split(separator: "/").count }
}
