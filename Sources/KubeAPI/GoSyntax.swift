/// Values printed as Go's `%q` and `%#v` print them, the way validation messages quote bad values.
public enum GoSyntax {
    /// Go's `strconv.Quote` (`%q`): quotes, backslashes and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `map[string]string{"a":"b", "c":"d"}` with sorted keys, or `map[string]string(nil)` when absent.
    public static func stringMap(_ value: JSONValue) -> String {
        guard !value.isNull else { return "map[string]string(nil)" }
        let pairs = value.stringMap.sorted { $0.key < $1.key }.map { "\(quoted($0.key)):\(quoted($0.value))" }
        return "map[string]string{\(pairs.joined(separator: ", "))}"
    }

    /// A `metav1.LabelSelector` as `%#v` prints it.
    public static func labelSelector(_ selector: JSONValue) -> String {
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
