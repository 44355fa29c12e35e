import Kubectl

/// GNU coreutils 9.1's `df` (Debian bookworm): one line per file system, mounts of pseudo file
/// systems and of zero size left out, and a device mounted twice shown once, by the rules of
/// coreutils' filter_mount_list. Columns are as wide as their widest cell.
struct GNUDfCommand: ShellCommand {
    /// The mount table the process sees, read when df runs.
    let mounts: () -> [Mount]

    private static let parser = OptionParser(
        short: "ahHiklmPTt:vx:B:",
        long: [
            .init("all", key: "a"), .init("human-readable", key: "h"), .init("si", key: "H"), .init("portability", key: "P"),
            .init("print-type", key: "T"), .init("type", .required, key: "t"), .init("exclude-type", .required, key: "x"),
            .init("local", key: "l"), .init("inodes", key: "i"), .init("block-size", .required, key: "B"),
            .init("total", key: "total"),
        ])

    /// fs types gnulib counts as dummies (not shown without -a).
    private static let dummyTypes: Set<String> = [
        "autofs", "proc", "subfs", "debugfs", "devpts", "fusectl", "mqueue", "rpc_pipefs", "sysfs", "devfs", "kernfs",
        "ignore", "none", "cgroup", "cgroup2", "bpf", "binfmt_misc", "configfs", "securityfs", "tracefs", "nsfs",
    ]

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "df", context, failure: 1)
        } catch {
            return error.status
        }
        var all = false, human: UInt64? = nil, posix = false, printType = false
        var only: Set<String> = [], excluded: Set<String> = []
        for (key, value) in parsed.options {
            switch key {
            case "a": all = true
            case "h": human = 1024
            case "H": human = 1000
            case "k": human = nil
            case "P": posix = true
            case "T": printType = true
            case "t": only.insert(value ?? "")
            case "x": excluded.insert(value ?? "")
            default: break
            }
        }
        let table = mounts()
        var rows: [Mount] = []
        var status: Int32 = 0
        if parsed.operands.isEmpty {
            rows = Self.filtered(table, all: all).filter {
                (only.isEmpty || only.contains($0.type)) && !excluded.contains($0.type)
            }
        } else {
            for operand in parsed.operands {
                let path = VirtualFileSystem.normalize(operand, relativeTo: context.session.cwd)
                guard context.session.filesystem.exists(path) || operand == "/" else {
                    context.io.err("df: \(operand): No such file or directory\n")
                    status = 1
                    continue
                }
                let real = (try? context.session.filesystem.canonicalPath(path).path) ?? path
                if let mount = MountLookup.mount(holding: real, in: table) { rows.append(mount) }
            }
            if rows.isEmpty, status != 0 { return status }
        }
        var header = ["Filesystem"]
        if printType { header.append("Type") }
        if human != nil {
            header += ["Size", "Used", "Avail", "Use%", "Mounted on"]
        } else {
            header += [posix ? "1024-blocks" : "1K-blocks", "Used", "Available", posix ? "Capacity" : "Use%", "Mounted on"]
        }
        var cells = [header]
        for mount in rows {
            let usage = mount.usage ?? Mount.Usage(blocks: 0, free: 0, available: 0)
            func size(_ blocks: Int64) -> String {
                let bytes = blocks * Mount.Usage.blockSize
                if let human { return DiskSizeFormat.gnuHuman(bytes, base: human) }
                return String(bytes / 1024)
            }
            var row = [mount.device]
            if printType { row.append(mount.type) }
            row += [size(usage.blocks), size(usage.used), size(usage.available), Self.percent(usage), mount.target]
            cells.append(row)
        }
        context.io.out(Self.layout(cells, minimums: printType ? [14, 4, 5, 5, 5, 4, 0] : [14, 5, 5, 5, 4, 0], leftColumns: printType ? [0, 1] : [0]))
        return status
    }

    /// Used as a share of what non-root users could have, rounded up; `-` for an empty file system.
    static func percent(_ usage: Mount.Usage) -> String {
        let total = usage.used + usage.available
        guard total > 0 else { return "-" }
        let scaled = usage.used * 100
        return "\(scaled / total + (scaled % total != 0 ? 1 : 0))%"
    }

    /// The mounts df lists without operands: no dummies or empty file systems unless `all`, and
    /// one entry per device: a real device name beats a pseudo one, then the entry nearer the
    /// root, unless its source lies deeper in the device.
    static func filtered(_ mounts: [Mount], all: Bool) -> [Mount] {
        var kept: [Mount?] = []
        var slot: [String: Int] = [:]
        for mount in mounts {
            if !all, dummyTypes.contains(mount.type) { continue }
            if let index = slot[mount.deviceKey], let seen = kept[index] {
                let nearer = seen.target.count > mount.target.count
                let sourceBelow = seen.root.count < mount.root.count
                if (mount.device.contains("/") && !seen.device.contains("/")) || (nearer && !sourceBelow)
                    || (seen.device != mount.device && seen.target == mount.target)
                {
                    kept[index] = mount
                }
                continue
            }
            slot[mount.deviceKey] = kept.count
            kept.append(mount)
        }
        return kept.compactMap { $0 }.filter { all || ($0.usage?.blocks ?? 0) > 0 }
    }

    /// Pads each column to its widest cell: text columns to the left, numbers to the right; the
    /// last column is not padded.
    static func layout(_ rows: [[String]], minimums: [Int], leftColumns: Set<Int>) -> String {
        guard let count = rows.first?.count else { return "" }
        let widths = (0..<count).map { column in
            max(minimums[column], rows.map { $0[column].count }.max() ?? 0)
        }
        var out = ""
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                if column > 0 { line += " " }
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                if column == count - 1 {
                    line += cell
                } else {
                    line += leftColumns.contains(column) || column == count - 1 ? cell + pad : pad + cell
                }
            }
            out += line + "\n"
        }
        return out
    }
}
