/// Reads a sed script (the `-e` expressions joined by newlines) into commands.
struct SedParser {
    private let script: [Unicode.Scalar]
    private let extended: Bool
    private var index = 0
    private var commands: [SedCommandLine] = []
    private var openBlocks: [Int] = []

    init(_ script: String, extended: Bool) {
        self.script = Array(script.unicodeScalars)
        self.extended = extended
    }

    private func at(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < script.count ? script[index + offset] : nil
    }

    private func fail(_ message: String, at offset: Int? = nil) -> SedScriptError {
        SedScriptError(message: message, offset: offset ?? index)
    }

    private mutating func skipBlanks() {
        while let c = at(), c == " " || c == "\t" { index += 1 }
    }

    mutating func parse() throws(SedScriptError) -> [SedCommandLine] {
        while true {
            while let c = at(), c == " " || c == "\t" || c == "\n" || c == ";" { index += 1 }
            guard at() != nil else { break }
            try parseCommand()
        }
        if !openBlocks.isEmpty { throw SedScriptError(message: "unmatched `{'", offset: 0) }
        return commands
    }

    private mutating func parseCommand() throws(SedScriptError) {
        var line = SedCommandLine(operation: .print)
        line.first = try parseAddress()
        if line.first != nil, at() == "," {
            index += 1
            skipBlanks()
            if at() == "+", let n = number(after: 1) {
                line.second = .following(n)
            } else {
                guard let second = try parseAddress() else { throw fail("unexpected `,'") }
                line.second = second
            }
        }
        skipBlanks()
        while at() == "!" {
            line.negated = true
            index += 1
            skipBlanks()
        }
        guard let c = at() else { throw fail("missing command") }
        index += 1
        switch c {
        case "{":
            openBlocks.append(commands.count)
            line.operation = .blockStart(end: 0)
            commands.append(line)
            return
        case "}":
            guard line.first == nil, let open = openBlocks.popLast() else { throw fail("unexpected `}'") }
            commands[open].operation = .blockStart(end: commands.count + 1)
            line.operation = .blockEnd
        case "s": line.operation = .substitute(try parseSubstitution())
        case "y": line.operation = .transliterate(try parseTransliteration())
        case "p": line.operation = .print
        case "P": line.operation = .printFirstLine
        case "d": line.operation = .delete
        case "D": line.operation = .deleteFirstLine
        case "=": line.operation = .lineNumber
        case "n": line.operation = .next
        case "N": line.operation = .appendNext
        case "h": line.operation = .hold
        case "H": line.operation = .holdAppend
        case "g": line.operation = .get
        case "G": line.operation = .getAppend
        case "x": line.operation = .exchange
        case "q", "Q":
            skipBlanks()
            let code = number(after: 0).map { Int32(truncatingIfNeeded: $0) } ?? 0
            line.operation = .quit(code, printing: c == "q")
        case "a", "i", "c":
            let text = readText()
            line.operation = c == "a" ? .append(text) : c == "i" ? .insert(text) : .change(text)
        case ":":
            guard line.first == nil else { throw fail(": doesn't want any addresses") }
            let label = readLabel()
            guard !label.isEmpty else { throw fail("\":\" lacks a label") }
            line.operation = .label(label)
        case "b", "t", "T":
            let label = readLabel()
            let target = label.isEmpty ? nil : label
            line.operation =
                c == "b" ? .branch(target) : c == "t" ? .branchIfSubstituted(target) : .branchUnlessSubstituted(target)
        case "w":
            line.operation = .write(readFileName())
        case "r":
            line.operation = .readFile(readFileName())
        case "#":
            while let d = at(), d != "\n" { index += 1 }
            return
        default:
            throw fail("unknown command: `\(c)'")
        }
        commands.append(line)
        try endOfCommand()
    }

    /// After a command: blanks, then `;`, a newline, `}` or the end.
    private mutating func endOfCommand() throws(SedScriptError) {
        skipBlanks()
        guard let c = at() else { return }
        if c == ";" || c == "\n" {
            index += 1
        } else if c == "#" || c == "}" {
            return
        } else {
            throw fail("extra characters after command", at: index + 1)
        }
    }

    private mutating func number(after skip: Int) -> Int? {
        var digits = ""
        var offset = skip
        while let c = at(offset), ("0"..."9").contains(c) {
            digits.unicodeScalars.append(c)
            offset += 1
        }
        guard let value = Int(digits) else { return nil }
        index += offset
        return value
    }

    private mutating func parseAddress() throws(SedScriptError) -> SedAddress? {
        if let n = number(after: 0) {
            if at() == "~", let step = number(after: 1) { return .step(n, step) }
            return .line(n)
        }
        if at() == "$" {
            index += 1
            return .last
        }
        if at() == "/" || at() == "\\" {
            if at() == "\\" { index += 1 }
            guard let delimiter = at() else { throw fail("unexpected end") }
            index += 1
            let pattern = try readDelimited(delimiter, regex: true)
            var ignoreCase = false
            while at() == "I" || at() == "M" {
                ignoreCase = ignoreCase || at() == "I"
                index += 1
            }
            return .regex(try compile(pattern, ignoreCase: ignoreCase))
        }
        return nil
    }

