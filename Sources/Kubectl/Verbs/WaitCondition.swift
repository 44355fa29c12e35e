import Cluster
import KubeAPI

/// What `kubectl wait --for` waits for.
enum WaitCondition {
    case delete, create
    case condition(name: String, value: String)
    case jsonPath(path: String, value: String?)

    var isDelete: Bool { if case .delete = self { return true } else { return false } }

    /// `conditionFuncFor`: the condition, or kubectl's error for a malformed one.
    static func parse(_ text: String) throws(KubectlFailure) -> WaitCondition {
        switch text.lowercased() {
        case "delete": return .delete
        case "create": return .create
        default: break
        }
        if text.hasPrefix("condition=") {
            let body = text.dropFirst("condition=".count)
            guard let equals = body.firstIndex(of: "=") else { return .condition(name: String(body), value: "true") }
            return .condition(name: String(body[..<equals]), value: String(body[body.index(after: equals)...]))
        }
        if text.hasPrefix("jsonpath=") {
            let parts = splitJSONPath(String(text.dropFirst("jsonpath=".count)))
            guard parts.count == 1 || parts.count == 2 else {
                throw .error("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'")
            }
            var path = parts[0]
            if path.hasPrefix("{") && path.hasSuffix("}") { path = String(path.dropFirst().dropLast()) }
            if !path.isEmpty && !path.hasPrefix(".") && !path.hasPrefix("$") { path = "." + path }
            guard !path.isEmpty else { throw .error("jsonpath expression cannot be empty") }
            guard parts.count == 2 else { return .jsonPath(path: path, value: nil) }
            let value = parts[1].trimming("'\"")
            guard !value.isEmpty else {
                throw .error("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3")
            }
            return .jsonPath(path: path, value: value)
        }
        throw .error("unrecognized condition: \(GoSyntax.quoted(text))")
    }

    /// `splitJSONPathInput`: split on `=`, keeping `==` inside the expression.
    private static func splitJSONPath(_ input: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var chars = Substring(input)
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "=" {
                if chars.first == "=" {
                    current += "=="
                    chars = chars.dropFirst()
                } else {
                    parts.append(current)
                    current = ""
                }
            } else {
                current.append(c)
            }
        }
        return parts + [current]
    }

    /// Whether `object` (nil once gone) meets the condition.
    func isMet(_ object: KubeObject?, uid: String) throws(KubectlFailure) -> Bool {
        switch self {
        case .delete: return object == nil || object?.uid != uid
        case .create: return object != nil
        case .condition(let name, let value):
            guard let object else { return false }
            for condition in object[path: "status.conditions"].array
            where (condition["type"].string ?? "").lowercased() == name.lowercased() {
                guard let status = condition["status"].string else { continue }
                let generation = object.metadata["generation"].int
                let observed = condition["observedGeneration"].int ?? object[path: "status.observedGeneration"].int
                if let generation, let observed, observed < generation { return false }
                return status.lowercased() == value.lowercased()
            }
            return false
        case .jsonPath(let path, let value):
            guard let object else { return false }
            let results = JSONPathPrinter.evaluate(path, object.value)
            guard let first = results.first else { return false }
            guard let value else { return true }
            guard results.count == 1 else { throw .error("given jsonpath expression matches more than one value") }
            switch first {
            case .object, .array: throw .error("jsonpath leads to a nested object or list which is not supported")
            case .string(let text): return text == value
            default: return JSONPrinter.compact(first) == value
            }
        }
    }
}

extension String {
    /// The string without leading and trailing characters from `set` (Go's `strings.Trim`).
    fileprivate func trimming(_ set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
