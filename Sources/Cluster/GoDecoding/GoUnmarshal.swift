import KubeAPI
import OrderedCollections

/// What `encoding/json` (as sigs.k8s.io/json forks it for the apiserver) says when a client's JSON
/// does not fit the Go type it is decoded into: a string where an `int32` goes, a number beyond its
/// width, an object where a list goes. The Go types come from `GoSchema`.
///
/// A type error is remembered and decoding goes on, so the first one in the order the decoder
/// meets the values wins; an error from a type's own `UnmarshalJSON` (`IntOrString`, `Time`,
/// `Quantity`) stops decoding at once and wins over any remembered one.
enum GoUnmarshal {
    /// The error of decoding `value` (members in the order they were sent) into the Go type
    /// `typeName` (`v1.Deployment`); nil when it decodes.
    static func error(decoding value: JSONValue, as typeName: String) -> String? {
        var decoder = Decoder()
        decoder.decode(value, .named(typeName), Context())
        return decoder.stopped ?? decoder.saved
    }

    /// Where the decoder is: the innermost struct's name and the JSON field names from the root.
    struct Context {
        var structName = ""
        var fields: [String] = []

        /// `UnmarshalTypeError.Error()`, with the struct and field when there are any.
        func typeError(_ value: String, _ type: GoType) -> String {
            if structName.isEmpty && fields.isEmpty {
                return "json: cannot unmarshal \(value) into Go value of type \(type.name)"
            }
            let field = fields.joined(separator: ".")
            return "json: cannot unmarshal \(value) into Go struct field \(structName).\(field) of type \(type.name)"
        }
    }

    private struct Decoder {
        var saved: String?
        var stopped: String?

        /// Decodes one value; false once decoding has stopped.
        @discardableResult
        mutating func decode(_ value: JSONValue, _ type: GoType, _ context: Context) -> Bool {
            if stopped != nil { return false }
            // null sets pointers, maps and slices to nil and leaves everything else alone.
            if value.isNull { return true }
            switch type {
            case .pointer(let element):
                return decode(value, element, context)
            case .named(let name) where GoUnmarshalers.handles(name):
                stopped = GoUnmarshalers.error(value, name, context)
                return stopped == nil
            case .named(let name):
                if let fields = GoSchema.structs[name] { return decodeStruct(value, type, fields, context) }
                return decodeValue(value, shownAs: type, GoType.parse(GoSchema.definedTypes[name] ?? name), context)
            default:
                return decodeValue(value, shownAs: type, type, context)
            }
        }

        private mutating func decodeStruct(
            _ value: JSONValue, _ type: GoType, _ fields: [GoSchema.Field], _ context: Context
        ) -> Bool {
            guard case .object(let members) = value else {
                save(context.typeError(value.goJSONKind, type))
                return true
            }
            let structName = type.name.split(separator: ".").last.map(String.init) ?? type.name
            for (key, member) in members {
                guard let field = Self.field(key, in: fields) else { continue }
                var inner = context
                inner.structName = structName
                inner.fields.append(key)
                if !decode(member, field.type, inner) { return false }
            }
            return true
        }

        /// A value whose Go kind is `type` (a builtin, slice or map), shown as `shownAs`.
        private mutating func decodeValue(_ value: JSONValue, shownAs: GoType, _ type: GoType, _ context: Context) -> Bool {
            switch (type, value) {
            case (.slice(let element), .array(let items)):
                for item in items where !decode(item, element, context) { return false }
            case (.slice(.builtin("uint8")), .string):
                break  // []byte takes base64 text.
            case (.map(_, let element), .object(let members)):
                for (_, member) in members where !decode(member, element, context) { return false }
            case (.builtin(let name), _):
                if let problem = GoUnmarshalers.scalarProblem(value, builtin: name) {
                    save(context.typeError(problem, shownAs))
                }
            case (.named(let name), _):
                // A defined type of a defined type (or one not in the schema): decode as its underlying type.
                let underlying = GoType.parse(GoSchema.definedTypes[name] ?? "")
                if case .named = underlying { return true }
                return decodeValue(value, shownAs: shownAs, underlying, context)
            default:
                save(context.typeError(value.goJSONKind, shownAs))
            }
            return true
        }

        private mutating func save(_ error: String) {
            if saved == nil { saved = error }
        }

        /// The struct field a key decodes into, fields of embedded (`,inline`) structs included.
        static func field(_ key: String, in fields: [GoSchema.Field]) -> GoSchema.Field? {
            if let field = fields.first(where: { $0.json == key }) { return field }
            for embedded in fields where embedded.json == nil {
                guard case .named(let name) = embedded.type, let inner = GoSchema.structs[name] else { continue }
                if let field = field(key, in: inner) { return field }
            }
            return nil
        }
    }
}
