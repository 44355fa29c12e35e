import Kubectl

/// `uniq`: collapses runs of equal adjacent lines; `-c` counts them, `-d`/`-u` pick repeated or single ones.
struct UniqCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(program: "uniq", context, failure: 1)
        } catch {
            return error.status
        }
        let keys = Set(parsed.options.map(\.key))
        guard parsed.operands.count <= 2 else {
            context.io.err(extraOperand(parsed.operands[2]) + GNUMessages.tryHelp("uniq"))
            return 1
        }
        guard let input = UtilityInput.inputs(Array(parsed.operands.prefix(1)), context).first else { return 1 }
        let text: String
        switch input.contents {
        case .success(let contents): text = contents
        case .failure(.isDirectory):
            context.io.err(errorReading(input.operand ?? "-"))
            return 1
        case .failure(let error):
            context.io.err("uniq: \(input.operand ?? "-"): \(error.message)\n")
            return 1
        }
        let foldCase = keys.contains("i")
        func same(_ a: Substring, _ b: Substring) -> Bool {
            foldCase ? a.lowercased() == b.lowercased() : a == b
        }
        var output = ""
        let lines = TextLines(text).lines
        var start = 0
        while start < lines.count {
            var end = start + 1
            while end < lines.count, same(lines[start], lines[end]) { end += 1 }
            let count = end - start
            if !(keys.contains("d") && count == 1) && !(keys.contains("u") && count > 1) {
                if keys.contains("c") {
                    output += String(repeating: " ", count: max(0, 7 - String(count).count)) + "\(count) "
                }
                output += lines[start] + "\n"
            }
            start = end
        }
        if parsed.operands.count == 2 {
            do {
                try context.session.writeFile(parsed.operands[1], output)
            } catch {
                context.io.err("uniq: \(parsed.operands[1]): \(error.message)\n")
                return 1
            }
            return 0
        }
        context.io.out(output)
        return 0
    }

    private static let options = OptionParser(
        short: "cdiu",
        long: [
            .init("count", key: "c"), .init("repeated", key: "d"), .init("ignore-case", key: "i"),
            .init("unique", key: "u"),
        ])
}

private func extraOperand(_ operand: String) -> String { "uniq: extra operand \(GNUMessages.quote(operand))\n" }
private func errorReading(_ name: String) -> String { "uniq: error reading '\(name)'\n" }
