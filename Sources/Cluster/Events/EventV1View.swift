import KubeAPI
import OrderedCollections

/// A core Event as `events.k8s.io/v1` shows it, as the apiserver's conversion does: the
/// involved object is `regarding`, the message the `note`, the reporting component the
/// `reportingController`, and the old source, timestamps and count become `deprecated*` fields.
enum EventV1View {
    static func convert(_ event: KubeObject) -> KubeObject {
        let value = event.value
        var out = OrderedDictionary<String, JSONValue>()
        out["apiVersion"] = "events.k8s.io/v1"
        out["kind"] = "Event"
        out["metadata"] = value["metadata"]
        out["eventTime"] = value["eventTime"]
        copy(value["series"], as: "series", into: &out)
        copy(value["reportingComponent"], as: "reportingController", into: &out)
        copy(value["reportingInstance"], as: "reportingInstance", into: &out)
        copy(value["action"], as: "action", into: &out)
        copy(value["reason"], as: "reason", into: &out)
        out["regarding"] = value["involvedObject"]
        copy(value["related"], as: "related", into: &out)
        copy(value["message"], as: "note", into: &out)
        copy(value["type"], as: "type", into: &out)
        out["deprecatedSource"] = value["source"].isNull ? .object([:]) : value["source"]
        out["deprecatedFirstTimestamp"] = value["firstTimestamp"]
        out["deprecatedLastTimestamp"] = value["lastTimestamp"]
        if let count = value["count"].int, count != 0 { out["deprecatedCount"] = .int(count) }
        return KubeObject(.object(out))
    }

    /// Sets `key` unless the field is missing or empty (the v1 type's `omitempty`).
    private static func copy(_ field: JSONValue, as key: String, into out: inout OrderedDictionary<String, JSONValue>) {
        if field.isNull || field.string == "" { return }
        out[key] = field
    }
}
