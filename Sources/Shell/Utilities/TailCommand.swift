import Kubectl

/// `tail`: the last lines (or bytes) of each input; `+N` starts at line N instead.
///
/// `-f` is accepted but does not wait for more data: the simulated files never grow while it runs.
struct TailCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())
        if let first = arguments.first, first.count > 1, first.hasPrefix("-") || first.hasPrefix("+"),
            first.dropFirst().allSatisfy(\.isASCIIDigit)
        {
            arguments[0] = "-n" + (first.hasPrefix("+") ? first : String(first.dropFirst()))
        }
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(program: "tail", context, arguments: arguments, failure: 1)
        } catch {
            return error.status
        }
        var count = LineCount(value: 10)
        var bytes = false
        var headers: Bool? = nil
        for (key, value) in parsed.options {
            switch key {
            case "n", "c":
                bytes = key == "c"
                guard let value, let number = LineCount(value) else {
                    context.io.err(invalidNumber(bytes ? "bytes" : "lines", value ?? ""))
                    return 1
                }
                count = number
            case "q": headers = false
            case "v": headers = true
            default: break
            }
        }
        let inputs = UtilityInput.inputs(parsed.operands, context)
        let showHeaders = headers ?? (inputs.count > 1)
        var status: Int32 = 0
        var first = true
        for input in inputs {
            let name = input.isStandardInput ? "standard input" : input.operand ?? ""
            if case .failure(let error) = input.contents, error != .isDirectory {
                context.io.err(cannotOpen(name, error))
                status = 1
                continue
            }
            if showHeaders { context.io.out((first ? "" : "\n") + "==> \(name) <==\n") }
            first = false
            switch input.contents {
            case .success(let text): context.io.out(bytes ? Self.bytes(text, count) : Self.lines(text, count))
            case .failure(let error):
                context.io.err(errorReading(name, error))
                status = 1
            }
        }
        return status
    }

    static func lines(_ text: String, _ count: LineCount) -> String {
        let lines = TextLines(text)
        let kept = count.fromStart ? lines.lines.dropFirst(max(0, count.value - 1)) : lines.lines.suffix(count.value)
        return TextLines.join(kept, endsWithNewline: lines.endsWithNewline)
    }

    static func bytes(_ text: String, _ count: LineCount) -> String {
        let bytes = RawBytes.bytes(text)
        let kept = count.fromStart ? bytes.dropFirst(max(0, count.value - 1)) : bytes.suffix(count.value)
        return RawBytes.string(Array(kept))
    }

    private static let options = OptionParser(
        short: "c:n:fFqvz",
        long: [
            .init("bytes", .required, key: "c"), .init("follow", .optional, key: "f"),
            .init("lines", .required, key: "n"),
            .init("quiet", key: "q"), .init("silent", key: "q"), .init("verbose", key: "v"),
            .init("zero-terminated", key: "z"),
        ])
}

private func invalidNumber(_ unit: String, _ value: String) -> String {
    "tail: invalid number of \(unit): \(GNUMessages.quote(value))\n"
}
private func cannotOpen(_ name: String, _ error: FileError) -> String {
    "tail: cannot open '\(name)' for reading: \(error.message)\n"
}
private func errorReading(_ name: String, _ error: FileError) -> String {
    "tail: error reading '\(name)': \(error.message)\n"
}
