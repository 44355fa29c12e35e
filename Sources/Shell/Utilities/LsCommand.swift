import KubeAPI
import Kubectl

/// `ls` and `dir`: list directory contents as GNU coreutils does, in columns to a terminal,
/// one per line into a pipe, or in the long format with `-l`.
struct LsCommand: ShellCommand {
    /// `dir` is `ls -C -b`: columns whatever the output is.
    var program = "ls"
    /// busybox's `ls` (busybox and Alpine images): its long format and error wording.
    var busybox = false

    struct Options {
        var all = false, almostAll = false, long = false, human = false, recursive = false
        var directoriesThemselves = false, onePerLine = false, columns = false
        var sortByTime = false, sortBySize = false, reverse = false, classify = false, numeric = false
        /// `-L`: show what links lead to rather than the links.
        var dereference = false
        var busybox = false
    }

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: program, context, failure: 2)
        } catch {
            return error.status
        }
        var options = Options()
        options.columns = program == "dir"
        options.busybox = busybox
        for (key, _) in parsed.options {
            switch key {
            case "a": options.all = true
            case "A": options.almostAll = true
            case "l": (options.long, options.onePerLine, options.columns) = (true, false, false)
            case "n": (options.long, options.numeric) = (true, true)
            case "h": options.human = true
            case "R": options.recursive = true
            case "d": options.directoriesThemselves = true
            case "1": (options.onePerLine, options.long, options.columns) = (true, false, false)
            case "C": (options.columns, options.long, options.onePerLine) = (true, false, false)
            case "t": options.sortByTime = true
            case "S": options.sortBySize = true
            case "r": options.reverse = true
            case "F": options.classify = true
            case "L": options.dereference = true
            default: break
            }
        }
        if !options.long, !options.onePerLine, !options.columns, context.io.writesToTerminal {
            options.columns = true
        }
        var listing = LsListing(
            program: program, options: options, session: context.session,
            width: Int(context.session.environmentValue("COLUMNS") ?? "") ?? 80)
        return listing.run(parsed.operands.isEmpty ? ["."] : parsed.operands, io: context.io)
    }

    private static let parser = OptionParser(
        short: "aAlnhRd1CtSrFL",
        long: [
            .init("all", key: "a"), .init("almost-all", key: "A"), .init("human-readable", key: "h"),
            .init("recursive", key: "R"), .init("directory", key: "d"), .init("reverse", key: "r"),
            .init("classify", key: "F"), .init("numeric-uid-gid", key: "n"),
            .init("dereference", key: "L"),
        ])
}

/// One run of `ls` over its operands: files first, then each directory under a heading.
struct LsListing {
    let program: String
    let options: LsCommand.Options
    let session: ShellSession
    let width: Int
    var status: Int32 = 0
    private var printedSomething = false

    init(program: String, options: LsCommand.Options, session: ShellSession, width: Int) {
        self.program = program
        self.options = options
        self.session = session
        self.width = width
    }

    mutating func run(_ operands: [String], io: IOStreams) -> Int32 {
        var files: [LsItem] = []
        var directories: [LsItem] = []
        for operand in operands {
            do throws(FileError) {
                // A link named on the command line is listed itself in the long, -d and -F forms.
                let itself = !options.dereference && (options.long || options.directoriesThemselves || options.classify)
                let fs = session.filesystem
                var (path, entry) = try fs.lookup(operand, from: session.cwd, user: session.user, followLast: !itself)
                if entry == nil, !itself, fs.linkEntry(VirtualFileSystem.normalize(operand, relativeTo: session.cwd)) != nil {
                    // A dangling link: GNU lists the link; busybox reports the target missing.
                    if options.busybox || options.dereference { throw .noSuchFile }
                    (path, entry) = try fs.lookup(operand, from: session.cwd, user: session.user, followLast: false)
                }
                guard let entry else { throw .noSuchFile }
                let item = LsItem(name: operand, path: path, entry: entry)
                if entry.kind == .directory && !options.directoriesThemselves {
                    directories.append(item)
                } else {
                    files.append(item)
                }
            } catch {
                if options.busybox {
                    io.err("\(program): \(operand): \(error.message)\n")
                    status = 1
                } else {
                    io.err("\(program): cannot access '\(operand)': \(error.message)\n")
                    status = 2
                }
            }
        }
        let headings = operands.count > 1 || options.recursive
        if !files.isEmpty {
            io.out(format(sorted(files), total: false))
            printedSomething = true
        }
        for directory in sorted(directories) {
            list(directory, heading: headings, io: io)
        }
        return status
    }

