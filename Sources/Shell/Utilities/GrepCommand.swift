import Kubectl

/// `grep`: prints lines matching patterns, with GNU grep's options, context groups and messages.
struct GrepCommand: ShellCommand {
    var syntax = GrepOptions.Syntax.basic

    func run(_ context: CommandContext) -> Int32 {
        let options: GrepOptions
        do {
            options = try GrepOptions(context.arguments.dropFirst(), syntax: syntax)
        } catch {
            context.io.err(error.message)
            return 2
        }
        var patterns = options.patterns.flatMap {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        for file in options.patternFiles {
            let input = UtilityInput.inputs([file], context)[0]
            switch input.contents {
            case .success(let text): patterns += TextLines(text).lines.map(String.init)
            case .failure(let error):
                context.io.err("grep: \(file): \(error.message)\n")
                return 2
            }
        }
        let matcher: GrepMatcher
        do {
            matcher = try GrepMatcher(patterns: patterns, options: options)
        } catch {
            context.io.err("grep: \(error.message)\n")
            return 2
        }
        for warning in matcher.warnings { context.io.err("grep: warning: \(warning)\n") }
        let files = inputs(options, context)
        var search = GrepSearch(options: options, matcher: matcher, io: context.io)
        search.showNames = options.withFilename ?? (files.count > 1 || options.recursive)
        var error = false
        for file in files {
            switch file.contents {
            case .success(let text):
                if search.search(text, name: file.isStandardInput ? options.label : file.operand ?? "") && options.quiet
                {
                    return 0
                }
            case .failure(let failure):
                if !options.suppressErrors { context.io.err("grep: \(file.operand ?? "-"): \(failure.message)\n") }
                error = true
            }
        }
        if error && !(options.quiet && search.selectedAny) { return 2 }
        return search.selectedAny ? 0 : 1
    }

    /// The files to search: operands, standard input, and with `-r` every file under a directory.
    private func inputs(_ options: GrepOptions, _ context: CommandContext) -> [UtilityInput] {
        guard options.recursive else { return UtilityInput.inputs(options.operands, context) }
        let operands = options.operands.isEmpty ? ["."] : options.operands
        var files: [UtilityInput] = []
        for operand in operands {
            let path = context.session.resolve(operand)
            guard operand != "-", context.session.filesystem.isDirectory(path) else {
                files += UtilityInput.inputs([operand], context)
                continue
            }
            let shown = options.operands.isEmpty ? "" : (operand.hasSuffix("/") ? operand : operand + "/")
            for relative in walk(path, context) {
                files += UtilityInput.inputs([shown + relative], context)
            }
        }
        return files
    }

    private func walk(_ directory: String, _ context: CommandContext, depth: Int = 0) -> [String] {
        guard depth < 64, let names = context.session.filesystem.list(directory) else { return [] }
        return names.flatMap { name -> [String] in
            let path = directory == "/" ? "/" + name : directory + "/" + name
            if context.session.filesystem.isDirectory(path) {
                return walk(path, context, depth: depth + 1).map { name + "/" + $0 }
            }
            return [name]
        }
    }
}

/// The search of one file after another, keeping what GNU grep carries between files:
/// whether anything matched, and whether a group separator is due.
struct GrepSearch {
    let options: GrepOptions
    let matcher: GrepMatcher
    let io: IOStreams
    var showNames = false
    private(set) var selectedAny = false
    private var printedAny = false

    init(options: GrepOptions, matcher: GrepMatcher, io: IOStreams) {
        self.options = options
        self.matcher = matcher
        self.io = io
    }

    /// Searches one file; returns whether any line was selected.
    mutating func search(_ text: String, name: String) -> Bool {
        let lines = TextLines(text).lines
        let limit = options.maxCount ?? Int.max
        let binary = !options.text && text.utf8.contains(0)
        let listing = options.count || options.listMatching || options.listNonMatching || options.quiet
        var selected = 0
        var lastShown = -1
        var afterLeft = 0
        var output = ""
        var offsets: [Int] = []
        if options.byteOffsets {
            var offset = 0
            offsets = lines.map { line in
                defer { offset += line.utf8.count + 1 }
                return offset
            }
        }
        func prefix(_ index: Int, _ separator: String, column: Int = 0) -> String {
            (showNames ? name + separator : "") + (options.lineNumbers ? "\(index + 1)" + separator : "")
                + (options.byteOffsets ? "\(offsets[index] + column)" + separator : "")
        }
        for (index, line) in lines.enumerated() {
            if selected >= limit && afterLeft == 0 { break }
            let isSelected = selected < limit && matcher.matches(line) != options.invert
            if isSelected {
                selected += 1
                if listing { continue }
                if binary { break }
                let from = max(lastShown + 1, index - (options.before ?? 0))
                if printedAny, options.before != nil || options.after != nil, from > lastShown + 1,
                    let separator = options.groupSeparator
                {
                    output += separator + "\n"
                }
                if !options.onlyMatching {
                    for contextIndex in from..<index {
                        output += prefix(contextIndex, "-") + lines[contextIndex] + "\n"
                    }
                    output += prefix(index, ":") + line + "\n"
                } else if !options.invert {
                    for part in matcher.matchedParts(line) {
                        output += prefix(index, ":", column: part.offset) + part.text + "\n"
                    }
                }
                printedAny = true
                lastShown = index
                afterLeft = options.after ?? 0
            } else if afterLeft > 0 && !listing && !binary {
                if !options.onlyMatching { output += prefix(index, "-") + line + "\n" }
                lastShown = index
                afterLeft -= 1
            }
            if output.utf8.count > 1 << 16 {
                io.out(output)
                output = ""
            }
        }
        io.out(output)
        if selected > 0 { selectedAny = true }
        if options.quiet { return selected > 0 }
        if options.count {
            io.out((showNames ? name + ":" : "") + "\(selected)\n")
        } else if options.listMatching {
            if selected > 0 { io.out(name + "\n") }
        } else if options.listNonMatching {
            if selected == 0 { io.out(name + "\n") }
        } else if binary && selected > 0 {
            io.err(binaryFileMatches(name))
        }
        return selected > 0
    }
}

private func binaryFileMatches(_ name: String) -> String { "grep: \(name): binary file matches\n" }
