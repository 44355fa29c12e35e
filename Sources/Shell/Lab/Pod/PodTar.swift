import Cluster
import Kubectl

/// The `tar` of an image that ships one (GNU tar, or busybox's applet), in the forms `kubectl cp`
/// runs: `tar cf - PATH...` packs to stdout, `tar -xmf - [-C DIR]` unpacks stdin, `tar tf -` lists.
/// The host's GNU tar is the same command.
struct PodTar: ShellCommand {
    let userland: ImageCatalog.Userland

    private enum Mode { case create, extract, list }

    func run(_ context: CommandContext) -> Int32 {
        var mode: Mode?
        var archive: String?
        var directory: String?
        var operands: [String] = []
        var words = context.arguments.dropFirst()
        var first = true
        while let word = words.popFirst() {
            defer { first = false }
            if word.hasPrefix("--") {
                guard Self.ignoredLongOptions.contains(word) else { return usage("unrecognized option '\(word)'", context) }
                continue
            }
            // The first word may bundle letters without a dash (`tar cf -`), as old tar allows.
            guard word.hasPrefix("-") || (first && !word.isEmpty), word != "-" else {
                operands.append(word)
                continue
            }
            for letter in word.drop(while: { $0 == "-" }) {
                switch letter {
                case "c": mode = .create
                case "x": mode = .extract
                case "t": mode = .list
                case "m", "v", "p", "o": continue
                case "f", "C":
                    guard let value = words.popFirst() else { return usage("option requires an argument -- '\(letter)'", context) }
                    if letter == "f" { archive = value } else { directory = value }
                default: return usage("invalid option -- '\(letter)'", context)
                }
            }
        }
        guard let mode else {
            return usage("You must specify one of the '-Acdtrux', '--delete' or '--test-label' options", context)
        }
        if let directory {
            guard context.session.filesystem.isDirectory(context.session.resolve(directory)) else {
                return fail(cannotChange: directory, context)
            }
            context.session.cwd = context.session.resolve(directory)
        }
        // Only unpacking and listing read the archive: creating leaves standard input unread.
        func input() -> String {
            archive == nil || archive == "-" ? context.io.input : (try? context.session.readFile(archive ?? "")) ?? ""
        }
        switch mode {
        case .create: return create(operands, context)
        case .extract: return extract(input(), context)
        case .list: return list(input(), context)
        }
    }

    /// Packs each operand (directories with everything under them) onto stdout.
    private func create(_ operands: [String], _ context: CommandContext) -> Int32 {
        let fs = context.session.filesystem
        var members: [TarArchive.Member] = []
        var failed = false
        var warned = false
        for operand in operands {
            let path = context.session.resolve(operand)
            if operand.hasPrefix("/"), !warned, fs.exists(path) || userland == .gnu {
                context.io.err(userland == .gnu
                    ? "tar: Removing leading `/' from member names\n" : "tar: removing leading '/' from member names\n")
                warned = true
            }
            guard fs.exists(path) else {
                context.io.err(userland == .gnu
                    ? "tar: \(operand): Cannot stat: No such file or directory\n" : "tar: \(operand): No such file or directory\n")
                failed = true
                continue
            }
            let name = String(operand.drop { $0 == "/" })
            add(path, as: name.isEmpty ? "." : name, fs, into: &members)
        }
        context.io.out(TarArchive(members: members).encoded)
        guard failed else { return 0 }
        context.io.err(userland == .gnu
            ? "tar: Exiting with failure status due to previous errors\n" : "tar: error exit delayed from previous errors\n")
        return userland == .gnu ? 2 : 1
    }

    private func add(_ path: String, as name: String, _ fs: VirtualFileSystem, into members: inout [TarArchive.Member]) {
        guard let entry = fs.entry(path) else { return }
        if fs.isDirectory(path) {
            members.append(.init(name: name, isDirectory: true, mode: entry.mode, modified: entry.modified))
            for child in (fs.list(path) ?? []).sorted() {
                add(path == "/" ? "/" + child : path + "/" + child, as: name + "/" + child, fs, into: &members)
            }
        } else {
            members.append(.init(name: name, mode: entry.mode, contents: fs.read(path) ?? "", modified: entry.modified))
        }
    }

    /// Unpacks stdin below the working directory.
    private func extract(_ input: String, _ context: CommandContext) -> Int32 {
        guard let archive = TarArchive.decode(input) else { return notAnArchive(context) }
        let fs = context.session.filesystem
        var failed = false
        for member in archive.members {
            let path = context.session.resolve(member.name)
            // What it unpacks belongs to whoever runs it (root in a container, the learner on the host).
            let owner = context.session.user
            let written = member.isDirectory
                ? fs.makeDirectory(path, mode: member.mode, owner: owner)
                : fs.write(path, member.contents, mode: member.mode, owner: owner)
            if !written {
                context.io.err(userland == .gnu
                    ? "tar: \(member.name): Cannot open: Not a directory\n"
                    : "tar: can't create '\(member.name)': Not a directory\n")
                failed = true
            }
        }
        guard failed else { return 0 }
        if userland == .gnu { context.io.err("tar: Exiting with failure status due to previous errors\n") }
        return userland == .gnu ? 2 : 1
    }

    /// Prints the members' names, as `tar tf -` does.
    private func list(_ input: String, _ context: CommandContext) -> Int32 {
        guard let archive = TarArchive.decode(input) else { return notAnArchive(context) }
        for member in archive.members {
            context.io.out(member.name + (member.isDirectory && !member.name.hasSuffix("/") ? "/" : "") + "\n")
        }
        return 0
    }

    private func notAnArchive(_ context: CommandContext) -> Int32 {
        if userland == .gnu {
            context.io.err("tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n")
            return 2
        }
        context.io.err("tar: invalid tar magic\n")
        return 1
    }

    private func fail(cannotChange directory: String, _ context: CommandContext) -> Int32 {
        if userland == .gnu {
            context.io.err("tar: \(directory): Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n")
            return 2
        }
        context.io.err("tar: can't change directory to '\(directory)': No such file or directory\n")
        return 1
    }

    private func usage(_ problem: String, _ context: CommandContext) -> Int32 {
        if userland == .gnu {
            context.io.err("tar: \(problem)\nTry 'tar --help' or 'tar --usage' for more information.\n")
            return 2
        }
        context.io.err("tar: \(problem)\n")
        return 1
    }

    /// The long options `kubectl cp --no-preserve` passes; as root they change nothing here.
    private static let ignoredLongOptions: Set<String> = ["--no-same-permissions", "--no-same-owner"]
}
