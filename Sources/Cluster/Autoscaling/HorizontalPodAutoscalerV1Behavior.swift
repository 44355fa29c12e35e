import KubeAPI
import OrderedCollections

/// An autoscaler's `spec.behavior` as autoscaling/v1 keeps it, in its behavior annotation: the
/// apiserver marshals its internal type there, which has no JSON tags, so the members carry the
/// Go field names (`ScaleUp`, `StabilizationWindowSeconds`, ...) and absent pointers are null.
/// Reading it back matches names without regard to case, as `encoding/json` does.
enum HorizontalPodAutoscalerV1Behavior {
    private static let directions = [("scaleUp", "ScaleUp"), ("scaleDown", "ScaleDown")]
    private static let rules = [
        ("stabilizationWindowSeconds", "StabilizationWindowSeconds"), ("selectPolicy", "SelectPolicy"), ("policies", "Policies"),
    ]
    private static let policy = [("type", "Type"), ("value", "Value"), ("periodSeconds", "PeriodSeconds")]

    /// The annotation's text for a v2 behavior.
    static func annotation(_ behavior: JSONValue) -> String {
        GoJSON.marshal(
            renamed(behavior, directions) { rulesValue in
                renamed(rulesValue, rules) { member in
                    guard case .array(let policies) = member else { return member }
                    return .array(policies.map(internalPolicy))
                }
            })
    }

    /// The v2 behavior an annotation's JSON holds.
    static func fromInternal(_ value: JSONValue) -> JSONValue {
        read(value, directions) { rulesValue in
            read(rulesValue, rules) { member in
                guard case .array(let policies) = member else { return member }
                return .array(policies.map { read($0, policy) { $0 } })
            }
        }
    }

    /// Whether the annotation's JSON moves to the spec: only when `encoding/json` decodes it into
    /// the internal type and it is not that type's zero value; anything else is passed over.
    static func isWellFormed(_ value: JSONValue) -> Bool {
        guard decodes(value, { key, member in
            switch key {
            case "scaleup", "scaledown": rulesDecode(member)
            default: true
            }
        }) else { return false }
        return !fromInternal(value).object.isEmpty
    }

    /// Whether an object's members (named without regard to case) are null or fit `fits`.
    private static func decodes(_ value: JSONValue, _ fits: (String, JSONValue) -> Bool) -> Bool {
        guard case .object(let members) = value else { return false }
        return members.allSatisfy { $0.value.isNull || fits($0.key.lowercased(), $0.value) }
    }

    private static func rulesDecode(_ value: JSONValue) -> Bool {
        decodes(value) { key, member in
            switch (key, member) {
            case ("stabilizationwindowseconds", .int(let number)): Int32(exactly: number) != nil
            case ("selectpolicy", .string): true
            case ("policies", .array(let policies)): policies.allSatisfy { $0.isNull || policyDecodes($0) }
            case ("stabilizationwindowseconds", _), ("selectpolicy", _), ("policies", _): false
            default: true
            }
        }
    }

    private static func policyDecodes(_ value: JSONValue) -> Bool {
        decodes(value) { key, member in
            switch (key, member) {
            case ("type", .string): true
            case ("value", .int(let number)), ("periodseconds", .int(let number)): Int32(exactly: number) != nil
            case ("type", _), ("value", _), ("periodseconds", _): false
            default: true
            }
        }
    }

    /// A policy as the internal type writes it: its type a string, its value and period integers.
    private static func internalPolicy(_ value: JSONValue) -> JSONValue {
        ["Type": value["type"].isNull ? "" : value["type"], "Value": value["value"].isNull ? 0 : value["value"],
         "PeriodSeconds": value["periodSeconds"].isNull ? 0 : value["periodSeconds"]]
    }

    /// Writes each member under its Go field name, null when absent (every field of the internal type is written).
    private static func renamed(_ value: JSONValue, _ names: [(String, String)], _ inner: (JSONValue) -> JSONValue) -> JSONValue {
        guard case .object = value else { return .null }
        var out = OrderedDictionary<String, JSONValue>()
        for (json, go) in names { out[go] = value[json].isNull ? .null : inner(value[json]) }
        return .object(out)
    }

    /// Reads each member whatever the case of its name, leaving out the null ones.
    private static func read(_ value: JSONValue, _ names: [(String, String)], _ inner: (JSONValue) -> JSONValue) -> JSONValue {
        guard case .object(let members) = value else { return .null }
        var out = OrderedDictionary<String, JSONValue>()
        for (json, _) in names {
            guard let member = members.first(where: { $0.key.lowercased() == json.lowercased() })?.value, !member.isNull else { continue }
            out[json] = inner(member)
        }
        return .object(out)
    }
}
