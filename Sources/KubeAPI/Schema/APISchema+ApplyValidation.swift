import OrderedCollections

/// How structured-merge-diff (v4.4, kube-apiserver 1.32) checks a server-side apply
/// configuration against the kind's schema before merging it: every field must be declared,
/// scalars must have their type, maps and lists must be maps and lists, and a keyed list's
/// items must carry their keys. A map's check stops at its first undeclared field. The
/// configuration reaches it through YAML and `encoding/json`, so every number is a float64.
/// Go walks map keys in random order; here they are walked in byte order.
extension APISchema {
    /// One of structured-merge-diff's validation errors: the path (`.spec.replicas`) and the problem.
    public struct ApplyError: Sendable, Equatable {
        public var path: String
        public var message: String

        /// `ValidationError.Error`.
        public var text: String { path.isEmpty ? message : "\(path): \(message)" }
    }

    /// What keeps `object` from becoming a typed value of kind `type`.
    public func applyErrors(in object: JSONValue, as type: TypeDefinition) -> [ApplyError] {
        check(object, as: .named(type.name), listKeys: [])
    }

    /// `ValidationErrors.Error`: one error alone, several under `errors:`, one an indented line.
    public static func describe(_ errors: [ApplyError]) -> String {
        if errors.count == 1 { return errors[0].text }
        return (["errors:"] + errors.map { "  " + $0.text }).joined(separator: "\n")
    }

    private func check(_ value: JSONValue, as type: FieldType, listKeys: [String]) -> [ApplyError] {
        if value.isNull { return [] }
        switch type {
        case .primitive(let name):
            return Self.checkScalar(value, name)
        case .map(let element):
            guard case .object(let members) = value else { return [Self.error("expected map, got \(Self.boxed(value))")] }
            var errors: [ApplyError] = []
            for key in members.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                errors += Self.prefixed(check(members[key] ?? .null, as: element, listKeys: []), "." + key)
            }
            return errors
        case .list(let element):
            guard case .array(let items) = value else { return [Self.error("expected list, got \(Self.boxed(value))")] }
            return checkItems(items, as: element, keys: listKeys)
        case .named(let name):
            guard let definition = types[name] else { return [] }
            guard definition.isObject else { return Self.checkScalar(value, definition.shownAs == "string" ? "string" : "") }
            guard case .object(let members) = value else { return [Self.error("expected map, got \(Self.boxed(value))")] }
            var errors: [ApplyError] = []
            for key in members.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                guard let field = definition.fields.first(where: { $0.name == key }) else {
                    errors.append(ApplyError(path: "." + key, message: "field not declared in schema"))
                    break
                }
                let keys = field.listMapKeys.isEmpty ? (field.patchMergeKey.isEmpty ? [] : [field.patchMergeKey]) : field.listMapKeys
                errors += Self.prefixed(check(members[key] ?? .null, as: field.type, listKeys: keys), "." + key)
            }
            return errors
        }
    }

    /// A list's items, each under its index, or under its keys in a keyed list (duplicates refused).
    private func checkItems(_ items: [JSONValue], as element: FieldType, keys: [String]) -> [ApplyError] {
        var errors: [ApplyError] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            var element_ = "[\(index)]"
            if !keys.isEmpty {
                switch Self.keyElement(item, keys: keys) {
                case .failure(let why):
                    errors.append(Self.error("element \(index): \(why)"))
                    return errors
                case .success(let key):
                    element_ = key
                    if !seen.insert(key).inserted { errors.append(Self.error("duplicate entries for key \(key)")) }
                }
            }
            errors += Self.prefixed(check(item, as: element, listKeys: []), element_)
        }
        return errors
    }

    /// `keyedAssociativeListItemToPathElement`: `[name="web"]`, keys sorted by name; a missing
    /// protocol takes its schema default, TCP.
    private static func keyElement(_ item: JSONValue, keys: [String]) -> Result<String, KeyError> {
        if item.isNull { return .failure(KeyError("associative list with keys may not have a null element")) }
        guard case .object(let members) = item else {
            return .failure(KeyError("associative list with keys may not have non-map elements"))
        }
        var fields: [(String, String)] = []
        for key in keys {
            if let value = members[key] {
                fields.append((key, toString(value)))
            } else if key == "protocol" {
                fields.append((key, "\"TCP\""))
            } else {
                return .failure(KeyError(
                    "associative list with keys has an element that omits key field \(GoSyntax.quoted(key)) (and doesn't have default value)"))
            }
        }
        fields.sort { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        return .success("[" + fields.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "]")
    }

    struct KeyError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// `validateScalar`: `string`, `integer`/`number` (numeric), `boolean`, or "" for an untyped scalar.
    private static func checkScalar(_ value: JSONValue, _ type: String) -> [ApplyError] {
        switch (type, value) {
        case ("Object", _), ("string", .string), ("integer", .int), ("integer", .double), ("number", .int), ("number", .double),
            ("boolean", .bool), ("", .string), ("", .int), ("", .double), ("", .bool):
            return []
        case ("integer", _), ("number", _): return [error("expected numeric (int or float), got \(goType(value))")]
        case ("string", _): return [error("expected string, got &value.valueUnstructured{Value:\(goSyntax(value))}")]
        case ("boolean", _): return [error("expected boolean, got \(boxed(value))")]
        default: return [error("expected any scalar, got \(boxed(value))")]
        }
    }

    private static func error(_ message: String) -> ApplyError { ApplyError(path: "", message: message) }

    private static func prefixed(_ errors: [ApplyError], _ prefix: String) -> [ApplyError] {
        errors.map { ApplyError(path: prefix + $0.path, message: $0.message) }
    }

    /// `%v` of the `*valueUnstructured` that wraps a value.
    private static func boxed(_ value: JSONValue) -> String { "&{\(goValue(value))}" }

    /// `%T` of a decoded JSON value.
    private static func goType(_ value: JSONValue) -> String {
        switch value {
        case .string: "string"
        case .bool: "bool"
        case .object: "map[string]interface {}"
        case .array: "[]interface {}"
        case .null: "<nil>"
        default: "float64"
        }
    }

    /// `%v` of a decoded JSON value: numbers as `%g` of a float64, maps with sorted keys.
    private static func goValue(_ value: JSONValue) -> String {
        switch value {
        case .null: "<nil>"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): GoFloat.g(Double(number))
        case .double(let number): GoFloat.g(number)
        case .string(let text): text
        case .array(let items): "[" + items.map(goValue).joined(separator: " ") + "]"
        case .object(let members):
            "map[" + members.keys.sorted().map { "\($0):\(goValue(members[$0] ?? .null))" }.joined(separator: " ") + "]"
        }
    }

    /// `%#v` of a decoded JSON value.
    private static func goSyntax(_ value: JSONValue) -> String {
        switch value {
        case .null: "interface {}(nil)"
        case .string(let text): GoSyntax.quoted(text)
        case .array(let items): "[]interface {}{" + items.map(goSyntax).joined(separator: ", ") + "}"
        case .object(let members):
            "map[string]interface {}{" + members.keys.sorted().map { "\(GoSyntax.quoted($0)):\(goSyntax(members[$0] ?? .null))" }
                .joined(separator: ", ") + "}"
        default: goValue(value)
        }
    }

    /// `value.ToString`, for a key's value: strings quoted, numbers as float64s print.
    private static func toString(_ value: JSONValue) -> String {
        if case .string(let text) = value { return GoSyntax.quoted(text) }
        return goValue(value)
    }
}
