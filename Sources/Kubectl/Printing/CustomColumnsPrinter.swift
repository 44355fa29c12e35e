import KubeAPI

/// `-o custom-columns=HEADER:path,...`: one column per spec, through the same tabwriter as tables.
///
/// Paths are the relaxed JSONPath kubectl accepts (`.metadata.name`, `metadata.name`,
/// `{.metadata.name}`), limited to fields, `[n]` indexes and `[*]`. A path that finds nothing
/// prints `<none>`; several values are joined with `,`. Headers are printed as given.
public struct CustomColumnsPrinter: Sendable, Equatable {
    /// One `HEADER:path` column.
    public struct Column: Sendable, Equatable {
        public var header: String
        /// The path as kubectl normalises it, `{.metadata.name}`.
        public var fieldSpec: String
        var steps: [Step]
    }

    enum Step: Sendable, Equatable {
        case field(String)
        case index(Int)
        case all
    }

    /// A spec kubectl refuses, with its message (printed as `error: <message>`).
    public struct SpecError: Error, Sendable, Equatable {
        public var message: String
        public init(message: String) { self.message = message }
    }

    public var columns: [Column]
    public var noHeaders: Bool

    /// Parses the text after `custom-columns=`.
    public init(spec: String, noHeaders: Bool = false) throws(SpecError) {
        guard !spec.isEmpty else { throw SpecError(message: Self.emptySpec) }
        var columns: [Column] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard let colon = part.firstIndex(of: ":") else {
                throw SpecError(message: Self.badColumn(part))
            }
            let expression = try Self.relaxed(String(part[part.index(after: colon)...]))
            columns.append(
                Column(header: String(part[..<colon]), fieldSpec: "{.\(expression)}", steps: try Self.steps(expression))
            )
        }
        self.columns = columns
        self.noHeaders = noHeaders
    }

    /// The header (unless `noHeaders`) and one line per object, laid out as `kubectl get` lays out tables.
    public func render(_ objects: [KubeObject]) -> String {
        var writer = TabWriter.forGet()
        if !noHeaders { writer.write(columns.map(\.header).joined(separator: "\t") + "\n") }
        for object in objects {
            let cells = columns.map { column -> String in
                let values = Self.evaluate(column.steps, [object.value])
                guard !values.isEmpty else { return "<none>" }
                return values.map { HumanReadablePrinter.escapeTerminal(Self.goString($0)) }.joined(separator: ",")
            }
            writer.write(cells.joined(separator: "\t") + "\n")
        }
        return writer.flush()
    }

    static func evaluate(_ steps: [Step], _ values: [JSONValue]) -> [JSONValue] {
        steps.reduce(values) { current, step in
            current.flatMap { value -> [JSONValue] in
                switch step {
                case .field(let name):
                    guard case .object(let members) = value else { return [] }
                    return members.filter { $0.key == name }.map(\.value)
                case .index(let index):
                    guard case .array(let items) = value else { return [] }
                    let position = index < 0 ? items.count + index : index
                    return items.indices.contains(position) ? [items[position]] : []
                case .all:
                    guard case .array(let items) = value else { return [] }
                    return items
                }
            }
        }
    }

    /// Go's `fmt.Sprint` of a decoded JSON value: `map[k:v]` with sorted keys, `[a b]`, `<nil>`.
    static func goString(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number):
            return number == number.rounded() && abs(number) < 1e21 ? String(Int(number)) : "\(number)"
        case .string(let text): return text
        case .array(let items): return "[" + items.map(goString).joined(separator: " ") + "]"
        case .object(let members):
            let pairs = members.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }.map { "\($0.0):\(goString($0.1))" }
            return "map[" + pairs.joined(separator: " ") + "]"
        }
    }

    /// kubectl's `RelaxedJSONPathExpression`: strips `{`, `}` and one leading `.`.
    static func relaxed(_ expression: String) throws(SpecError) -> String {
        var body = Substring(expression)
        if body.hasPrefix("{") && body.hasSuffix("}") && body.count >= 2 { body = body.dropFirst().dropLast() }
        if body.hasPrefix(".") { body = body.dropFirst() }
        guard !body.isEmpty, !body.contains("{"), !body.contains("}") else { throw SpecError(message: badPath) }
        return String(body)
    }

    /// Splits `a.b[0].c[*]` (with `\.` escaping a dot in a key) into steps.
    static func steps(_ expression: String) throws(SpecError) -> [Step] {
        var steps: [Step] = []
        var name = ""
        var chars = expression.makeIterator()
        func endName() {
            if !name.isEmpty { steps.append(.field(name)) }
            name = ""
        }
        while let char = chars.next() {
            switch char {
            case "\\":
                if let next = chars.next() { name.append(next) }
            case ".":
                endName()
            case "[":
                endName()
                var inside = ""
                while let next = chars.next(), next != "]" { inside.append(next) }
                if inside == "*" {
                    steps.append(.all)
                } else if let index = Int(inside) {
                    steps.append(.index(index))
                } else if inside.count >= 2, let quote = inside.first, quote == "'" || quote == "\"",
                    inside.last == quote
                {
                    steps.append(.field(String(inside.dropFirst().dropLast())))
                } else {
                    throw SpecError(message: "unsupported JSONPath expression [\(inside)] in custom-columns")
                }
            default:
                name.append(char)
            }
        }
        endName()
        return steps
    }

    static let emptySpec = "custom-columns format specified but no custom columns given"

    static func badColumn(_ part: String) -> String {
        "unexpected custom-columns spec: \(part), expected <header>:<json-path-expr>"
    }

    static let badPath =
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
}
