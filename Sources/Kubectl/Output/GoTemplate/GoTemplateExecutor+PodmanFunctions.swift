import KubeAPI

/// Which tool's functions a template may call besides Go's builtins: kubectl's (`exists`,
/// `base64decode`) or podman's report package's (`json`, `join`, `lower`, `pad`, `split`,
/// `title`, `truncate`, `upper`).
public enum GoTemplateFunctionSet: Sendable {
    case kubectl
    case podman
}

extension GoTemplateExecutor {
    static let podmanFunctions: [String: Signature] = {
        var table = functions
        table["exists"] = nil
        table["base64decode"] = nil
        for name in ["json", "join", "pad", "split", "truncate"] {
            table[name] = Signature(fixed: [.any], variadic: .any)
        }
        for name in ["lower", "title", "upper"] { table[name] = Signature(fixed: [.string]) }
        return table
    }()

    private static let podmanArity = ["json": 1, "join": 2, "pad": 3, "split": 2, "truncate": 2]

    static func callPodman(_ name: String, _ args: [GoValue]) throws(CallError) -> GoValue {
        if let arity = podmanArity[name], args.count != arity {
            throw CallError(message: "wrong number of args for \(name): want \(arity) got \(args.count)")
        }
        switch name {
        case "json":
            return .json(.string(GoJSON.marshal(jsonValue(args[0]), escapingHTML: false)))
        case "lower": return .json(.string(try string(args[0]).lowercased()))
        case "upper": return .json(.string(try string(args[0]).uppercased()))
        case "title": return .json(.string(title(try string(args[0]))))
        case "join":
            guard case .json(.array(let items)) = args[0].dug, let words = strings(items) else {
                throw CallError(message: "wrong type for value; expected []string; got \(args[0].dug.typeName)")
            }
            return .json(.string(words.joined(separator: try string(args[1]))))
        case "split":
            let text = try string(args[0])
            let separator = try string(args[1])
            let parts = separator.isEmpty ? text.map(String.init) : text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            return .json(.array(parts.map { .string($0) }))
        case "truncate":
            let text = try string(args[0])
            let length = try int(args[1])
            return .json(.string(text.utf8.count < length ? text : String(decoding: text.utf8.prefix(max(length, 0)), as: UTF8.self)))
        case "pad":
            let text = try string(args[0])
            guard !text.isEmpty else { return .json(.string("")) }
            let prefix = String(repeating: " ", count: max(try int(args[1]), 0))
            return .json(.string(prefix + text + String(repeating: " ", count: max(try int(args[2]), 0))))
        default:
            throw CallError(message: "unknown function")
        }
    }

    private static func jsonValue(_ value: GoValue) -> JSONValue {
        switch value {
        case .invalid: .null
        case .json(let json), .element(let json): json
        case .int(let number): .int(number)
        case .byte(let byte): .int(Int(byte))
        }
    }

    private static func string(_ value: GoValue) throws(CallError) -> String {
        guard case .json(.string(let text)) = value.dug else {
            throw CallError(message: "wrong type for value; expected string; got \(value.dug.typeName)")
        }
        return text
    }

    private static func int(_ value: GoValue) throws(CallError) -> Int {
        switch value.dug {
        case .int(let number), .json(.int(let number)): return number
        default: throw CallError(message: "wrong type for value; expected int; got \(value.dug.typeName)")
        }
    }

    private static func strings(_ items: [JSONValue]) -> [String]? {
        var words: [String] = []
        for item in items {
            guard case .string(let word) = item else { return nil }
            words.append(word)
        }
        return words
    }

    /// Go's `strings.Title`: the first letter after a separator is upper-cased. ASCII
    /// separators are all but letters, digits and `_`; beyond ASCII only spaces separate.
    private static func title(_ text: String) -> String {
        func separates(_ character: Character) -> Bool {
            if character.isASCII { return !(character.isLetter || character.isNumber || character == "_") }
            return !(character.isLetter || character.isNumber) && character.isWhitespace
        }
        var result = ""
        var previous: Character = " "
        for character in text {
            result += separates(previous) ? character.uppercased() : String(character)
            previous = character
        }
        return result
    }
}
