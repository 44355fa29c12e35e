import KubeAPI
import OrderedCollections

/// Updating an Event through `events.k8s.io/v1` (`PUT`, and so apply and patch): the apiserver
/// converts it to the core Event it stores and, as `ValidateEventUpdate` does for that API,
/// lets only its metadata and series change; every other field is immutable.
extension Cluster {
    func replaceEventV1(_ object: KubeObject, dryRun: Bool, manager: FieldManager?) throws(APIError) -> KubeObject {
        let namespace = object.namespace ?? "default"
        let stored = try get(.events, namespace: namespace, name: object.name)
        var core = EventV1Create.toCore(object)
        core.namespace = namespace
        try EventV1Update.validate(core, old: stored)
        let written = try replace(core, dryRun: dryRun, manager: manager)
        return converted(written, to: .eventsV1)
    }
}

enum EventV1Update {
    /// The immutable fields in the order the validation checks them (`reason` twice, as there),
    /// each with how `field.Invalid` writes its Go value.
    static func validate(_ event: KubeObject, old: KubeObject) throws(APIError) {
        let fields: [(String, Render)] = [
            ("involvedObject", .objectReference), ("reason", .string), ("message", .string), ("source", .eventSource),
            ("firstTimestamp", .time), ("lastTimestamp", .time), ("count", .int), ("reason", .string), ("type", .string),
            ("eventTime", .time), ("action", .string), ("related", .objectReference),
            ("reportingComponent", .string), ("reportingInstance", .string),
        ]
        var causes: [InvalidDetails.Cause] = []
        for (field, render) in fields where !same(event.value[field], old.value[field]) {
            let name = field == "reportingComponent" ? "reportingController" : field
            causes.append(.init(field: name, message: "Invalid value: \(render.text(event.value[field])): field is immutable"))
        }
        guard causes.isEmpty else { throw .invalid(kind: "Event", group: "events.k8s.io", name: event.name, causes: causes) }
    }

    /// Equal as the typed values are: an empty reference, source or string is the same as none.
    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        func normal(_ value: JSONValue) -> JSONValue {
            switch value {
            case .object(let members): .object(members.filter { !$0.value.isNull && $0.value != "" && $0.value != .int(0) })
            case .string(""), .int(0): .null
            default: value
            }
        }
        return normal(a).isEquivalent(to: normal(b))
    }

    /// How Go's `%q`, `%v` and `%#v` write a field's value in `field.Invalid`.
    enum Render {
        case string, int, time, objectReference, eventSource

        func text(_ value: JSONValue) -> String {
            switch self {
            case .string: return GoSyntax.quoted(value.string ?? "")
            case .int: return String(value.int ?? 0)
            case .time:
                // time.Time's String of a UTC time: fractions without trailing zeros.
                guard let text = value.string, text.hasSuffix("Z"), text.count >= 20 else { return "0001-01-01 00:00:00 +0000 UTC" }
                var clock = String(text.dropFirst(11).dropLast())
                if clock.contains(".") {
                    while clock.hasSuffix("0") { clock.removeLast() }
                    if clock.hasSuffix(".") { clock.removeLast() }
                }
                return text.prefix(10) + " " + clock + " +0000 UTC"
            case .objectReference:
                if value.isNull { return "null" }
                let fields = ["kind": "Kind", "namespace": "Namespace", "name": "Name", "uid": "UID", "apiVersion": "APIVersion",
                    "resourceVersion": "ResourceVersion", "fieldPath": "FieldPath"]
                let order = ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"]
                return "core.ObjectReference{" + order.map { "\(fields[$0]!):\(GoSyntax.quoted(value[$0].string ?? ""))" }.joined(separator: ", ") + "}"
            case .eventSource:
                return "core.EventSource{Component:\(GoSyntax.quoted(value["component"].string ?? "")), Host:\(GoSyntax.quoted(value["host"].string ?? ""))}"
            }
        }
    }
}
