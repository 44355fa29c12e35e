/// Runs sed commands over a stream of lines: the pattern and hold spaces, ranges and branches.
final class SedRunner {
    let commands: [SedCommandLine]
    let quiet: Bool
    /// Reads a file for `r`; nil when it cannot be read (sed then reads nothing).
    var readFile: (String) -> String? = { _ in nil }
    private(set) var output = ""
    /// Text written by `w` files, by name.
    private(set) var written: [(name: String, text: String)] = []
    private var hold = ""
    private var lastRegex: CapturingRegex?
    private var rangeEnds: [Int: Int?] = [:]
    private var rangeActive: Set<Int> = []
    private var missingNewline = false
    private(set) var exitCode: Int32 = 0
    private var steps = 0
    /// The most one input line may cost: a unit for each command run and each 64 bytes it copies.
    static let workPerLine = 1_000_000

    init(commands: [SedCommandLine], quiet: Bool) {
        self.commands = commands
        self.quiet = quiet
        for command in commands {
            if case .write(let name) = command.operation, !written.contains(where: { $0.name == name }) {
                written.append((name, ""))
            }
            if case .substitute(let s) = command.operation, let name = s.writeFile,
                !written.contains(where: { $0.name == name })
            {
                written.append((name, ""))
            }
        }
    }

    private func emit(_ text: String) {
        if missingNewline {
            output += "\n"
            missingNewline = false
        }
        output += text
    }

    private func emitLine(_ line: String, last: Bool, endsWithNewline: Bool) {
        emit(line)
        if last && !endsWithNewline {
            missingNewline = true
        } else {
            output += "\n"
        }
    }

    /// The bytes `operation` copies between the pattern and hold spaces, or while rewriting the pattern.
    private static func copiedBytes(by operation: SedOperation, pattern: String, hold: String) -> Int {
        switch operation {
        case .substitute, .transliterate: pattern.utf8.count
        case .hold, .holdAppend, .get, .getAppend: pattern.utf8.count + hold.utf8.count
        default: 0
        }
    }

    /// Runs the script over `lines`; `endsWithNewline` says whether the last line had one.
    func run(_ lines: [Substring], endsWithNewline: Bool) {
        var index = 0
        var pattern = ""
        var lineNumber = 0
        var quitting = false
        func isLast() -> Bool { index >= lines.count }
        cycle: while index < lines.count, !quitting {
            pattern = String(lines[index])
            index += 1
            lineNumber += 1
            var appended: [String] = []
            var substituted = false
            var pc = 0
            var autoprint = !quiet
            // A branch loop that grows the pattern (`:a;s/a/aa/;ta`) stops once its copying passes a bound.
            var work = 0
            commandLoop: while pc < commands.count {
                steps += 1
                let command = commands[pc]
                work += 1 + Self.copiedBytes(by: command.operation, pattern: pattern, hold: hold) >> 6
                if steps > 5_000_000 || work > Self.workPerLine { break cycle }
                pc += 1
                let selected = matches(command, index: pc - 1, pattern: pattern, line: lineNumber, last: isLast())
                if case .blockStart(let end) = command.operation {
                    if !selected { pc = end }
                    continue
                }
                guard selected else { continue }
                switch command.operation {
                case .blockStart, .blockEnd, .label: break
                case .substitute(let substitution):
                    if let result = substitute(substitution, in: pattern) {
                        pattern = result
                        substituted = true
                        if substitution.print { emitLine(pattern, last: false, endsWithNewline: true) }
                        if let name = substitution.writeFile { write(pattern + "\n", to: name) }
                    }
                case .print: emitLine(pattern, last: isLast(), endsWithNewline: endsWithNewline)
                case .printFirstLine:
                    emitLine(
                        String(pattern.split(separator: "\n", omittingEmptySubsequences: false)[0]), last: false,
                        endsWithNewline: true)
                case .delete:
                    autoprint = false
                    break commandLoop
                case .deleteFirstLine:
                    guard let newline = pattern.firstIndex(of: "\n") else {
                        autoprint = false
                        break commandLoop
                    }
                    pattern = String(pattern[pattern.index(after: newline)...])
                    flushAppended(&appended)
                    pc = 0
                    continue
                case .lineNumber: emit("\(lineNumber)\n")
                case .quit(let code, let printing):
                    exitCode = code
                    quitting = true
                    autoprint = autoprint && printing
                    break commandLoop
                case .append(let text): appended.append(text + "\n")
                case .insert(let text): emit(text + "\n")
                case .change(let text):
                    if command.second == nil || !rangeActive.contains(pc - 1) || command.negated { emit(text + "\n") }
                    autoprint = false
                    break commandLoop
                case .transliterate(let map):
                    pattern = String(String.UnicodeScalarView(pattern.unicodeScalars.map { map[$0] ?? $0 }))
                case .next:
                    guard index < lines.count else {
                        quitting = true
                        break commandLoop
                    }
                    if !quiet { emitLine(pattern, last: false, endsWithNewline: true) }
                    flushAppended(&appended)
                    pattern = String(lines[index])
                    index += 1
                    lineNumber += 1
                case .appendNext:
                    guard index < lines.count else {
                        quitting = true
                        break commandLoop
                    }
                    flushAppended(&appended)
                    pattern += "\n" + lines[index]
                    index += 1
                    lineNumber += 1
                case .hold: hold = pattern
                case .holdAppend: hold += "\n" + pattern
                case .get: pattern = hold
                case .getAppend: pattern += "\n" + hold
                case .exchange: swap(&pattern, &hold)
                case .branch(let label): pc = target(label)
                case .branchIfSubstituted(let label):
                    if substituted {
                        substituted = false
                        pc = target(label)
                    }
                case .branchUnlessSubstituted(let label):
                    if !substituted { pc = target(label) } else { substituted = false }
                case .write(let name): write(pattern + "\n", to: name)
                case .readFile(let name):
                    if let text = readFile(name), !text.isEmpty {
                        appended.append(text.hasSuffix("\n") ? text : text + "\n")
                    }
                }
            }
            if autoprint { emitLine(pattern, last: isLast(), endsWithNewline: endsWithNewline) }
            flushAppended(&appended)
        }
    }

