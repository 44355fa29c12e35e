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
        if options.showVersion || options.showHelp {
            guard context.session.gnuStandardOptions, let grep = GNUProgram.named("grep") else {
                context.io.err(GrepOptions.Failure.usage("").message)
                return 2
            }
            context.io.out(options.showVersion ? grep.version(context.session.gnuUserland) : grep.help)
            return 0
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
