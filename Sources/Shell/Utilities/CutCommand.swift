import Kubectl

/// `cut -f LIST [-d DELIM] [-s]`, `cut -c LIST`, `cut -b LIST`: selected fields or characters of each line.
struct CutCommand: ShellCommand {
    private enum Mode { case fields, characters }

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "cut", context, failure: 1)
        } catch {
            return error.status
        }
        var mode: Mode?
        var listText = ""
        var delimiter: Unicode.Scalar = "\t"
        var onlyDelimited = false
        var outputDelimiter: String?
        for (key, value) in parsed.options {
            switch key {
            case "f", "c", "b":
                guard mode == nil else { return usage(context, "only one list may be specified") }
                mode = key == "f" ? .fields : .characters
                listText = value ?? ""
            case "d":
                let scalars = Array((value ?? "").unicodeScalars)
                guard scalars.count <= 1 else { return usage(context, "the delimiter must be a single character") }
                delimiter = scalars.first ?? "\0"
            case "s": onlyDelimited = true
            case "o": outputDelimiter = value
            default: break
            }
        }
        guard let mode else { return usage(context, "you must specify a list of bytes, characters, or fields") }
        let ranges: [ClosedRange<Int>]
        switch Self.parseList(listText) {
        case .success(let parsedRanges): ranges = parsedRanges
        case .failure(let problem):
            let message =
                problem == .zero
                ? (mode == .fields ? "fields are numbered from 1" : "byte/character positions are numbered from 1")
                : problem == .decreasing
                    ? "invalid decreasing range" : "invalid field value \(GNUMessages.quote(listText))"
            return usage(context, message)
        }
        func selected(_ n: Int) -> Bool { ranges.contains { $0.contains(n) } }
        var status: Int32 = 0
        var output = ""
        for input in UtilityInput.inputs(parsed.operands, context) {
            guard case .success(let text) = input.contents, case let lines = TextLines(text) else {
                if case .failure(let error) = input.contents {
                    context.io.err("cut: \(input.operand ?? "-"): \(error.message)\n")
                }
                status = 1
                continue
            }
            for line in lines.lines {
                let scalars = Array(line.unicodeScalars)
                switch mode {
                case .characters:
                    var kept = String.UnicodeScalarView()
                    for (index, c) in scalars.enumerated() where selected(index + 1) { kept.append(c) }
                    output += String(kept) + "\n"
                case .fields:
                    guard scalars.contains(delimiter) else {
                        if !onlyDelimited { output += String(line) + "\n" }
                        continue
                    }
                    let fields = scalars.split(separator: delimiter, omittingEmptySubsequences: false)
                    let kept = fields.enumerated().filter { selected($0.offset + 1) }.map {
                        String(String.UnicodeScalarView($0.element))
                    }
                    output += kept.joined(separator: outputDelimiter ?? String(delimiter)) + "\n"
                }
            }
        }
        context.io.out(output)
        return status
    }

    private enum ListProblem: Error { case zero, decreasing, invalid }

    /// `1,3-5,7-`: ranges of 1-based positions; an open end runs to the end of the line.
    private static func parseList(_ text: String) -> Result<[ClosedRange<Int>], ListProblem> {
        var ranges: [ClosedRange<Int>] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = piece.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            if bounds.count == 1 {
                guard let n = Int(bounds[0]) else { return .failure(.invalid) }
                guard n > 0 else { return .failure(.zero) }
                ranges.append(n...n)
            } else {
                let low = bounds[0].isEmpty ? 1 : Int(bounds[0])
                let high = bounds[1].isEmpty ? Int.max : Int(bounds[1])
                guard let low, let high, !(bounds[0].isEmpty && bounds[1].isEmpty) else { return .failure(.invalid) }
                guard low > 0, high > 0 else { return .failure(.zero) }
                guard low <= high else { return .failure(.decreasing) }
                ranges.append(low...high)
            }
        }
        return .success(ranges)
    }

    private func usage(_ context: CommandContext, _ message: String) -> Int32 {
        context.io.err("cut: \(message)\n" + GNUMessages.tryHelp("cut"))
        return 1
    }

    private static let parser = OptionParser(
        short: "b:c:d:f:sn",
        long: [
            .init("bytes", .required, key: "b"), .init("characters", .required, key: "c"),
            .init("delimiter", .required, key: "d"), .init("fields", .required, key: "f"),
            .init("only-delimited", key: "s"), .init("output-delimiter", .required, key: "o"),
        ])
}