    private mutating func list(_ directory: LsItem, heading: Bool, io: IOStreams) {
        let fs = session.filesystem
        guard let node = fs.node(at: directory.path), VirtualFileSystem.allows(node, user: session.user, 0o4),
            let names = fs.list(directory.path)
        else {
            io.err("\(program): cannot open directory '\(directory.name)': Permission denied\n")
            status = 2
            return
        }
        var items: [LsItem] = []
        if options.all {
            for special in [".", ".."] {
                let path = VirtualFileSystem.normalize(special, relativeTo: directory.path)
                if let entry = fs.linkEntry(path) { items.append(LsItem(name: special, path: path, entry: entry)) }
            }
        }
        for name in names where options.all || options.almostAll || !name.hasPrefix(".") {
            let path = VirtualFileSystem.normalize(name, relativeTo: directory.path)
            if let entry = options.dereference ? fs.entry(path) : fs.linkEntry(path) {
                let followed = entry.kind == .symlink && options.classify ? fs.entry(path) : nil
                items.append(LsItem(name: name, path: path, entry: entry, followed: followed))
            } else if let entry = fs.linkEntry(path) {
                // `-L` on a dangling link: an error for it, then the link itself.
                let shown =
                    directory.name == "." ? name
                    : directory.name.hasSuffix("/") ? directory.name + name : directory.name + "/" + name
                var failure = FileError.noSuchFile
                do throws(FileError) { _ = try fs.resolve(path) } catch { failure = error }
                io.err("\(program): cannot access '\(shown)': \(failure.message)\n")
                status = 1
                items.append(LsItem(name: name, path: path, entry: entry, unreadable: true))
            }
        }
        items = sorted(items)
        var text = printedSomething ? "\n" : ""
        if heading { text += directory.name + ":\n" }
        text += format(items, total: true)
        io.out(text)
        printedSomething = true
        guard options.recursive else { return }
        for item in items where item.entry.kind == .directory && item.name != "." && item.name != ".." {
            let name = directory.name.hasSuffix("/") ? directory.name + item.name : directory.name + "/" + item.name
            list(LsItem(name: name, path: item.path, entry: item.entry), heading: true, io: io)
        }
    }

    private func sorted(_ items: [LsItem]) -> [LsItem] {
        var result = items.sorted { codePointOrder($0.name, $1.name) }
        if options.sortBySize {
            result = result.enumerated().sorted {
                $0.element.entry.listedSize != $1.element.entry.listedSize
                    ? $0.element.entry.listedSize > $1.element.entry.listedSize : $0.offset < $1.offset
            }.map(\.element)
        } else if options.sortByTime {
            result = result.enumerated().sorted {
                $0.element.entry.modified != $1.element.entry.modified
                    ? $0.element.entry.modified > $1.element.entry.modified : $0.offset < $1.offset
            }.map(\.element)
        }
        return options.reverse ? result.reversed() : result
    }

    private func format(_ items: [LsItem], total: Bool) -> String {
        if options.long, options.busybox {
            return BusyboxLsLongFormat(options: options, now: session.filesystem.clock()).format(items, total: total)
        }
        if options.long {
            return LsLongFormat(options: options, now: session.filesystem.clock()).format(items, total: total)
        }
        let names = items.map { $0.name + suffix($0) }
        if options.columns { return LsColumns.format(names, width: width) }
        return names.map { $0 + "\n" }.joined()
    }

    private func suffix(_ item: LsItem) -> String {
        guard options.classify else { return "" }
        if item.entry.kind == .directory { return "/" }
        if item.entry.kind == .symlink { return "@" }
        return item.entry.mode & 0o111 != 0 ? "*" : ""
    }
}

/// A name to list and what it names.
struct LsItem {
    var name: String
    var path: String
    var entry: VirtualFileSystem.Entry
    /// A link `-L` could not follow: GNU's long format shows `?` for all it could not learn.
    var unreadable = false
    /// With `-F`, what a link leads to, for the indicator after its target in the long format.
    var followed: VirtualFileSystem.Entry?
}

extension VirtualFileSystem.Entry {
    /// The size `ls -l` shows: a directory takes one 4096-byte block.
    var listedSize: Int { kind == .directory ? memoryDirectorySize ?? 4096 : size }

    /// The 1024-byte blocks the file occupies on an ext4-like disk of 4 KiB blocks.
    var blocks: Int { kind == .symlink || memoryDirectorySize != nil ? 0 : (listedSize + 4095) / 4096 * 4 }
}
