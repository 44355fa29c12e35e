import KubeAPI
import Kubectl

/// GNU `stat FILE...` in coreutils' default layout (`-L` follows a final link). Inode numbers and
/// the device are simulation figures: a stable number per path, the disk's device-mapper node.
struct StatCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "stat", context, failure: 1)
        } catch {
            return error.status
        }
        guard !parsed.operands.isEmpty else {
            context.io.err("stat: missing operand\n" + GNUMessages.tryHelp("stat"))
            return 1
        }
        let follow = parsed.options.contains { $0.key == "L" }
        let session = context.session
        let users = UserDatabase(session)
        var status: Int32 = 0
        for operand in parsed.operands {
            guard let (path, entry) = session.operand(operand, program: "stat", verb: "statx", followLast: follow, io: context.io) else {
                status = 1
                continue
            }
            context.io.out(Self.describe(operand, path: path, entry, users: users))
        }
        return status
    }

    static func describe(_ name: String, path: String, _ entry: VirtualFileSystem.Entry, users: UserDatabase) -> String {
        let file = entry.kind == .symlink ? "\(name) -> \(entry.target ?? "")" : name
        let size = entry.kind == .symlink ? (entry.target ?? "").utf8.count : entry.listedSize
        let blocks = entry.blocks * 2
        let uid = users.user(entry.owner)?.uid ?? 0
        let gid = users.gid(ofGroup: entry.group) ?? 0
        let time = Timestamp(seconds: entry.modified).cFormat("%Y-%m-%d %H:%M:%S") + ".000000000 +0000"
        var text = "  File: \(file)\n"
        text += "  Size: \(pad(String(size), 10))\tBlocks: \(pad(String(blocks), 10)) IO Block: \(pad("4096", 6)) \(kind(entry, size: size))\n"
        let device = entry.memoryDirectorySize != nil ? "0,\(inode(path) % 60 + 20)" : "252,0"
        text += "Device: \(device)\tInode: \(pad(String(inode(path)), 10))  Links: "
        if let number = entry.device {
            text += pad(String(entry.links), 5) + " Device type: \(number.major),\(number.minor)"
        } else {
            text += String(entry.links)
        }
        text += "\n"
        text += "Access: (\(octal(entry.mode))/\(LsLongFormat.modeString(entry)))  Uid: (\(left(String(uid), 5))/\(left(entry.owner, 8)))"
        text += "   Gid: (\(left(String(gid), 5))/\(left(entry.group, 8)))\n"
        text += "Access: \(time)\nModify: \(time)\nChange: \(time)\n Birth: \(time)\n"
        return text
    }

    /// gnulib's `file_type` words.
    private static func kind(_ entry: VirtualFileSystem.Entry, size: Int) -> String {
        switch entry.kind {
        case .directory: return "directory"
        case .symlink: return "symbolic link"
        default:
            if entry.device != nil { return "character special file" }
            return size == 0 ? "regular empty file" : "regular file"
        }
    }

    /// A stable inode number for a path on the simulated disk.
    private static func inode(_ path: String) -> Int {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash &*= 1_099_511_628_211
        }
        return path == "/" ? 2 : Int(hash % 3_000_000) + 100_000
    }

    private static func octal(_ mode: UInt16) -> String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static let parser = OptionParser(short: "L", long: [.init("dereference", key: "L")])
}

private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
private func left(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
