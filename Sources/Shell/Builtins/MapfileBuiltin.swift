import Kubectl

/// `mapfile` (and `readarray`): standard input's lines into an indexed array (`MAPFILE` unless
/// named), each with its newline unless `-t`; `-d` another delimiter, `-n` at most that many
/// lines, `-s` lines skipped first, `-O` the first index (the array is emptied only without it).
struct MapfileBuiltin: ShellCommand {
    let name: String

    func run(_ context: CommandContext) -> Int32 {
        guard
            let (flags, operands) = Builtins.options(
                context.arguments.dropFirst(), allowed: ["t"], valued: ["d", "n", "O", "s", "u", "C", "c"],
                builtin: name,
                usage: usage(name), io: context.io)
        else { return 2 }
        let session = context.session
        let array = session.referencedName(operands.first ?? "MAPFILE")
        guard ReadBuiltin.isIdentifier(array) else {
            context.io.err("bash: \(name): `\(array)': not a valid identifier\n")
            return 1
        }
        guard !session.isAssociative(array) else {
            context.io.err("bash: \(name): \(array): not an indexed array\n")
            return 1
        }
        var counts: [Character: Int] = [:]
        for (flag, word) in [("n", "line count"), ("O", "array origin"), ("s", "line count")] {
            guard let text = flags[Character(flag)] else { continue }
            guard let count = Int(text), count >= 0 else {
                context.io.err("bash: \(name): \(text): invalid \(word)\n")
                return 1
            }
            counts[Character(flag)] = count
        }
        let delimiter = flags["d"].map { $0.unicodeScalars.first ?? "\0" } ?? "\n"
        let lines = Self.lines(
            from: context.standardInput ?? ShellInput(context.io.input), delimiter: delimiter, trim: flags["t"] != nil,
            limit: counts["n"].flatMap { $0 == 0 ? nil : $0 + (counts["s"] ?? 0) })
        var items: [ArrayItem] = []
        for (offset, line) in lines.dropFirst(counts["s"] ?? 0).enumerated() {
            items.append(ArrayItem(key: String((counts["O"] ?? 0) + offset), value: line))
        }
        try? session.assignArray(array, items, appends: counts["O"] != nil)
        return 0
    }

    /// The records of `stream` up to `limit` of them, each ended by `delimiter` (kept unless `trim`).
    private static func lines(from stream: ShellInput, delimiter: Unicode.Scalar, trim: Bool, limit: Int?) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        while limit.map({ lines.count < $0 }) ?? true, let scalar = stream.next() {
            if scalar != delimiter || !trim { line.append(scalar) }
            if scalar == delimiter {
                lines.append(String(line))
                line = String.UnicodeScalarView()
            }
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }
}

private func usage(_ name: String) -> String {
    "\(name) [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]"
}
