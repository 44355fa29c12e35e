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

    /// Every document of a possibly multi-document stream; empty documents are skipped. A key a
    /// mapping repeats takes its last value (`YAMLDecoding+RepeatedKeys.swift`).
    public static func documents(_ text: String) throws(DecodeError) -> [JSONValue] {
        var source = hasJSONPrefix(text) ? goJSONEscapes(text) : text
        var overwritten = 0
        while true {
            do {
                return try documents(parsing: source, droppingOverwrittenKeys: overwritten > 0)
            } catch let error as DecodeError {
                throw error
            } catch let error as YamlError {
                guard case .duplicatedKeysInMapping(_, let context) = error, overwritten < repeatedKeyLimit,
                    let renamed = overwritingKey(at: context.mark, in: source)
                else { throw DecodeError(message: goYAMLMessage(error)) }
                source = renamed
                overwritten += 1
            } catch {
                throw DecodeError(message: goYAMLMessage(error))
            }
        }
    }

    private static func documents(parsing source: String, droppingOverwrittenKeys: Bool) throws -> [JSONValue] {
        var values: [JSONValue] = []
        // Scalars are typed below, as go-yaml types them; Yams' regex resolver is not needed.
        // The encoding is given: Yams' default reads the whole environment on every parse.
        var nodes = try Yams.compose_all(yaml: source, .basic, .default, .utf8)
        while let node = nodes.next() {
            var problems = ConversionProblems(dropsOverwrittenKeys: droppingOverwrittenKeys)
            let document = try value(of: node, &problems)
            if let error = problems.error { throw error }
            values.append(document)
        }
        // The sequence ends quietly at a syntax error; the error is kept on it.
        if let error = nodes.error { throw error }
        return values.filter { !$0.isNull }
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

    /// The JSON value of a node. go-yaml's own errors (a tag the text does not fit, a key that is
    /// a sequence or mapping) are thrown at once; what only the JSON conversion refuses (a null
    /// key, an infinite float) is noted in `problems`, as that runs once go-yaml has read it all.
    static func value(of node: Node, _ problems: inout ConversionProblems) throws(DecodeError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            let resolved = try resolved(scalar)
            do {
                return try YAMLScalarResolution.jsonValue(resolved)
            } catch {
                problems.unsupported = problems.unsupported ?? error.text
                return .null
            }
        case .sequence(let sequence):
            var items: [JSONValue] = []
            items.reserveCapacity(sequence.count)
            for child in sequence { items.append(try value(of: child, &problems)) }
            return .array(items)
        case .mapping(let mapping):
            var members = OrderedDictionary<String, JSONValue>()
            for (key, child) in mapping {
                guard let text = try keyText(of: key) else {
                    if problems.nullKey == nil {
                        problems.nullKey = "unsupported map key of type: %!s(<nil>), key: <nil>, value: \(try goSyntax(of: child, top: true))"
                    }
                    continue
                }
                if problems.dropsOverwrittenKeys, text.hasPrefix(overwrittenKeyPrefix) { continue }
                members[text] = try value(of: child, &problems)
            }
            return .object(members)
        case .alias(let alias):
            return .string(alias.anchor.rawValue)
        }
    }

    /// What the JSON conversion of a document refuses, the first of each kind.
    struct ConversionProblems {
        /// Whether keys renamed as overwritten by a later repeat are left out.
        var dropsOverwrittenKeys = false
        var nullKey: String?
        var unsupported: String?

        /// The error sigs.k8s.io/yaml reports: a null key is met before the JSON is written.
        var error: DecodeError? {
            if let nullKey { return DecodeError(message: nullKey, isJSONConversion: true) }
            if let unsupported { return DecodeError(message: "json: unsupported value: \(unsupported)", isJSONConversion: true) }
            return nil
        }
    }

    /// A scalar as go-yaml resolves it, with its tag. Yams settles the tag of a plain key as
    /// `!!str` when it hashes the key, so `asKey` reads a plain `!!str` key as untagged.
    static func resolved(_ scalar: Node.Scalar, asKey: Bool = false) throws(DecodeError) -> YAMLScalarResolution.Resolved {
        var tag = scalar.tag.description
        if asKey, scalar.style == .plain, tag == Tag.Name.str.rawValue { tag = "" }
        do {
            return try YAMLScalarResolution.resolve(scalar.string, tag: tag, plain: scalar.style == .plain)
        } catch {
            throw DecodeError(message: error.message)
        }
    }

    /// A mapping key as JSON holds it: resolved like any scalar, then written as text; nil for a
    /// null key, which has no JSON form.
    private static func keyText(of key: Node) throws(DecodeError) -> String? {
        switch key {
        case .scalar(let scalar):
            let resolved = try resolved(scalar, asKey: true)
            return resolved == .null ? nil : YAMLScalarResolution.key(resolved, text: scalar.string)
        case .sequence, .mapping:
            throw DecodeError(message: "invalid map key: \(try goSyntax(of: key, top: true))")
        case .alias(let alias):
            return alias.anchor.rawValue
        }
    }
}
