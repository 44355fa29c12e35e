import OrderedCollections
import Yams

/// Reads YAML (or JSON, its subset) documents into `JSONValue`s, keeping mapping order.
public enum YAMLDecoding {
    public struct DecodeError: Error, Equatable, Sendable {
        public var message: String
    }

    /// Every document of a possibly multi-document stream; empty documents are skipped.
    public static func documents(_ text: String) throws(DecodeError) -> [JSONValue] {
        do {
            var values: [JSONValue] = []
            // Scalars are typed below, as go-yaml types them; Yams' regex resolver is not needed.
            for node in try Yams.compose_all(yaml: text, .basic) {
                values.append(value(of: node))
            }
            return values.filter { !$0.isNull }
        } catch {
            throw DecodeError(message: String(describing: error))
        }
    }

    static func value(of node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            return scalarValue(scalar)
        case .sequence(let sequence):
            return .array(sequence.map(value(of:)))
        case .mapping(let mapping):
            var members = OrderedDictionary<String, JSONValue>()
            for (key, child) in mapping {
                members[key.string ?? ""] = value(of: child)
            }
            return .object(members)
        case .alias(let alias):
            return .string(alias.anchor.rawValue)
        }
    }

    /// YAML 1.1-style plain scalars (go-yaml's reading): null, booleans, integers, floats, strings.
    static func scalarValue(_ scalar: Node.Scalar) -> JSONValue {
        let text = scalar.string
        guard scalar.style == .plain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let i = Int(text) { return .int(i) }
        if text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true, let d = Double(text) {
            return .double(d)
        }
        return .string(text)
    }
}
