import KubeAPI

/// `metav1.ParseToLabelSelector`: a `-l` style selector string as a `LabelSelector` object,
/// equality in `matchLabels` and set-based requirements in `matchExpressions`, by key.
enum LabelSelectorArgument {
    static func parse(_ text: String) throws(KubectlFailure) -> JSONValue {
        let selector: LabelSelector
        do {
            selector = try LabelSelector(parsing: text)
        } catch {
            throw .error("couldn't parse the selector string \"\(text)\": \(error.message)")
        }
        var labels: [(String, String)] = []
        var expressions: [JSONValue] = []
        for requirement in selector.requirements.sorted(by: { $0.key < $1.key }) {
            let key = JSONValue.string(requirement.key)
            let values = JSONValue.array(Array(Set(requirement.values)).sorted().map(JSONValue.string))
            switch requirement.op {
            case .equals, .doubleEquals: labels.append((requirement.key, requirement.values.first ?? ""))
            case .in: expressions.append(["key": key, "operator": "In", "values": values])
            case .notIn: expressions.append(["key": key, "operator": "NotIn", "values": values])
            case .exists: expressions.append(["key": key, "operator": "Exists"])
            case .doesNotExist: expressions.append(["key": key, "operator": "DoesNotExist"])
            case .notEquals: throw .error("\"!=\" is not a valid label selector operator")
            // selection.GreaterThan and LessThan, spelled `gt` and `lt`.
            case .greaterThan: throw .error("\"gt\" isn't supported in label selectors")
            case .lessThan: throw .error("\"lt\" isn't supported in label selectors")
            }
        }
        var result: JSONValue = [:]
        if !labels.isEmpty {
            var map: JSONValue = [:]
            for (key, value) in labels { map[key] = .string(value) }
            result["matchLabels"] = map
        }
        if !expressions.isEmpty { result["matchExpressions"] = .array(expressions) }
        return result
    }
}
