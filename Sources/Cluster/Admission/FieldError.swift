import KubeAPI

/// Causes of an `Invalid` refusal, worded as `field.Error.ErrorBody` words each error type.
enum FieldError {
    typealias Cause = InvalidDetails.Cause

    static func required(_ path: String, _ detail: String = "") -> Cause {
        Cause(field: path, message: detail.isEmpty ? "Required value" : "Required value: \(detail)")
    }

    /// `Invalid value: <value>: <detail>`, the value already printed as Go prints it.
    static func invalid(_ path: String, _ value: String, _ detail: String) -> Cause {
        Cause(field: path, message: "Invalid value: \(value): \(detail)")
    }

    static func notSupported(_ path: String, _ value: String, _ supported: [String]) -> Cause {
        let list = supported.map(GoSyntax.quoted).joined(separator: ", ")
        return Cause(field: path, message: "Unsupported value: \(GoSyntax.quoted(value)): supported values: \(list)")
    }

    static func forbidden(_ path: String, _ detail: String) -> Cause {
        Cause(field: path, message: "Forbidden: \(detail)")
    }

    static func duplicate(_ path: String, _ value: String) -> Cause {
        Cause(field: path, message: "Duplicate value: \(GoSyntax.quoted(value))")
    }

    /// `ValidateNonnegativeField`.
    static func nonNegative(_ path: String, _ value: Int?) -> [Cause] {
        guard let value, value < 0 else { return [] }
        return [invalid(path, String(value), "must be greater than or equal to 0")]
    }
}

/// Values printed as Go's `%q` and `%#v` print them, the way validation messages quote bad values.
enum GoSyntax {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `map[string]string{"a":"b", "c":"d"}` with sorted keys, or `map[string]string(nil)` when absent.
    static func stringMap(_ value: JSONValue) -> String {
        guard !value.isNull else { return "map[string]string(nil)" }
        let pairs = value.stringMap.sorted { $0.key < $1.key }.map { "\(quoted($0.key)):\(quoted($0.value))" }
        return "map[string]string{\(pairs.joined(separator: ", "))}"
    }

    /// A `metav1.LabelSelector` as `%#v` prints it.
    static func labelSelector(_ selector: JSONValue) -> String {
        let expressions = selector["matchExpressions"]
        let requirements: String
        if expressions.isNull {
            requirements = "[]v1.LabelSelectorRequirement(nil)"
        } else {
            let items = expressions.array.map { e in
                let values = e["values"].isNull
                    ? "[]string(nil)" : "[]string{\(e["values"].array.map { quoted($0.string ?? "") }.joined(separator: ", "))}"
                return "v1.LabelSelectorRequirement{Key:\(quoted(e["key"].string ?? "")), "
                    + "Operator:\(quoted(e["operator"].string ?? "")), Values:\(values)}"
            }
            requirements = "[]v1.LabelSelectorRequirement{\(items.joined(separator: ", "))}"
        }
        return "v1.LabelSelector{MatchLabels:\(stringMap(selector["matchLabels"])), MatchExpressions:\(requirements)}"
    }
}
