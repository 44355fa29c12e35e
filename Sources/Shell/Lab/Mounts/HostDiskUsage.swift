import Cluster

/// The host disk's figures as `statfs` gives them now: the world's start plus what the lab's
/// volume directories on the nodes hold (emptyDir and local-path folders), page-rounded.
struct HostDiskUsage {
    let disk: HostDisk
    /// The bytes the lab has written to the disk since the start.
    let written: () -> Int64

    /// The disk's device, type and usage now.
    func usage() -> Mount.Usage {
        let blocks = disk.sizeKiB / 4
        let used = min(blocks, disk.usedKiB / 4 + written() / Mount.Usage.blockSize)
        let free = blocks - used
        return Mount.Usage(blocks: blocks, free: free, available: max(0, free - disk.reservedKiB / 4))
    }

    /// A bind mount of a directory or file on the disk at `target`.
    func bind(_ target: String, root: String, readOnly: Bool = false) -> Mount {
        Mount(
            device: disk.device, target: target, type: disk.type, options: (readOnly ? "ro" : "rw") + ",relatime",
            root: root, deviceKey: "disk", usage: usage())
    }
}
