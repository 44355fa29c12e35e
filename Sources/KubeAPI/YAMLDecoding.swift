import OrderedCollections
import Yams

/// Reads YAML (or JSON, its subset) documents into `JSONValue`s, keeping mapping order.
public enum YAMLDecoding {
    public struct DecodeError: Error, Equatable, Sendable {
        public var message: String
        /// Whether the YAML was read but its value has no JSON form (`json: unsupported value: NaN`).
        public var isJSONConversion = false

        public init(message: String, isJSONConversion: Bool = false) {
            self.message = message
            self.isJSONConversion = isJSONConversion
        }

        /// The error as go-yaml and encoding/json word it: syntax errors start with `yaml: `.
        public var goWording: String { isJSONConversion ? message : "yaml: " + message }
    }

    /// Every document of a possibly multi-document stream; empty documents are skipped.
    public static func documents(_ text: String) throws(DecodeError) -> [JSONValue] {
        do {
            var values: [JSONValue] = []
            // Scalars are typed below, as go-yaml types them; Yams' regex resolver is not needed.
            let source = hasJSONPrefix(text) ? goJSONEscapes(text) : text
            // The encoding is given: Yams' default reads the whole environment on every parse.
            var nodes = try Yams.compose_all(yaml: source, .basic, .default, .utf8)
            while let node = nodes.next() { values.append(try value(of: node)) }
            // The sequence ends quietly at a syntax error; the error is kept on it.
            if let error = nodes.error { throw error }
            return values.filter { !$0.isNull }
        } catch let unsupported as YAMLScalarResolution.UnsupportedValue {
            throw DecodeError(message: "json: unsupported value: \(unsupported.text)", isJSONConversion: true)
        } catch {
            throw DecodeError(message: goYAMLMessage(error))
        }
    }

    /// go-yaml's wording of a syntax error: `line N: <problem>`, where N counts from 1 for scanner
    /// errors and from 0 for parser errors, and is left out on the first line.
    static func goYAMLMessage(_ error: any Error) -> String {
        guard let yamlError = error as? YamlError else { return String(describing: error) }
        let (problem, mark, context, isScanner): (String, Mark, YamlError.Context?, Bool)
        switch yamlError {
        case .scanner(let c, let p, let m, _): (problem, mark, context, isScanner) = (p, m, c, true)
        case .parser(let c, let p, let m, _), .composer(let c, let p, let m, _): (problem, mark, context, isScanner) = (p, m, c, false)
        case .reader(let problem, _, _, _): return problem  // a reader error has no line
        default: return String(describing: error)
        }
        var line = 0
        if mark.line - 1 != 0 {
            line = mark.line - 1 + (isScanner ? 1 : 0)
        } else if let context, context.mark.line - 1 != 0 {
            line = context.mark.line - 1
        }
        return (line != 0 ? "line \(line): " : "") + problem
    }

    static func value(of node: Node) throws(YAMLScalarResolution.UnsupportedValue) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            return try YAMLScalarResolution.jsonValue(YAMLScalarResolution.resolve(scalar.string))
        case .sequence(let sequence):
            var items: [JSONValue] = []
            items.reserveCapacity(sequence.count)
            for child in sequence { items.append(try value(of: child)) }
            return .array(items)
        case .mapping(let mapping):
            var members = OrderedDictionary<String, JSONValue>()
            for (key, child) in mapping {
                members[keyText(of: key)] = try value(of: child)
            }
            return .object(members)
        case .alias(let alias):
            return .string(alias.anchor.rawValue)
        }
    }

    /// A mapping key as JSON holds it: a plain key is resolved like any scalar, then written as text.
    private static func keyText(of key: Node) -> String {
        guard case .scalar(let scalar) = key, scalar.style == .plain else { return key.string ?? "" }
        return YAMLScalarResolution.key(YAMLScalarResolution.resolve(scalar.string), text: scalar.string)
    }
}
