import Kubectl

/// `cat`: concatenates files and standard input, optionally numbering or marking lines.
struct CatCommand: ShellCommand {
    /// How output lines are decorated; the state carries from one file to the next, as in GNU cat.
    private struct Format {
        var numberAll = false, numberNonBlank = false, squeeze = false
        var showEnds = false, showTabs = false, showNonprinting = false
        var decorates: Bool { numberAll || numberNonBlank || squeeze || showEnds || showTabs || showNonprinting }

        var lineNumber = 0
        var atLineStart = true
        var blankRun = 0
    }

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(program: "cat", context, failure: 1)
        } catch {
            return error.status
        }
        var format = Format()
        for (key, _) in parsed.options {
            switch key {
            case "n": format.numberAll = true
            case "b": format.numberNonBlank = true
            case "s": format.squeeze = true
            case "E": format.showEnds = true
            case "T": format.showTabs = true
            case "v": format.showNonprinting = true
            case "A": (format.showNonprinting, format.showEnds, format.showTabs) = (true, true, true)
            case "e": (format.showNonprinting, format.showEnds) = (true, true)
            case "t": (format.showNonprinting, format.showTabs) = (true, true)
            default: break
            }
        }
        var status: Int32 = 0
        for input in UtilityInput.inputs(parsed.operands, context) {
            switch input.contents {
            case .success(let text):
                context.io.out(format.decorates ? decorate(text, &format) : text)
            case .failure(let error):
                context.io.err("cat: \(input.operand ?? "-"): \(error.message)\n")
                status = 1
            }
        }
        return status
    }

    private func decorate(_ text: String, _ format: inout Format) -> String {
        var output = ""
        let pieces = text.utf8.split(separator: 10, omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            let hasNewline = index < pieces.count - 1
            if piece.isEmpty && !hasNewline { break }
            let blank = piece.isEmpty && format.atLineStart
            if blank {
                format.blankRun += 1
                if format.squeeze && format.blankRun > 1 { continue }
            } else if format.atLineStart {
                format.blankRun = 0
            }
            if format.atLineStart
                && (format.numberAll && !format.numberNonBlank || format.numberNonBlank && !piece.isEmpty)
            {
                format.lineNumber += 1
                output += Self.padded(format.lineNumber) + "\t"
            }
            output += format.showNonprinting || format.showTabs ? visible(piece, format) : String(Substring(piece))
            if hasNewline {
                output += format.showEnds ? "$\n" : "\n"
                format.atLineStart = true
            } else {
                format.atLineStart = false
            }
        }
        return output
    }

    /// Bytes shown as `cat -v` shows them: `^X` for controls, `M-` for bytes above 127.
    private func visible(_ bytes: Substring.UTF8View, _ format: Format) -> String {
        guard format.showNonprinting else { return String(Substring(bytes)).replacing("\t", with: "^I") }
        var output = ""
        for var byte in bytes {
            if byte >= 128 {
                output += "M-"
                byte -= 128
            }
            switch byte {
            case 9 where !format.showTabs: output += "\t"
            case 0..<32: output += "^" + String(UnicodeScalar(byte + 64))
            case 127: output += "^?"
            default: output += String(UnicodeScalar(byte))
            }
        }
        return output
    }

    static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: " ", count: max(0, 6 - digits.count)) + digits
    }

    private static let options = OptionParser(
        short: "AbeEnstTuv",
        long: [
            .init("show-all", key: "A"), .init("number-nonblank", key: "b"), .init("show-ends", key: "E"),
            .init("number", key: "n"), .init("squeeze-blank", key: "s"), .init("show-tabs", key: "T"),
            .init("show-nonprinting", key: "v"),
        ])
}
