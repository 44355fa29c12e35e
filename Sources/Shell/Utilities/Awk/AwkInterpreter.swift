import Kubectl

/// How a statement ended other than by running to its end.
enum AwkControl: Error {
    case next, nextFile, breakLoop, continueLoop
    case exit(Int32)
    case returnValue(AwkValue)
    /// A fatal runtime error, gawk's message without the `awk: ` prefix.
    case fatal(String)
}

/// Runs an awk program over its inputs, holding variables, the current record and output.
final class AwkInterpreter {
    let program: AwkProgram
    let io: IOStreams
    let session: ShellSession
    var globals: [String: AwkCell] = [:]
    /// Local variables of the active function calls, innermost last.
    var frames: [[String: AwkCell]] = []
    var record = ""
    private var splitFields: [String]?
    private var recordDirty = false
    var rangeActive: [Int: Bool] = [:]
    var regexCache: [String: RegexProgram] = [:]
    /// Output bound for files (`print > "f"`) and commands (`print | "sort"`), in first-use order.
    var files: [(target: String, pipe: Bool, text: String)] = []
    var randomState: UInt64 = 0
    var seed: Double = 0
    /// The records left in the current input, for `getline`.
    var pending: ArraySlice<String> = []
    var callDepth = 0
    /// Files and commands `getline` is reading, with the lines not yet read.
    var readers: [String: ArraySlice<String>] = [:]

    init(program: AwkProgram, io: IOStreams, session: ShellSession) {
        self.program = program
        self.io = io
        self.session = session
        for (name, value) in [
            ("FS", " "), ("OFS", " "), ("ORS", "\n"), ("RS", "\n"), ("SUBSEP", "\u{1C}"), ("CONVFMT", "%.6g"),
            ("OFMT", "%.6g"), ("FILENAME", ""),
        ] {
            globals[name] = .scalar(.string(value))
        }
        for name in ["NR", "NF", "FNR", "RSTART", "RLENGTH"] { globals[name] = .scalar(.zero) }
        let environment = AwkArray()
        for (key, value) in session.childEnvironment.sorted(by: { codePointOrder($0.key, $1.key) }) {
            environment.set(key, .strnum(value))
        }
        globals["ENVIRON"] = .array(environment)
    }

    // MARK: Special variables

    func scalar(_ name: String) -> AwkValue {
        if case .scalar(let value) = globals[name] { return value }
        return .uninitialized
    }

    var outputFormat: String { scalar("OFMT").string() }
    var conversionFormat: String { scalar("CONVFMT").string() }

    /// A value converted to a string for concatenation, comparison or subscripts.
    func text(_ value: AwkValue) -> String { value.string(conversionFormat) }

    // MARK: Records and fields

    func setRecord(_ text: String) {
        record = text
        splitFields = nil
        recordDirty = false
        globals["NF"] = .scalar(.number(Double(fields.count)))
    }

    var fields: [String] {
        if let splitFields { return splitFields }
        let result = split(record, separator: scalar("FS").string())
        splitFields = result
        return result
    }

    func field(_ index: Int) throws(AwkControl) -> AwkValue {
        guard index >= 0 else { throw .fatal("attempt to access field \(index)") }
        if index == 0 {
            if recordDirty { rebuildRecord() }
            return .strnum(record)
        }
        let all = fields
        return index <= all.count ? .strnum(all[index - 1]) : .uninitialized
    }

    func setField(_ index: Int, _ value: String) throws(AwkControl) {
        guard index >= 0 else { throw .fatal("attempt to access field \(index)") }
        guard index <= Self.maximumFields else { throw .fatal(Self.tooManyFields) }
        if index == 0 {
            setRecord(value)
            return
        }
        var all = fields
        while all.count < index { all.append("") }
        all[index - 1] = value
        splitFields = all
        globals["NF"] = .scalar(.number(Double(all.count)))
        rebuildRecord()
    }

    /// The most fields a record may be given, so `NF = 1e9` cannot exhaust memory.
    static let maximumFields = 1_000_000
    static let tooManyFields = "too many fields: at most 1000000 are allowed here"

