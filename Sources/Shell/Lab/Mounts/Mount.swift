/// One line of a process's mount table (`/proc/mounts`), with what `statfs` says of the file
/// system mounted there.
struct Mount: Equatable {
    /// What the kernel lists as the source (`overlay`, `tmpfs`, `/dev/mapper/...`).
    var device: String
    var target: String
    var type: String
    var options: String
    /// The path inside the source file system that is mounted (mountinfo's root field); GNU df
    /// prefers the entry nearer its source's root when one device is mounted twice.
    var root: String = "/"
    /// Which file system this is: entries with the same key are one device (`st_dev`).
    var deviceKey: String
    /// Sizes in 4 KiB blocks; nil for pseudo file systems with no blocks (proc, sysfs, cgroup2).
    var usage: Usage?

    /// What `statfs` reports, in blocks of `blockSize` bytes.
    struct Usage: Equatable {
        var blocks: Int64
        var free: Int64
        var available: Int64
        static let blockSize: Int64 = 4096

        var used: Int64 { blocks - free }

        /// A tmpfs of `sizeKiB` holding `usedBytes` of pages.
        static func tmpfs(sizeKiB: Int64, usedBytes: Int64) -> Usage {
            let blocks = sizeKiB / 4
            let used = min(blocks, (usedBytes + blockSize - 1) / blockSize)
            return Usage(blocks: blocks, free: blocks - used, available: blocks - used)
        }
    }

    /// The line as `/proc/mounts` prints it.
    var procLine: String { "\(Self.escaped(device)) \(Self.escaped(target)) \(type) \(options) 0 0\n" }

    /// The kernel's octal escapes for space, tab, newline and backslash in mount table fields.
    static func escaped(_ field: String) -> String {
        var out = ""
        for character in field {
            switch character {
            case " ": out += "\\040"
            case "\t": out += "\\011"
            case "\n": out += "\\012"
            case "\\": out += "\\134"
            default: out.append(character)
            }
        }
        return out
    }
}

/// The bytes a tree of files takes on a file system that allocates whole 4 KiB pages.
extension VirtualFileSystem {
    func pageBytes(under path: String) -> Int64 {
        guard let names = list(path) else {
            guard let entry = entry(path), entry.kind == .file else { return 0 }
            return (Int64(entry.size) + 4095) / 4096 * 4096
        }
        var total: Int64 = 0
        for name in names {
            let child = path == "/" ? "/" + name : path + "/" + name
            guard let entry = linkEntry(child), entry.kind != .symlink else { continue }
            total += pageBytes(under: child)
        }
        return total
    }
}
