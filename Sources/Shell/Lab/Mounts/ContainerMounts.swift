import Cluster
import KubeAPI

/// A pod container's mount table, as containerd's CRI plugin and runc set it up in a kind node:
/// the image's overlay, the runtime's /proc, /dev and /sys, the kubelet's bind mounts of
/// `/etc/hosts` and `/dev/termination-log`, containerd's `/etc/hostname`, `/etc/resolv.conf`
/// and `/dev/shm`, the pod's volumes, then runc's read-only and masked paths.
///
/// CRI mounts are ordered as containerd orders them, by how many components their container
/// path has (a parent before what is mounted inside it), stably. Disk-backed sources are the
/// node's `/var` (kcn's volume on the host disk) or the node's own overlay root.
struct ContainerMounts {
    let cluster: Cluster
    let disk: HostDiskUsage
    /// The host's memory in KiB, which sizes tmpfs mounts made without a size (half of it).
    let hostMemoryKiB: Int64

    static let tmpfsDevSize: Int64 = 65536

    func mounts(of pod: KubeObject, container: String, files fs: VirtualFileSystem) -> [Mount] {
        let spec = pod.containerSpec(named: container) ?? .emptyObject
        let privileged = spec[path: "securityContext.privileged"].bool == true
        let key = pod.uid + "/" + container
        let id = Cluster.runtimeID(of: "container " + key)
        let sandbox = Cluster.runtimeID(of: "sandbox " + cluster.runtimeUID(of: pod))
        let diskUsage = disk.usage()
        var list = [
            Mount(
                device: "overlay", target: "/", type: "overlay", options: Self.overlayOptions(seed: key), deviceKey: "overlay " + key,
                usage: diskUsage),
            Mount(device: "proc", target: "/proc", type: "proc", options: "rw,nosuid,nodev,noexec,relatime", deviceKey: "proc"),
            Mount(
                device: "tmpfs", target: "/dev", type: "tmpfs", options: "rw,nosuid,size=65536k,mode=755,inode64",
                deviceKey: "dev " + key, usage: .tmpfs(sizeKiB: Self.tmpfsDevSize, usedBytes: 0)),
            Mount(
                device: "devpts", target: "/dev/pts", type: "devpts", options: "rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666",
                deviceKey: "devpts " + key),
            Mount(device: "mqueue", target: "/dev/mqueue", type: "mqueue", options: "rw,nosuid,nodev,noexec,relatime", deviceKey: "mqueue"),
            Mount(
                device: "sysfs", target: "/sys", type: "sysfs", options: (privileged ? "rw" : "ro") + ",nosuid,nodev,noexec,relatime",
                deviceKey: "sysfs"),
            Mount(
                device: "cgroup", target: "/sys/fs/cgroup", type: "cgroup2",
                options: (privileged ? "rw" : "ro") + ",nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot", deviceKey: "cgroup"),
        ]
        let podDirectory = VolumeDirectories.podsDirectory + "/" + pod.uid
        var cri: [Mount] = volumeMounts(of: pod, spec: spec, files: fs)
        cri.append(disk.bind("/etc/hosts", root: podDirectory + "/etc-hosts"))
        let message = spec["terminationMessagePath"].string ?? "/dev/termination-log"
        cri.append(disk.bind(message, root: "\(podDirectory)/containers/\(container)/\(id.prefix(8))"))
        let sandboxDirectory = "/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/" + sandbox
        cri.append(disk.bind("/etc/hostname", root: sandboxDirectory + "/hostname"))
        cri.append(disk.bind("/etc/resolv.conf", root: sandboxDirectory + "/resolv.conf"))
        cri.append(
            Mount(
                device: "shm", target: "/dev/shm", type: "tmpfs", options: "rw,nosuid,nodev,noexec,relatime,size=65536k,inode64",
                deviceKey: "shm " + pod.uid, usage: .tmpfs(sizeKiB: Self.tmpfsDevSize, usedBytes: 0)))
        // containerd sorts by depth, stably; the kernel lists a mount under its resolved path.
        let resolved = cri.map { mount in
            var mount = mount
            mount.target = (try? fs.canonicalPath(mount.target).path) ?? mount.target
            return mount
        }
        list += resolved.enumerated().sorted { a, b in
            let (da, db) = (Self.depth(cri[a.offset].target), Self.depth(cri[b.offset].target))
            return da != db ? da < db : a.offset < b.offset
        }.map(\.element)
        guard !privileged else { return list }
        for path in ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"] {
            list.append(Mount(device: "proc", target: path, type: "proc", options: "ro,nosuid,nodev,noexec,relatime", deviceKey: "proc"))
        }
        let half = hostMemoryKiB / 2 / 4 * 4
        for (path, directory) in [
            ("/proc/acpi", true), ("/proc/kcore", false), ("/proc/keys", false), ("/proc/timer_list", false),
            ("/proc/scsi", true), ("/sys/firmware", true),
        ] {
            // A masked directory gets an empty read-only tmpfs; a masked file, the container's /dev/null.
            list.append(
                directory
                    ? Mount(
                        device: "tmpfs", target: path, type: "tmpfs", options: "ro,relatime,inode64", deviceKey: "mask " + path,
                        usage: .tmpfs(sizeKiB: half, usedBytes: 0))
                    : Mount(
                        device: "tmpfs", target: path, type: "tmpfs", options: "rw,nosuid,size=65536k,mode=755,inode64",
                        root: "/null", deviceKey: "dev " + key, usage: .tmpfs(sizeKiB: Self.tmpfsDevSize, usedBytes: 0)))
        }
        return list
    }

    /// The container's volume mounts in its spec's order.
    func volumeMounts(of pod: KubeObject, spec: JSONValue, files fs: VirtualFileSystem) -> [Mount] {
        let volumes = pod[path: "spec.volumes"].array
        var result: [Mount] = []
        for mount in spec["volumeMounts"].array {
            guard let target = mount["mountPath"].string, let volume = volumes.first(where: { $0["name"] == mount["name"] }) else {
                continue
            }
            // The kubelet mounts API data (configMap, secret, projected, downwardAPI) read-only whatever the spec says.
            let apiData = ["configMap", "secret", "projected", "downwardAPI"].contains { !volume[$0].isNull }
            let readOnly = mount["readOnly"].bool == true || apiData
            let name = volume["name"].string ?? ""
            let subPath = mount["subPath"].string ?? ""
            if let plugin = Self.memoryPlugin(of: volume) {
                let size = memorySizeKiB(of: pod, limit: volume[path: "emptyDir.sizeLimit"].string)
                let root = "/"
                let directory = "\(VolumeDirectories.podsDirectory)/\(pod.uid)/volumes/kubernetes.io~\(plugin)/\(name)"
                let options = (readOnly ? "ro" : "rw") + ",relatime,size=\(size)k,inode64"
                result.append(
                    Mount(
                        device: "tmpfs", target: target, type: "tmpfs", options: options, root: subPath.isEmpty ? root : "/" + subPath,
                        deviceKey: "tmpfs " + directory, usage: .tmpfs(sizeKiB: size, usedBytes: fs.pageBytes(under: target))))
                continue
            }
            var source = ""
            if !volume["emptyDir"].isNull {
                source = VolumeDirectories.emptyDirPath(uid: pod.uid, volume: name)
            } else if !volume["configMap"].isNull {
                source = "\(VolumeDirectories.podsDirectory)/\(pod.uid)/volumes/kubernetes.io~configmap/\(name)"
            } else if let path = volume[path: "hostPath.path"].string {
                source = path
            } else if let path = claimDirectory(of: volume, in: pod) {
                source = path
            } else {
                continue
            }
            if !subPath.isEmpty { source += "/" + subPath }
            if source == "/var" || source.hasPrefix("/var/") {
                // The node's /var is kcn's volume on the host disk.
                var bound = disk.bind(target, root: String(source.dropFirst(4)), readOnly: readOnly)
                if bound.root.isEmpty { bound.root = "/" }
                result.append(bound)
            } else {
                // Elsewhere the node's files are its own overlay root, on the host disk too.
                var bound = NodeMounts.rootOverlay(node: pod[path: "spec.nodeName"].string ?? "", usage: disk.usage())
                bound.target = target
                bound.root = source
                if readOnly { bound.options = "ro" + bound.options.dropFirst(2) }
                result.append(bound)
            }
        }
        return result
    }

    /// The kubelet plugin directory of a volume it writes on a memory tmpfs, or nil.
    static func memoryPlugin(of volume: JSONValue) -> String? {
        if volume[path: "emptyDir.medium"].string == "Memory" { return "empty-dir" }
        if !volume["secret"].isNull { return "secret" }
        if !volume["projected"].isNull { return "projected" }
        if !volume["downwardAPI"].isNull { return "downward-api" }
        return nil
    }

    /// A memory-backed volume's size: the node's allocatable memory, or less when the pod's
    /// containers all have memory limits or the emptyDir sets `sizeLimit`.
    func memorySizeKiB(of pod: KubeObject, limit: String?) -> Int64 {
        var bytes: Int64 = Int64.max
        if let node = pod[path: "spec.nodeName"].string, let object = try? cluster.get(.nodes, namespace: nil, name: node),
            let allocatable = object[path: "status.allocatable.memory"].string.flatMap(Quantity.init)
        {
            bytes = allocatable.value
        }
        let limits = pod[path: "spec.containers"].array.map { $0[path: "resources.limits.memory"].string.flatMap(Quantity.init)?.value }
        if !limits.isEmpty, limits.allSatisfy({ $0 != nil }) { bytes = min(bytes, limits.compactMap { $0 }.reduce(0, +)) }
        if let limit = limit.flatMap(Quantity.init)?.value, limit > 0 { bytes = min(bytes, limit) }
        if bytes == Int64.max { bytes = hostMemoryKiB * 1024 }
        // The kernel keeps whole pages.
        return (bytes + 4095) / 4096 * 4
    }

    private func claimDirectory(of volume: JSONValue, in pod: KubeObject) -> String? {
        guard let claimName = volume[path: "persistentVolumeClaim.claimName"].string,
            let claim = try? cluster.get(.persistentVolumeClaims, namespace: pod.namespace, name: claimName),
            let volumeName = claim[path: "spec.volumeName"].string,
            let bound = try? cluster.get(.persistentVolumes, namespace: nil, name: volumeName)
        else { return nil }
        return VolumeDirectories.hostDirectory(of: bound)
    }

    private static func depth(_ path: String) -> Int {
        path.split(separator: "/").count
    }

    /// containerd's overlay snapshotter options: the image's layers below, the container's own
    /// snapshot on top, numbered as the node's snapshotter happened to number them.
    static func overlayOptions(seed: String) -> String {
        let digest = Cluster.runtimeID(of: "snapshot " + seed)
        let top = 40 + Int(UInt32(digest.prefix(6), radix: 16) ?? 0) % 900
        let root = "/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/"
        let lower = (1...3).map { "\(root)\(top - 1 - $0 * 2)/fs" }.joined(separator: ":")
        return "rw,relatime,lowerdir=\(lower),upperdir=\(root)\(top)/fs,workdir=\(root)\(top)/work"
    }
}
