import Kubectl

/// `sort`: sorts lines by code point (the C.UTF-8 collation), numerically with `-n`, by keys with `-k`.
struct SortCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.options.parse(context.arguments.dropFirst())
        } catch {
            context.io.err(GNUMessages.optionError("sort", error))
            return 2
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

/// Compares lines by a list of keys, then (unless `-s` or `-u`) by their bytes.
struct SortComparator {
    var keys: [SortKey]
    var separator: UInt8?
    var lastResort: Bool
    var reverse: Bool

    func compare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        for key in keys {
            let x = key.extract(a, separator: separator)
            let y = key.extract(b, separator: separator)
            var result = key.numeric ? Self.compareNumbers(x, y) : Self.compareBytes(x, y, foldCase: key.foldCase)
            if key.reverse { result = -result }
            if result != 0 { return result }
        }
        guard lastResort else { return 0 }
        let result = Self.compareBytes(a, b, foldCase: false)
        return reverse ? -result : result
    }

    static func compareBytes(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, foldCase: Bool) -> Int {
        func fold(_ byte: UInt8) -> UInt8 { foldCase && (97...122).contains(byte) ? byte - 32 : byte }
        for (x, y) in zip(a, b) where fold(x) != fold(y) {
            return fold(x) < fold(y) ? -1 : 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// Compares leading numbers as `sort -n` reads them: blanks, a sign, digits, a decimal part.
    static func compareNumbers(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        let x = parse(a)
        let y = parse(b)
        if x.negative != y.negative { return x.negative ? -1 : 1 }
        var result: Int
        if x.integer.count != y.integer.count {
            result = x.integer.count < y.integer.count ? -1 : 1
        } else {
            result = compareBytes(x.integer, y.integer, foldCase: false)
            if result == 0 { result = compareBytes(x.fraction, y.fraction, foldCase: false) }
        }
        return x.negative ? -result : result
    }

    private static func parse(_ bytes: ArraySlice<UInt8>) -> (
        negative: Bool, integer: ArraySlice<UInt8>, fraction: ArraySlice<UInt8>
    ) {
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
        var negative = false
        if index < bytes.endIndex, bytes[index] == 45 {
            negative = true
            index += 1
        }
        while index < bytes.endIndex, bytes[index] == 48 { index += 1 }
        let integerStart = index
        while index < bytes.endIndex, (48...57).contains(bytes[index]) { index += 1 }
        let integer = bytes[integerStart..<index]
        var fraction = bytes[index..<index]
        if index < bytes.endIndex, bytes[index] == 46 {
            let start = index + 1
            index = start
            while index < bytes.endIndex, (48...57).contains(bytes[index]) { index += 1 }
            fraction = bytes[start..<index]
            while fraction.last == 48 { fraction = fraction.dropLast() }
        }
        if integer.isEmpty && fraction.isEmpty { negative = false }
        return (negative, integer, fraction)
    }
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
