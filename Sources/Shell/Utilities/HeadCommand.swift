import Kubectl

/// `head`: the first lines (or bytes) of each input; a negative count means all but the last.
struct HeadCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())
        if let first = arguments.first, first.count > 1, first.hasPrefix("-"),
            first.dropFirst().allSatisfy(\.isASCIIDigit)
        {
            arguments[0] = "-n" + first.dropFirst()
        }
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(program: "head", context, arguments: arguments, failure: 1)
        } catch {
            return error.status
        }
        var count = 10
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
                count = number.negative ? -number.value : number.value
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
            if case .failure(.noSuchFile) = input.contents {
                context.io.err(cannotOpen(name, .noSuchFile))
                status = 1
                continue
            }
            if case .failure(.permissionDenied) = input.contents {
                context.io.err(cannotOpen(name, .permissionDenied))
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

    static func lines(_ text: String, _ count: Int) -> String {
        let lines = TextLines(text)
        if count >= 0 {
            let kept = lines.lines.prefix(count)
            return TextLines.join(kept, endsWithNewline: kept.count < lines.lines.count || lines.endsWithNewline)
        }
        let kept = lines.lines.dropLast(-count)
        return TextLines.join(kept, endsWithNewline: true)
    }

    static func bytes(_ text: String, _ count: Int) -> String {
        let bytes = RawBytes.bytes(text)
        let kept = count >= 0 ? bytes.prefix(count) : bytes.dropLast(-count)
        return RawBytes.string(Array(kept))
    }

    private static let options = OptionParser(
        short: "c:n:qvz",
        long: [
            .init("bytes", .required, key: "c"), .init("lines", .required, key: "n"), .init("quiet", key: "q"),
            .init("silent", key: "q"), .init("verbose", key: "v"), .init("zero-terminated", key: "z"),
        ])
}

/// A count as `head` and `tail` accept it: digits with an optional sign and size suffix.
struct LineCount {
    var value: Int
    var negative = false
    /// `+N`: counted from the start (for `tail`).
    var fromStart = false

    init(value: Int) {
        self.value = value
    }

    init?(_ text: String) {
        var digits = Substring(text)
        if digits.hasPrefix("-") {
            negative = true
            digits.removeFirst()
        } else if digits.hasPrefix("+") {
            fromStart = true
            digits.removeFirst()
        }
        var multiplier = 1
        let suffixes: [(String, Int)] = [
            ("KiB", 1024), ("kB", 1000), ("KB", 1000), ("MB", 1_000_000), ("MiB", 1 << 20), ("GB", 1_000_000_000),
            ("GiB", 1 << 30), ("b", 512), ("k", 1024), ("K", 1024), ("M", 1 << 20), ("G", 1 << 30),
        ]
        for (suffix, factor) in suffixes where digits.hasSuffix(suffix) {
            multiplier = factor
            digits = digits.dropLast(suffix.count)
            break
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let parsed = Int(digits) ?? Int.max
        let (product, overflow) = parsed.multipliedReportingOverflow(by: multiplier)
        value = overflow ? Int.max : product
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

private func invalidNumber(_ unit: String, _ value: String) -> String {
    "head: invalid number of \(unit): \(GNUMessages.quote(value))\n"
}
private func cannotOpen(_ name: String, _ error: FileError) -> String {
    "head: cannot open '\(name)' for reading: \(error.message)\n"
}
private func errorReading(_ name: String, _ error: FileError) -> String {
    "head: error reading '\(name)': \(error.message)\n"
}
