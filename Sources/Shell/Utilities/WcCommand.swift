import Kubectl

/// `wc`: counts lines, words, characters and bytes, in GNU's column widths.
struct WcCommand: ShellCommand {
    /// The counts for one input, in the order `wc` prints them.
    private struct Counts {
        var lines = 0, words = 0, characters = 0, bytes = 0, longest = 0

        static func += (total: inout Counts, counts: Counts) {
            total.lines += counts.lines
            total.words += counts.words
            total.characters += counts.characters
            total.bytes += counts.bytes
            total.longest = max(total.longest, counts.longest)
        }
    }

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(program: "wc", context, failure: 1)
        } catch {
            return error.status
        }
        var selected = Set(parsed.options.map(\.key))
        if selected.isEmpty { selected = ["l", "w", "c"] }
        let columns = ["l", "w", "m", "c", "L"].filter(selected.contains)
        let inputs = UtilityInput.inputs(parsed.operands, context)
        let width = columnWidth(inputs, columns: columns.count, context: context)
        var total = Counts()
        var status: Int32 = 0
        for input in inputs {
            let counts: Counts
            switch input.contents {
            case .success(let text): counts = Self.count(text)
            case .failure(let error):
                context.io.err("wc: \(input.operand ?? "-"): \(error.message)\n")
                status = 1
                guard error == .isDirectory else { continue }
                counts = Counts()
            }
            total += counts
            context.io.out(line(counts, columns, width, name: input.operand))
        }
        if inputs.count > 1 { context.io.out(line(total, columns, width, name: "total")) }
        return status
    }

    /// GNU's width: 1 for a single count of a single input; otherwise the digits of the total size
    /// of the regular files read, and at least 7 when any input is not a regular file (a pipe).
    private func columnWidth(_ inputs: [UtilityInput], columns: Int, context: CommandContext) -> Int {
        if columns == 1 && inputs.count == 1 { return 1 }
        var minimum = 1
        var size = 0
        for input in inputs {
            switch input.contents {
            case .success(let text):
                if input.isStandardInput && !context.session.standardInputIsFile {
                    minimum = 7
                } else {
                    size += text.utf8.count
                }
            case .failure(.isDirectory): minimum = 7
            case .failure: continue
            }
        }
        return max(String(size).count, minimum)
    }

    private func line(_ counts: Counts, _ columns: [String], _ width: Int, name: String?) -> String {
        let values = columns.map { column in
            switch column {
            case "l": counts.lines
            case "w": counts.words
            case "m": counts.characters
            case "c": counts.bytes
            default: counts.longest
            }
        }
        let text = values.map { String(repeating: " ", count: max(0, width - String($0).count)) + String($0) }.joined(
            separator: " ")
        return text + (name.map { " " + $0 } ?? "") + "\n"
    }

    private static func count(_ text: String) -> Counts {
        var counts = Counts()
        counts.bytes = RawBytes.count(text)
        var inWord = false
        var column = 0
        for scalar in text.unicodeScalars {
            counts.characters += 1
            let kind = ScalarKind(scalar)
            switch scalar {
            case "\n":
                counts.lines += 1
                counts.longest = max(counts.longest, column)
                column = 0
            case "\t": column += 8 - column % 8
            case "\r", "\u{0C}": column = 0
            default: column += kind.width
            }
            // As coreutils 9.1: blanks (and no-break spaces) end a word, printable characters
            // start one, and control characters do neither.
            if kind.isBlank {
                inWord = false
            } else if !inWord && !kind.isControl {
                inWord = true
                counts.words += 1
            }
        }
        counts.longest = max(counts.longest, column)
        return counts
    }

    private static let options = OptionParser(
        short: "clLmw",
        long: [
            .init("bytes", key: "c"), .init("chars", key: "m"), .init("lines", key: "l"),
            .init("max-line-length", key: "L"), .init("words", key: "w"),
        ])
}

/// What `wc` needs to know of a scalar, with ASCII answered without Unicode tables.
private struct ScalarKind {
    let isControl: Bool
    let isBlank: Bool
    /// Columns on a terminal (0 for control characters).
    let width: Int

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            isControl = value < 0x20 || value == 0x7F
            isBlank = value == 0x20 || (0x09...0x0D).contains(value)
        } else {
            isControl = scalar.properties.generalCategory == .control
            isBlank = (scalar.properties.isWhitespace && scalar != "\u{85}") || scalar == "\u{2060}"
        }
        width = isControl ? 0 : displayWidth(scalar)
    }
}

/// Terminal columns a scalar takes: 2 for East Asian wide and full-width characters, 0 for combining marks.
func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return 1 }
    let category = scalar.properties.generalCategory
    if category == .nonspacingMark || category == .enclosingMark { return 0 }
    return wideRanges.contains { $0.contains(value) } ? 2 : 1
}

/// East Asian wide and full-width blocks.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
]
