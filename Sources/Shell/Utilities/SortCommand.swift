import Kubectl

/// `sort`: sorts lines by code point (the C.UTF-8 collation), numerically with `-n`, by keys with `-k`.
struct SortCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(program: "sort", context, failure: 2)
        } catch {
            return error.status
        }
        var global = SortKey()
        var keys: [SortKey] = []
        var unique = false
        var stable = false
        var separator: UInt8?
        var output: String?
        for (key, value) in parsed.options {
            switch key {
            case "n": global.numeric = true
            case "r": global.reverse = true
            case "f": global.foldCase = true
            case "b": global.skipBlanks = true
            case "u": unique = true
            case "s": stable = true
            case "o": output = value
            case "t":
                let bytes = Array((value ?? "").utf8)
                guard bytes.count == 1 else {
                    context.io.err(bytes.isEmpty ? emptyTab : multiCharacterTab(value ?? ""))
                    return 2
                }
                separator = bytes[0]
            case "k":
                do {
                    keys.append(try SortKey(value ?? ""))
                } catch {
                    context.io.err(error.message)
                    return 2
                }
            default: break
            }
        }
        keys =
            keys.isEmpty
            ? [global]
            : keys.map { key in
                guard !key.hasOwnOptions else { return key }
                var inherited = key
                (inherited.numeric, inherited.reverse, inherited.foldCase, inherited.skipBlanks) =
                    (global.numeric, global.reverse, global.foldCase, global.skipBlanks)
                return inherited
            }
        var lines: [ArraySlice<UInt8>] = []
        for input in UtilityInput.inputs(parsed.operands, context) {
            switch input.contents {
            case .success(let text):
                lines += TextLines(text).lines.map { Array($0.utf8)[...] }
            case .failure(.isDirectory):
                context.io.err(readFailed(input.operand ?? "-", .isDirectory))
                return 2
            case .failure(let error):
                context.io.err(cannotRead(input.operand ?? "-", error))
                return 2
            }
        }
        let comparator = SortComparator(
            keys: keys, separator: separator, lastResort: !(stable || unique), reverse: global.reverse)
        var order = Array(lines.indices)
        order.sort { a, b in
            let result = comparator.compare(lines[a], lines[b])
            return result == 0 ? a < b : result < 0
        }
        if unique {
            var kept: [Int] = []
            for index in order where kept.last.map({ comparator.compare(lines[$0], lines[index]) != 0 }) ?? true {
                kept.append(index)
            }
            order = kept
        }
        var text = ""
        for index in order {
            text += String(decoding: lines[index], as: UTF8.self)
            text += "\n"
        }
        if let output {
            do {
                try context.session.writeFile(output, text)
            } catch {
                context.io.err(openFailed(output, error))
                return 2
            }
            return 0
        }
        context.io.out(text)
        return 0
    }

    private static let options = OptionParser(
        short: "bfnrsuk:o:t:",
        long: [
            .init("ignore-leading-blanks", key: "b"), .init("ignore-case", key: "f"), .init("key", .required, key: "k"),
            .init("numeric-sort", key: "n"), .init("output", .required, key: "o"), .init("reverse", key: "r"),
            .init("stable", key: "s"), .init("field-separator", .required, key: "t"), .init("unique", key: "u"),
        ])
}

private let emptyTab = "sort: empty tab\n"
private func multiCharacterTab(_ value: String) -> String { "sort: multi-character tab \(GNUMessages.quote(value))\n" }
private func cannotRead(_ name: String, _ error: FileError) -> String {
    "sort: cannot read: \(name): \(error.message)\n"
}
private func readFailed(_ name: String, _ error: FileError) -> String {
    "sort: read failed: \(name): \(error.message)\n"
}
private func openFailed(_ name: String, _ error: FileError) -> String {
    "sort: open failed: \(name): \(error.message)\n"
}