    /// Text up to an unescaped delimiter; in a regex `\n` means newline and `\DELIM` the delimiter.
    private mutating func readDelimited(_ delimiter: Unicode.Scalar, regex: Bool) throws(SedScriptError) -> String {
        var text = String.UnicodeScalarView()
        while let c = at() {
            if c == "\\", let next = at(1) {
                index += 2
                if next == delimiter {
                    text.append(next)
                } else if next == "n", regex {
                    text.append("\n")
                } else if next == "t", regex {
                    text.append("\t")
                } else {
                    text.append(c)
                    text.append(next)
                }
                continue
            }
            if c == "\n" && regex { break }
            index += 1
            if c == delimiter { return String(text) }
            text.append(c)
        }
        throw fail("unterminated address regex")
    }

    private func compile(_ pattern: String, ignoreCase: Bool) throws(SedScriptError) -> CapturingRegex? {
        if pattern.isEmpty { return nil }
        do {
            return try CapturingRegex(pattern, extended: extended, ignoringCase: ignoreCase)
        } catch {
            throw fail(error.message)
        }
    }

    private mutating func parseSubstitution() throws(SedScriptError) -> SedSubstitution {
        guard let delimiter = at(), delimiter != "\n", delimiter != "\\" else {
            throw fail("unterminated `s' command")
        }
        index += 1
        let pattern: String
        let replacementText: String
        do {
            pattern = try readDelimited(delimiter, regex: true)
            replacementText = try readDelimited(delimiter, regex: false)
        } catch {
            throw SedScriptError(message: "unterminated `s' command", offset: script.count)
        }
        var substitution = SedSubstitution(regex: try compile(pattern, ignoreCase: false), replacement: [])
        var ignoreCase = false
        flags: while let c = at() {
            switch c {
            case "g": substitution.global = true
            case "p": substitution.print = true
            case "i", "I": ignoreCase = true
            case "m", "M", "e": break
            case "0"..."9":
                if let n = number(after: 0) {
                    guard n > 0 else { throw fail("number option to `s' command may not be zero") }
                    substitution.occurrence = n
                }
                continue
            case "w":
                index += 1
                substitution.writeFile = readFileName()
                break flags
            case ";", "\n", "}", " ", "\t", "#": break flags
            default: throw fail("unknown option to `s'", at: index + 1)
            }
            index += 1
        }
        if ignoreCase { substitution.regex = try compile(pattern, ignoreCase: true) }
        substitution.replacement = try replacementParts(replacementText, groups: substitution.regex?.groupCount)
        return substitution
    }

    private func replacementParts(_ text: String, groups: Int?) throws(SedScriptError) -> [SedReplacementPart] {
        var parts: [SedReplacementPart] = []
        var literal = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if c == "&" {
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(.whole)
            } else if c == "\\", let next = scalars.popFirst() {
                switch next {
                case "1"..."9":
                    let number = Int(next.value - 48)
                    if let groups, number > groups {
                        throw fail("invalid reference \\\(number) on `s' command's RHS")
                    }
                    if !literal.isEmpty { parts.append(.text(literal)) }
                    literal = ""
                    parts.append(.group(number))
                case "n": literal += "\n"
                case "t": literal += "\t"
                default: literal.unicodeScalars.append(next)
                }
            } else {
                literal.unicodeScalars.append(c)
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return parts
    }

    private mutating func parseTransliteration() throws(SedScriptError) -> [Unicode.Scalar: Unicode.Scalar] {
        guard let delimiter = at() else { throw fail("unterminated `y' command") }
        index += 1
        let source: String
        let target: String
        do {
            source = try readDelimited(delimiter, regex: false)
            target = try readDelimited(delimiter, regex: false)
        } catch {
            throw SedScriptError(message: "unterminated `y' command", offset: script.count)
        }
        let from = Array(unescaped(source).unicodeScalars)
        let to = Array(unescaped(target).unicodeScalars)
        guard from.count == to.count else { throw fail("strings for `y' command are different lengths") }
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (a, b) in zip(from, to) { map[a] = b }
        return map
    }

    private func unescaped(_ text: String) -> String {
        text.replacing("\\n", with: "\n").replacing("\\\\", with: "\\")
    }

    /// The text of `a`, `i` and `c`: the GNU one-line form or the classic `a\` + newline form.
    private mutating func readText() -> String {
        skipBlanks()
        if at() == "\\" {
            index += 1
            if at() == "\n" { index += 1 }
        }
        var text = String.UnicodeScalarView()
        while let c = at(), c != "\n" {
            if c == "\\", let next = at(1) {
                index += 2
                text.append(next == "t" ? "\t" : next)
                continue
            }
            text.append(c)
            index += 1
        }
        return String(text)
    }

    private mutating func readLabel() -> String {
        skipBlanks()
        var label = String.UnicodeScalarView()
        while let c = at(), c != "\n", c != ";" {
            label.append(c)
            index += 1
        }
        return String(label).trimmingBlanks
    }

    private mutating func readFileName() -> String {
        skipBlanks()
        var name = String.UnicodeScalarView()
        while let c = at(), c != "\n" {
            name.append(c)
            index += 1
        }
        return String(name)
    }
}
