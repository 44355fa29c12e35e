import KubeAPI

/// `-o custom-columns=HEADER:path,...`: one column per spec, through the same tabwriter as tables.
///
/// Paths are the relaxed JSONPath kubectl accepts (`.metadata.name`, `metadata.name`,
/// `{.metadata.name}`), evaluated by the jsonpath engine with missing keys allowed, so filters
/// (`{.status.conditions[?(@.type=="Ready")].status}`) work as in kubectl. A path that finds
/// nothing prints `<none>`; several values are joined with `,`. Headers are printed as given.
public struct CustomColumnsPrinter: Sendable, Equatable {
    /// One `HEADER:path` column.
    public struct Column: Sendable, Equatable {
        public var header: String
        /// The path as kubectl normalises it, `{.metadata.name}`.
        public var fieldSpec: String
        var nodes: [JSONPathNode]
        /// Why the path does not parse; kubectl reports it when printing, after the header.
        var parseError: String?
    }

    /// A spec kubectl refuses, with its message (printed as `error: <message>`) and what was
    /// printed before the failure (the header, earlier rows).
    public struct SpecError: Error, Sendable, Equatable {
        public var message: String
        public var printed = ""
        public init(message: String, printed: String = "") {
            self.message = message
            self.printed = printed
        }
    }

    public var columns: [Column]
    public var noHeaders: Bool

    /// Parses the text after `custom-columns=`.
    public init(spec: String, noHeaders: Bool = false) throws(SpecError) {
        guard !spec.isEmpty else { throw SpecError(message: Self.emptySpec) }
        var headers: [String] = []
        var paths: [String] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard let colon = part.firstIndex(of: ":") else {
                throw SpecError(message: Self.badColumn(part))
            }
            headers.append(String(part[..<colon]))
            paths.append(String(part[part.index(after: colon)...]))
        }
        try self.init(headers: headers, paths: paths, noHeaders: noHeaders)
    }

    /// Columns from headers and their paths, as `custom-columns-file` gives them.
    public init(headers: [String], paths: [String], noHeaders: Bool = false) throws(SpecError) {
        var columns: [Column] = []
        for (header, path) in zip(headers, paths) {
            let fieldSpec = "{.\(try Self.relaxed(path))}"
            do {
                columns.append(Column(header: header, fieldSpec: fieldSpec, nodes: try JSONPathParser.parse(fieldSpec)))
            } catch {
                columns.append(Column(header: header, fieldSpec: fieldSpec, nodes: [], parseError: error.message))
            }
        }
        self.columns = columns
        self.noHeaders = noHeaders
    }

    /// `custom-columns-file`: a line of headers and a line of paths, each split on whitespace.
    public init(file contents: String, noHeaders: Bool = false) throws(SpecError) {
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        let expected = "Expected format is one line of space separated headers, one line of space separated column specs."
        guard !contents.isEmpty, let first = lines.first else {
            throw SpecError(message: "invalid template, missing header line. " + expected)
        }
        guard lines.count > 1, !(lines.count == 2 && lines[1].isEmpty) else {
            throw SpecError(message: "invalid template, missing spec line. " + expected)
        }
        let headers = first.split(whereSeparator: \.isWhitespace).map(String.init)
        let paths = lines[1].split(whereSeparator: \.isWhitespace).map(String.init)
        guard headers.count == paths.count else {
            throw SpecError(
                message: "number of headers (\(headers.count)) and field specifications (\(paths.count)) don't match")
        }
        try self.init(headers: headers, paths: paths, noHeaders: noHeaders)
    }

    /// The header (unless `noHeaders`) and one line per object, laid out as `kubectl get` lays out tables.
    ///
    /// On a failure the header and the rows before it are still printed, as kubectl flushes them.
    public func render(_ objects: [KubeObject]) throws(SpecError) -> String {
        var writer = TabWriter.forGet()
        if !noHeaders { writer.write(headerLine) }
        do throws(SpecError) {
            if let problem = columns.compactMap(\.parseError).first { throw SpecError(message: problem) }
            for object in objects { writer.write(try line(object)) }
        } catch {
            throw SpecError(message: error.message, printed: writer.flush())
        }
        return writer.flush()
    }

    /// The headers, tab-separated, with a newline.
    var headerLine: String { columns.map(\.header).joined(separator: "\t") + "\n" }

    /// One object's cells, tab-separated, with a newline.
    func line(_ object: KubeObject) throws(SpecError) -> String {
        var cells: [String] = []
        for column in columns {
            if let problem = column.parseError { throw SpecError(message: problem) }
            var evaluator = JSONPathEvaluator(nodes: column.nodes, allowMissingKeys: true)
            let results: [[JSONValue]]
            do {
                results = try evaluator.findResults(object.value)
            } catch {
                throw SpecError(message: error.message)
            }
            let values = results.flatMap { $0 }.map(Self.cell)
            cells.append(((results.first?.isEmpty ?? true) ? ["<none>"] + values : values).joined(separator: ","))
        }
        return cells.joined(separator: "\t") + "\n"
    }

    private static func cell(_ value: JSONValue) -> String {
        HumanReadablePrinter.escapeTerminal(GoValueFormat.text(value))
    }

    /// Go's `fmt.Sprint` of a decoded JSON value: `map[k:v]` with sorted keys, `[a b]`, `<nil>`.
    static func goString(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return GoFloat.jsonInteger(number).map(String.init) ?? GoFloat.g(number)
        case .string(let text): return text
        case .array(let items): return "[" + items.map(goString).joined(separator: " ") + "]"
        case .object(let members):
            let pairs = members.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }.map { "\($0.0):\(goString($0.1))" }
            return "map[" + pairs.joined(separator: " ") + "]"
        }
    }

    /// kubectl's `RelaxedJSONPathExpression`: `{.path}` for any of its relaxed spellings, empty kept empty.
    static func relaxedExpression(_ expression: String) throws(SpecError) -> String {
        expression.isEmpty ? expression : "{.\(try relaxed(expression))}"
    }

    /// The body of kubectl's `RelaxedJSONPathExpression`: strips `{`, `}` and one leading `.`.
    static func relaxed(_ expression: String) throws(SpecError) -> String {
        var body = Substring(expression)
        if body.hasPrefix("{") && body.hasSuffix("}") && body.count >= 2 { body = body.dropFirst().dropLast() }
        if body.hasPrefix(".") { body = body.dropFirst() }
        guard !body.isEmpty, !body.contains("{"), !body.contains("}") else { throw SpecError(message: badPath) }
        return String(body)
    }

    static let emptySpec = "custom-columns format specified but no custom columns given"

    static func badColumn(_ part: String) -> String {
        "unexpected custom-columns spec: \(part), expected <header>:<json-path-expr>"
    }

    static let badPath =
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
}