    /// Sets NF: drops or adds empty fields and rebuilds `$0`.
    func setFieldCount(_ count: Int) throws(AwkControl) {
        guard count <= Self.maximumFields else { throw .fatal(Self.tooManyFields) }
        var all = fields
        if count < all.count { all.removeLast(all.count - max(0, count)) }
        while all.count < count { all.append("") }
        splitFields = all
        rebuildRecord()
    }

    private func rebuildRecord() {
        record = (splitFields ?? []).joined(separator: scalar("OFS").string())
        recordDirty = false
    }

    /// Splits text as awk splits records into fields: blank runs for `" "`, one literal
    /// character, or a regular expression.
    func split(_ text: String, separator: String) -> [String] {
        if separator == " " {
            return text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map {
                String(Substring($0))
            }
        }
        if text.isEmpty { return [] }
        let scalars = Array(separator.unicodeScalars)
        if scalars.count == 1, scalars[0] != "\\" {
            let c = scalars[0]
            if c == "\t" || !"[](){}.*+?^$|".unicodeScalars.contains(c) {
                return text.unicodeScalars.split(separator: c, omittingEmptySubsequences: false).map {
                    String(Substring($0))
                }
            }
        }
        guard let regex = try? regex(separator) else { return [text] }
        var pieces: [String] = []
        let characters = Array(text.unicodeScalars)
        var start = 0
        var searchFrom = 0
        while searchFrom <= characters.count, let range = regex.firstMatch(in: characters, from: searchFrom) {
            if range.isEmpty {
                searchFrom = range.upperBound + 1
                continue
            }
            pieces.append(String(String.UnicodeScalarView(characters[start..<range.lowerBound])))
            start = range.upperBound
            searchFrom = range.upperBound
        }
        pieces.append(String(String.UnicodeScalarView(characters[start...])))
        return pieces
    }

    func regex(_ pattern: String) throws(AwkControl) -> RegexProgram {
        if let cached = regexCache[pattern] { return cached }
        do {
            var parser = RegexParser(pattern, extended: true)
            let program = try RegexProgram(try parser.parse(), ignoringCase: false)
            if regexCache.count > 500 { regexCache.removeAll() }
            regexCache[pattern] = program
            return program
        } catch {
            throw .fatal("\(error.message): /\(pattern)/")
        }
    }

    // MARK: Output

    func write(_ text: String, to redirect: AwkRedirect?) throws(AwkControl) {
        guard let redirect else {
            io.out(text)
            return
        }
        let target = self.text(try evaluate(redirect.target))
        if redirect.op != "|", target == "/dev/stdout" || target == "-" { return io.out(text) }
        if redirect.op != "|", target == "/dev/stderr" { return io.err(text) }
        if let index = files.firstIndex(where: { $0.target == target && $0.pipe == (redirect.op == "|") }) {
            files[index].text += text
            return
        }
        if redirect.op == ">" {
            do throws(FileError) {
                try session.writeFile(target, "")
            } catch {
                throw .fatal("can't redirect to `\(target)' (\(error.message))")
            }
        }
        files.append((target, redirect.op == "|", text))
    }

    /// Writes files and runs piped commands whose output is pending; with a target, only that one.
    @discardableResult
    func close(_ target: String? = nil) -> Int32 {
        var status: Int32 = -1
        if let target, readers.removeValue(forKey: target) != nil { status = 0 }
        var remaining: [(target: String, pipe: Bool, text: String)] = []
        for file in files {
            guard target == nil || file.target == target else {
                remaining.append(file)
                continue
            }
            status = 0
            if file.pipe {
                status = runCommand(file.target, input: file.text)
            } else if file.target != "/dev/null" {
                try? session.writeFile(file.target, file.text, append: true)
            }
        }
        files = remaining
        return status
    }

    /// Runs a shell command line with the given input, its output going to awk's output.
    func runCommand(_ line: String, input: String) -> Int32 {
        guard session.depth < ShellLimits.nesting else {
            io.err(ShellLimits.nestingMessage)
            return 1
        }
        session.depth += 1
        defer { session.depth -= 1 }
        let executor = ShellExecutor(session: session, errors: io.sink)
        let saved = session.lastStatus
        executor.runSource(line, input: input, sink: io.sink, lineOffset: session.linesRead)
        let status = session.lastStatus
        session.lastStatus = saved
        return status
    }
}
