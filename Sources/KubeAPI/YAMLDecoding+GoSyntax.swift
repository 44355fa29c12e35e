import Yams

extension YAMLDecoding {
    /// A node as Go's `%#v` prints what go-yaml v2 decodes it to, for the messages that quote a
    /// value (`invalid map key: []interface {}{"a"}`). `top` is the value printed alone, where a
    /// null is `<nil>`; inside a collection it is a typed nil. Mapping keys are sorted by their
    /// text, as fmt sorts keys of one type.
    static func goSyntax(of node: Node, top: Bool, asKey: Bool = false) throws(DecodeError) -> String {
        switch node {
        case .scalar(let scalar):
            switch try resolved(scalar, asKey: asKey) {
            case .null: return top ? "<nil>" : "interface {}(nil)"
            case .bool(let flag): return flag ? "true" : "false"
            case .number(.int(let number)): return String(number)
            case .number(.uint(let number)): return "0x" + String(number, radix: 16)
            case .number(.float(let number)): return GoFloat.g(number)
            case .string(let text): return GoSyntax.quoted(text)
            }
        case .sequence(let sequence):
            var items: [String] = []
            for child in sequence { items.append(try goSyntax(of: child, top: false)) }
            return "[]interface {}{\(items.joined(separator: ", "))}"
        case .mapping(let mapping):
            var pairs: [String] = []
            for (key, child) in mapping {
                pairs.append("\(try goSyntax(of: key, top: false, asKey: true)):\(try goSyntax(of: child, top: false))")
            }
            return "map[interface {}]interface {}{\(pairs.sorted().joined(separator: ", "))}"
        case .alias(let alias):
            return GoSyntax.quoted(alias.anchor.rawValue)
        }
    }
}
