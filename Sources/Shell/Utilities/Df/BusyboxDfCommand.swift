import Cluster
import Kubectl

/// busybox 1.36's `df`: every mount in the table with blocks (all with `-a`), in its order, no
/// device shown twice filtered out; fixed columns, a device name longer than 20 characters on a
/// line of its own.
struct BusyboxDfCommand: ShellCommand {
    let mounts: () -> [Mount]
    /// The build's banner, first line of the usage text.
    var banner = BusyboxBuild.fallbackBanner

    private static let parser = OptionParser(short: "kPTt:aiB:hHm")

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do throws(OptionParser.Failure) {
            parsed = try Self.parser.parse(context.arguments.dropFirst())
        } catch {
            context.io.err("df: \(error.message)\n" + banner + " multi-call binary.\n" + Self.usage)
            return 1
        }
        // Bytes per unit shown; 0 autoscales.
        var unit: Int64 = 1024
        var posix = false, printType = false, all = false
        var type: String?
        for (key, value) in parsed.options {
            switch key {
            case "h", "H": unit = 0
            case "m": unit = 1024 * 1024
            case "k": unit = 1024
            case "P": posix = true
            case "T": printType = true
            case "a": all = true
            case "t": type = value
            default: break
            }
        }
        let units = unit == 0 ? "     Size" : unit == 1024 ? "1K-blocks" : "1M-blocks"
        var out = "Filesystem           " + (printType ? "Type       " : "")
            + units + String(repeating: " ", count: max(0, 15 - units.count))
            + "Used Available " + (posix ? "Capacity" : "Use%") + " Mounted on\n"
        let table = mounts()
        var rows: [Mount] = []
        var status: Int32 = 0
        if parsed.operands.isEmpty {
            rows = table.filter { (all || ($0.usage?.blocks ?? 0) > 0) && (type == nil || $0.type == type) }
        } else {
            for operand in parsed.operands {
                let path = VirtualFileSystem.normalize(operand, relativeTo: context.session.cwd)
                guard context.session.filesystem.exists(path), let mount = MountLookup.mount(
                    holding: (try? context.session.filesystem.canonicalPath(path).path) ?? path, in: table)
                else {
                    context.io.err("df: \(operand): can't find mount point\n")
                    status = 1
                    continue
                }
                if type == nil || mount.type == type { rows.append(mount) }
            }
        }
        for mount in rows {
            let usage = mount.usage ?? Mount.Usage(blocks: 0, free: 0, available: 0)
            var line = mount.device
            if mount.device.count > 20, !posix {
                line += "\n" + String(repeating: " ", count: 20)
            } else {
                line += String(repeating: " ", count: max(0, 20 - line.count))
            }
            if printType {
                line += " " + mount.type
                line += mount.type.count > 10 && !posix
                    ? "\n" + String(repeating: " ", count: 31) : String(repeating: " ", count: max(0, 10 - mount.type.count))
            }
            func size(_ blocks: Int64) -> String {
                let text = DiskSizeFormat.busybox(blocks * Mount.Usage.blockSize, unit: unit)
                return String(repeating: " ", count: max(0, 9 - text.count)) + text
            }
            let percentText = String(Self.percent(usage))
            line += " " + size(usage.blocks) + " " + size(usage.used) + " " + size(usage.available) + " "
                + String(repeating: " ", count: max(0, 3 - percentText.count)) + percentText + "% " + mount.target + "\n"
            out += line
        }
        context.io.out(out)
        return status
    }

    /// busybox rounds the used share to the nearest percent; 0 for an empty file system.
    static func percent(_ usage: Mount.Usage) -> Int64 {
        var used = usage.used
        var total = usage.used + usage.available
        guard total > 0 else { return 0 }
        while total >= Int64(Int32.max) / 101 {
            total >>= 1
            used >>= 1
        }
        return (used * 100 + total / 2) / total
    }

    static let usage = """

        Usage: df [-PkmhTai] [-B SIZE] [-t TYPE] [FILESYSTEM]...

        Print filesystem usage statistics

        \t-P\tPOSIX output format
        \t-k\t1024-byte blocks (default)
        \t-m\t1M-byte blocks
        \t-h\tHuman readable (e.g. 1K 243M 2G)
        \t-T\tPrint filesystem type
        \t-t TYPE\tPrint only mounts of this type
        \t-a\tShow all filesystems
        \t-i\tInodes
        \t-B SIZE\tBlocksize

        """
}
