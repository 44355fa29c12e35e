import KubeAPI
import OrderedCollections

/// What the apiserver does to a new LimitRange: canonical quantities, container defaults filled in
/// from one another (`SetDefaults_LimitRangeItem`), and the checks of `ValidateLimitRange` that
/// print cleanly.
enum LimitRangeDefaults {
    static let resourceLists = ["max", "min", "default", "defaultRequest", "maxLimitRequestRatio"]

    static func apply(to range: KubeObject) -> KubeObject {
        var range = range
        range[path: "spec.limits"] = .array(range[path: "spec.limits"].array.map(defaultItem))
        return range
    }

    /// A Container item's default limit falls back to its max, its default request to the
    /// default limit, then to its min. Empty lists are left out, as Go omits them.
    private static func defaultItem(_ item: JSONValue) -> JSONValue {
        var item = item
        for list in resourceLists where !item[list].isNull {
            item[list] = .object(item[list].object.mapValues(QuantityDefaults.resourceListValue))
        }
        guard item["type"].string == "Container" else { return item }
        var defaults = item["default"].object
        for (resource, value) in item["max"].object where defaults[resource] == nil { defaults[resource] = value }
        var requests = item["defaultRequest"].object
        for (resource, value) in defaults where requests[resource] == nil { requests[resource] = value }
        for (resource, value) in item["min"].object where requests[resource] == nil { requests[resource] = value }
        if !defaults.isEmpty { item["default"] = .object(defaults) }
        if !requests.isEmpty { item["defaultRequest"] = .object(requests) }
        return item
    }

    /// Pod items may not carry defaults; a type may appear only once.
    static func validate(_ range: KubeObject) throws(APIError) {
        var causes: [FieldError.Cause] = []
        var seen: Set<String> = []
        for (index, item) in range[path: "spec.limits"].array.enumerated() {
            let path = "spec.limits[\(index)]"
            let type = item["type"].string ?? ""
            if !seen.insert(type).inserted { causes.append(FieldError.duplicate("\(path).type", type)) }
            if type == "Pod" {
                for list in ["default", "defaultRequest"] where !item[list].object.isEmpty {
                    causes.append(FieldError.forbidden("\(path).\(list)", "may not be specified when `type` is 'Pod'"))
                }
            }
            if type == "PersistentVolumeClaim", item["min"]["storage"].isNull, item["max"]["storage"].isNull {
                causes.append(
                    FieldError.required(
                        "\(path).limits", "either minimum or maximum storage value is required, but neither was provided"))
            }
        }
        guard !causes.isEmpty else { return }
        throw .invalid(kind: "LimitRange", group: "", name: range.name, causes: causes)
    }
}
