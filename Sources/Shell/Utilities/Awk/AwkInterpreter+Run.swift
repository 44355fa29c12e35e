import Kubectl

extension AwkInterpreter {
    /// Runs BEGIN, the main rules over every input, then END; returns the exit status.
    func run(operands: [String], readInput: (String) -> Result<String, FileError>) -> Int32 {
        var status: Int32 = 0
        do throws(AwkControl) {
            do throws(AwkControl) {
                try runRules(.begin)
                let needsInput = program.rules.contains {
                    if case .begin = $0.pattern { return false }
                    return true
                }
                if needsInput { try readAll(operands: operands, readInput: readInput) }
            } catch .exit(let code) {
                status = code
            }
            do throws(AwkControl) {
                try runRules(.end)
            } catch .exit(let code) {
                status = code
            }
        } catch .fatal(let message) {
            close()
            let place = message.hasPrefix("cannot open file") ? "" : location
            io.err("awk: " + place + "fatal: " + message + "\n")
            return 2
        } catch {
            status = 0
        }
        close()
        return status
    }

    /// gawk's `cmd. line:1: (FILENAME=- FNR=3) ` prefix for runtime errors while reading input.
    private var location: String {
        let number = scalar("FNR").number.clampedInt
        guard number > 0 else { return "cmd. line:1: " }
        let name = scalar("FILENAME").string()
        return "cmd. line:1: (FILENAME=\(name.isEmpty ? "-" : name) FNR=\(number)) "
    }

    private func runRules(_ kind: AwkPattern) throws(AwkControl) {
        for rule in program.rules {
            switch (rule.pattern, kind) {
            case (.begin, .begin), (.end, .end):
                try execute(rule.action ?? [])
            default: continue
            }
        }
    }

    private func readAll(operands: [String], readInput: (String) -> Result<String, FileError>) throws(AwkControl) {
        var inputs: [String] = []
        var sawFile = false
        for operand in operands {
            if let equals = operand.firstIndex(of: "="), Self.isName(operand[..<equals]) {
                inputs.append(operand)
            } else {
                inputs.append(operand)
                sawFile = true
            }
        }
        if !sawFile { inputs.append("-") }
        for operand in inputs {
            if let equals = operand.firstIndex(of: "="), Self.isName(operand[..<equals]) {
                assignVariable(String(operand[..<equals]), String(operand[operand.index(after: equals)...]))
                continue
            }
            let text: String
            switch readInput(operand) {
            case .success(let contents): text = contents
            case .failure(.isDirectory):
                io.err("awk: warning: command line argument `\(operand)' is a directory: skipped\n")
                continue
            case .failure(let error):
                throw .fatal("cannot open file `\(operand)' for reading: \(error.message)")
            }
            globals["FILENAME"] = .scalar(.string(operand == "-" ? "" : operand))
            globals["FNR"] = .scalar(.zero)
            pending = records(text)[...]
            do throws(AwkControl) {
                while let next = pending.popFirst() {
                    nextRecord(next)
                    do throws(AwkControl) {
                        try runMainRules()
                    } catch .next {
                        continue
                    }
                }
            } catch .nextFile {
                continue
            }
        }
    }

    func nextRecord(_ text: String) {
        globals["NR"] = .scalar(.number(scalar("NR").number + 1))
        globals["FNR"] = .scalar(.number(scalar("FNR").number + 1))
        setRecord(text)
    }

    private func runMainRules() throws(AwkControl) {
        for (index, rule) in program.rules.enumerated() {
            let selected: Bool
            switch rule.pattern {
            case .begin, .end: continue
            case .always: selected = true
            case .expression(let expression): selected = try evaluate(expression).truth
            case .range(let start, let stop):
                if rangeActive[index] == true {
                    selected = true
                    if try evaluate(stop).truth { rangeActive[index] = false }
                } else if try evaluate(start).truth {
                    selected = true
                    rangeActive[index] = !(try evaluate(stop).truth)
                } else {
                    selected = false
                }
            }
            guard selected else { continue }
            if let action = rule.action {
                try execute(action)
            } else {
                try write(text(try field(0)) + scalar("ORS").string(), to: nil)
            }
        }
    }

    /// The records of an input, split at RS (a newline, one character, or blank lines when empty).
    func records(_ text: String) -> [String] {
        let separator = scalar("RS").string()
        if separator.isEmpty {
            var paragraphs: [String] = []
            var current: [Substring] = []
            for line in TextLines(text).lines {
                if line.isEmpty {
                    if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                    current = []
                } else {
                    current.append(line)
                }
            }
            if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
            return paragraphs
        }
        if separator == "\n" { return TextLines(text).lines.map(String.init) }
        let c = separator.unicodeScalars.first ?? "\n"
        var pieces = text.unicodeScalars.split(separator: c, omittingEmptySubsequences: false).map {
            String(Substring($0))
        }
        if pieces.last == "" { pieces.removeLast() }
        return pieces
    }

    /// `-v name=value` and `name=value` operands: the value is input data with escapes processed.
    func assignVariable(_ name: String, _ value: String) {
        var decoded = ""
        var escaped = false
        for c in value {
            if escaped {
                switch c {
                case "n": decoded.append("\n")
                case "t": decoded.append("\t")
                case "\\": decoded.append("\\")
                default:
                    decoded.append("\\")
                    decoded.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                decoded.append(c)
            }
        }
        if escaped { decoded.append("\\") }
        globals[name] = .scalar(.strnum(decoded))
    }

    static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { ($0.isLetter || $0.isNumber || $0 == "_") && $0.isASCII }
    }
}
