import KubeAPI

/// A `metav1.LabelSelector` as its generated Go `String()` method prints it
/// (`&LabelSelector{MatchLabels:map[string]string{app: web,},MatchExpressions:[]LabelSelectorRequirement{},}`),
/// which printers.go uses for a binding's parameter selector.
enum GoLabelSelector {
    static func string(_ selector: JSONValue) -> String {
        let labels = selector["matchLabels"].stringMap.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)," }.joined()
        let expressions = selector["matchExpressions"].array.map { expression in
            let values = expression["values"].array.compactMap(\.string).joined(separator: " ")
            return "LabelSelectorRequirement{Key:\(expression["key"].string ?? ""),"
                + "Operator:\(expression["operator"].string ?? ""),Values:[\(values)],},"
        }.joined()
        return "&LabelSelector{MatchLabels:map[string]string{\(labels)},"
            + "MatchExpressions:[]LabelSelectorRequirement{\(expressions)},}"
    }
}
