import Cluster
import KubeAPI

/// A container's `/dev` as runc makes it on its tmpfs: the default character devices (mode
/// 0666, root), the `/proc/self/fd` links, `ptmx`, the devpts, mqueue and shm mount points, and
/// the kubelet's termination-message file (mode 0666), dated when the container was created.
enum ContainerDevices {
    /// runc's default devices (`specconv.AllowedDevices`): name, major, minor.
    static let devices: [(String, Int, Int)] = [
        ("null", 1, 3), ("zero", 1, 5), ("full", 1, 7), ("random", 1, 8), ("urandom", 1, 9), ("tty", 5, 0),
    ]
    /// runc's links into /proc, and the pseudo-terminal multiplexer's link into devpts.
    static let links: [(String, String)] = [
        ("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"), ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"), ("core", "/proc/kcore"), ("ptmx", "pts/ptmx"),
    ]
    /// tmpfs counts 20 bytes for each entry of a directory, over 40 for an empty one.
    static func tmpfsSize(entries: Int) -> Int { 40 + 20 * entries }

    static func populate(_ fs: VirtualFileSystem, pod: KubeObject, container: String, created: Int64) {
        let clock = fs.clock
        fs.clock = { created }
        defer { fs.clock = clock }
        fs.makeMemoryDirectory("/dev", size: 0, mode: 0o755)
        for (name, major, minor) in devices { fs.makeDevice("/dev/" + name, DeviceNumber(major, minor)) }
        for (name, target) in links { fs.makeLink("/dev/" + name, to: target) }
        fs.makeMemoryDirectory("/dev/pts", size: 0, mode: 0o755)
        fs.makeDevice("/dev/pts/ptmx", DeviceNumber(5, 2), mode: 0o000)
        fs.makeMemoryDirectory("/dev/mqueue", size: tmpfsSize(entries: 0), mode: 0o1777)
        fs.makeMemoryDirectory("/dev/shm", size: tmpfsSize(entries: 0), mode: 0o1777)
        let containers = pod[path: "spec.initContainers"].array + pod[path: "spec.containers"].array
        let spec = containers.first { $0["name"].string == container }
        let message = spec?["terminationMessagePath"].string ?? "/dev/termination-log"
        fs.write(message, "", mode: 0o666)
        fs.makeMemoryDirectory("/dev", size: tmpfsSize(entries: fs.list("/dev")?.count ?? 0), mode: 0o755)
    }

    /// When the runtime created the container: its start time, or `fallback` before it started.
    static func created(_ pod: KubeObject, container: String, fallback: Int64) -> Int64 {
        let statuses = pod[path: "status.containerStatuses"].array + pod[path: "status.initContainerStatuses"].array
        let status = statuses.first { $0["name"].string == container }
        let started = status?[path: "state.running.startedAt"].string ?? status?[path: "state.terminated.startedAt"].string
        return started.flatMap(Timestamp.init(rfc3339:))?.seconds ?? fallback
    }
}
