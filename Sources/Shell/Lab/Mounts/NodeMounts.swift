import Cluster
import KubeAPI

/// A node container's mount table: podman's overlay root and pseudo file systems, kcn's volumes
/// on the host disk, podman's `/etc/hosts`, `/etc/hostname` and `/etc/resolv.conf` from the
/// host's /run, then what containerd and the kubelet mounted for the node's pods: each sandbox's
/// `/dev/shm`, each running container's root file system and each pod's memory-backed volumes.
struct NodeMounts {
    let cluster: Cluster
    let host: HostSettings
    let disk: HostDiskUsage

    func mounts(of node: String) -> [Mount] {
        let key = "node " + node
        var list = [
            Self.rootOverlay(node: node, usage: disk.usage()),
            Mount(device: "proc", target: "/proc", type: "proc", options: "rw,nosuid,nodev,noexec,relatime", deviceKey: "proc " + key),
            Mount(
                device: "tmpfs", target: "/dev", type: "tmpfs", options: "rw,nosuid,size=65536k,mode=755,inode64",
                deviceKey: "dev " + key, usage: .tmpfs(sizeKiB: ContainerMounts.tmpfsDevSize, usedBytes: 0)),
            Mount(device: "sysfs", target: "/sys", type: "sysfs", options: "rw,nosuid,nodev,noexec,relatime", deviceKey: "sysfs"),
            Mount(
                device: "devpts", target: "/dev/pts", type: "devpts", options: "rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666",
                deviceKey: "devpts " + key),
            Mount(device: "mqueue", target: "/dev/mqueue", type: "mqueue", options: "rw,nosuid,nodev,noexec,relatime", deviceKey: "mqueue " + key),
            Mount(
                device: "cgroup2", target: "/sys/fs/cgroup", type: "cgroup2", options: "rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot",
                deviceKey: "cgroup " + key),
            Mount(
                device: "shm", target: "/dev/shm", type: "tmpfs", options: "rw,nosuid,nodev,noexec,relatime,size=64000k,inode64",
                deviceKey: "shm " + key, usage: .tmpfs(sizeKiB: 64000, usedBytes: 0)),
        ]
        let container = host.containers.first { $0.name == node }
        let volumes = (container?.diskMounts ?? []) + (container?.volumes ?? []).compactMap { volume in
            let parts = volume.split(separator: ":").map(String.init)
            return parts.count >= 2 ? parts.dropFirst().joined(separator: ":") : nil
        }
        for volume in volumes {
            let parts = volume.split(separator: ":").map(String.init)
            guard let target = parts.first else { continue }
            list.append(disk.bind(target, root: target, readOnly: parts.dropFirst().contains("ro")))
        }
        let userdata = "/run/containers/storage/overlay-containers/\(Cluster.runtimeID(of: key))/userdata"
        let run = Mount.Usage.tmpfs(sizeKiB: host.runKiB, usedBytes: 0)
        for file in ["/etc/resolv.conf", "/etc/hosts", "/run/.containerenv", "/etc/hostname"] {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            list.append(
                Mount(
                    device: "tmpfs", target: file, type: "tmpfs", options: "rw,nosuid,nodev,noexec,relatime,size=\(host.runKiB)k,mode=755,inode64",
                    root: userdata + "/" + name, deviceKey: "host run",
                    usage: run))
        }
        list += podMounts(on: node)
        return list
    }

    /// What containerd and the kubelet mounted in the node for its running pods.
    private func podMounts(on node: String) -> [Mount] {
        var list: [Mount] = []
        let pods = cluster.list(.pods).filter {
            $0[path: "spec.nodeName"].string == node && $0[path: "status.phase"].string == "Running"
        }
        let sizes = ContainerMounts(cluster: cluster, disk: disk, hostMemoryKiB: 0)
        for pod in pods {
            let sandbox = Cluster.runtimeID(of: "sandbox " + cluster.runtimeUID(of: pod))
            let sandboxes = "/run/containerd/io.containerd.grpc.v1.cri/sandboxes/" + sandbox
            list.append(
                Mount(
                    device: "shm", target: sandboxes + "/shm", type: "tmpfs", options: "rw,nosuid,nodev,noexec,relatime,size=65536k,inode64",
                    deviceKey: "shm " + pod.uid, usage: .tmpfs(sizeKiB: ContainerMounts.tmpfsDevSize, usedBytes: 0)))
            list.append(rootfs(id: sandbox, seed: "sandbox " + cluster.runtimeUID(of: pod)))
            for volume in pod[path: "spec.volumes"].array {
                guard let plugin = ContainerMounts.memoryPlugin(of: volume), let name = volume["name"].string else { continue }
                let directory = "\(VolumeDirectories.podsDirectory)/\(pod.uid)/volumes/kubernetes.io~\(plugin)/\(name)"
                let size = sizes.memorySizeKiB(of: pod, limit: volume[path: "emptyDir.sizeLimit"].string)
                // What the kubelet wrote there: a page or more per projected file.
                let files = (try? cluster.projectedFiles(of: volume, in: pod)) ?? nil
                let used = (files ?? []).reduce(Int64(0)) { $0 + (Int64($1.content.utf8.count) + 4095) / 4096 * 4096 }
                list.append(
                    Mount(
                        device: "tmpfs", target: directory, type: "tmpfs", options: "rw,relatime,size=\(size)k,inode64",
                        deviceKey: "tmpfs " + directory, usage: .tmpfs(sizeKiB: size, usedBytes: used)))
            }
            for status in pod[path: "status.containerStatuses"].array where !status[path: "state.running"].isNull {
                guard let name = status["name"].string else { continue }
                list.append(rootfs(id: Cluster.runtimeID(of: "container " + pod.uid + "/" + name), seed: pod.uid + "/" + name))
            }
        }
        return list
    }

    private func rootfs(id: String, seed: String) -> Mount {
        Mount(
            device: "overlay", target: "/run/containerd/io.containerd.runtime.v2.task/k8s.io/\(id)/rootfs", type: "overlay",
            options: ContainerMounts.overlayOptions(seed: seed), deviceKey: "overlay " + seed, usage: disk.usage())
    }

    /// The node container's root: podman's overlay over the node image's layers on the host disk.
    static func rootOverlay(node: String, usage: Mount.Usage) -> Mount {
        let id = Cluster.runtimeID(of: "node " + node)
        let storage = "/var/lib/containers/storage/overlay"
        let layers = (1...4).map { "\(storage)/l/\(Cluster.runtimeID(of: "layer \($0)").prefix(26).uppercased())" }.joined(separator: ":")
        return Mount(
            device: "overlay", target: "/", type: "overlay",
            options: "rw,relatime,lowerdir=\(layers),upperdir=\(storage)/\(id)/diff,workdir=\(storage)/\(id)/work,nouserxattr",
            deviceKey: "overlay node " + node, usage: usage)
    }
}