    private func flushAppended(_ appended: inout [String]) {
        for text in appended { emit(text) }
        appended = []
    }

    private func write(_ text: String, to name: String) {
        if let index = written.firstIndex(where: { $0.name == name }) { written[index].text += text }
    }

    /// The command index after the label (the end of the script when there is no label).
    private func target(_ label: String?) -> Int {
        guard let label else { return commands.count }
        for (index, command) in commands.enumerated() {
            if case .label(let name) = command.operation, name == label { return index + 1 }
        }
        return commands.count
    }

    private func matches(_ command: SedCommandLine, index: Int, pattern: String, line: Int, last: Bool) -> Bool {
        guard let first = command.first else { return !command.negated }
        var selected: Bool
        if let second = command.second {
            if rangeActive.contains(index) {
                selected = true
                switch second {
                case .line(let n): if line >= n { rangeActive.remove(index) }
                case .following:
                    if let end = rangeEnds[index] ?? nil, line >= end { rangeActive.remove(index) }
                default: if address(second, pattern: pattern, line: line, last: last) { rangeActive.remove(index) }
                }
            } else if address(first, pattern: pattern, line: line, last: last) {
                selected = true
                switch second {
                case .line(let n): if n > line { rangeActive.insert(index) }
                case .following(let n):
                    if n > 0 {
                        rangeEnds[index] = line + n
                        rangeActive.insert(index)
                    }
                case .last: if !last { rangeActive.insert(index) }
                default: rangeActive.insert(index)
                }
            } else {
                selected = false
            }
        } else {
            selected = address(first, pattern: pattern, line: line, last: last)
        }
        if command.negated { selected.toggle() }
        return selected
    }

    private func address(_ address: SedAddress, pattern: String, line: Int, last: Bool) -> Bool {
        switch address {
        case .line(let n): return line == n
        case .last: return last
        case .step(let first, let step): return step <= 0 ? line == first : line >= first && (line - first) % step == 0
        case .following: return false
        case .regex(let regex):
            guard let regex = regex ?? lastRegex else { return false }
            lastRegex = regex
            return regex.program.matches(Array(pattern.unicodeScalars))
        }
    }

    private func substitute(_ substitution: SedSubstitution, in pattern: String) -> String? {
        guard let regex = substitution.regex ?? lastRegex else { return nil }
        lastRegex = regex
        let text = Array(pattern.unicodeScalars)
        var output = String.UnicodeScalarView()
        var position = 0
        var count = 0
        var replaced = false
        var previousEnd = -1
        while position <= text.count, let match = regex.firstMatch(in: text, from: position) {
            let range = match.range
            if range.isEmpty && range.lowerBound == previousEnd {
                if range.lowerBound < text.count { output.append(text[range.lowerBound]) }
                position = range.lowerBound + 1
                continue
            }
            count += 1
            output.append(contentsOf: text[position..<range.lowerBound])
            if count >= substitution.occurrence {
                replaced = true
                for part in substitution.replacement {
                    switch part {
                    case .text(let literal): output.append(contentsOf: literal.unicodeScalars)
                    case .whole: output.append(contentsOf: text[range])
                    case .group(let number):
                        if number < match.groups.count, let group = match.groups[number] {
                            output.append(contentsOf: text[group])
                        }
                    }
                }
            } else {
                output.append(contentsOf: text[range])
            }
            previousEnd = range.upperBound
            if range.isEmpty {
                if range.lowerBound < text.count { output.append(text[range.lowerBound]) }
                position = range.lowerBound + 1
            } else {
                position = range.upperBound
            }
            if replaced && !substitution.global { break }
        }
        guard replaced else { return nil }
        if position < text.count { output.append(contentsOf: text[position...]) }
        return String(output)
    }
}
