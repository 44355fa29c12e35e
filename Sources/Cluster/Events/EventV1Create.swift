import KubeAPI
import OrderedCollections

/// Creating an Event through `events.k8s.io/v1`: the apiserver converts it to the core Event it
/// stores (the reverse of `EventV1View`) and validates it as that API requires of new events:
/// an event time, the reporting controller and instance, an action, a reason, a type, and none
/// of the deprecated core fields.
extension Cluster {
    func createEventV1(_ object: KubeObject, dryRun: Bool) throws(APIError) -> KubeObject {
        var core = EventV1Create.toCore(object)
        if core.namespace == nil { core.namespace = "default" }
        try EventV1Create.validate(core)
        // Authorized for events.k8s.io already; the core write is the same request.
        let created = try create(core, dryRun: dryRun)
        return converted(created, to: .eventsV1)
    }
}

enum EventV1Create {
    /// The core Event an events.k8s.io/v1 Event is stored as.
    static func toCore(_ event: KubeObject) -> KubeObject {
        let value = event.value
        var out = OrderedDictionary<String, JSONValue>()
        out["apiVersion"] = "v1"
        out["kind"] = "Event"
        out["metadata"] = value["metadata"]
        out["involvedObject"] = value["regarding"].isNull ? .emptyObject : value["regarding"]
        for (from, to) in [
            ("reason", "reason"), ("note", "message"), ("type", "type"), ("eventTime", "eventTime"),
            ("series", "series"), ("action", "action"), ("related", "related"),
            ("reportingController", "reportingComponent"), ("reportingInstance", "reportingInstance"),
            ("deprecatedCount", "count"),
        ] where !value[from].isNull {
            out[to] = value[from]
        }
        out["source"] = value["deprecatedSource"].isNull ? .emptyObject : value["deprecatedSource"]
        out["firstTimestamp"] = value["deprecatedFirstTimestamp"].isNull ? .null : value["deprecatedFirstTimestamp"]
        out["lastTimestamp"] = value["deprecatedLastTimestamp"].isNull ? .null : value["deprecatedLastTimestamp"]
        return KubeObject(.object(out))
    }

    /// `ValidateEventCreate` for a request of events.k8s.io/v1; causes in its order.
    static func validate(_ event: KubeObject) throws(APIError) {
        let value = event.value
        func text(_ key: String) -> String { value[key].string ?? "" }
        var causes: [InvalidDetails.Cause] = []
        let namespace = event.namespace ?? ""
        let hasTime = !text("eventTime").isEmpty
        if hasTime {
            if (value["involvedObject"]["namespace"].string ?? "").isEmpty, namespace != "default", namespace != "kube-system" {
                causes.append(.init(field: "involvedObject.namespace", message: "Invalid value: \"\": does not match event.namespace"))
            }
            for (key, limit) in [("reportingComponent", 0), ("reportingInstance", 128), ("action", 128), ("reason", 128)] {
                let field = key == "reportingComponent" ? "reportingController" : key
                if text(key).isEmpty { causes.append(.init(field: field, message: "Required value")) }
                if limit > 0, text(key).count > limit {
                    causes.append(.init(field: field, message: "Invalid value: \"\": can have at most \(limit) characters"))
                }
            }
            if text("message").count > 1024 {
                causes.append(.init(field: "message", message: "Invalid value: \"\": can have at most 1024 characters"))
            }
        } else {
            let regarding = value["involvedObject"]["namespace"].string ?? ""
            if regarding.isEmpty ? !(namespace.isEmpty || namespace == "default") : regarding != namespace {
                causes.append(.init(field: "involvedObject.namespace", message: "Invalid value: \(GoJSON.marshal(.string(regarding))): does not match event.namespace"))
            }
        }
        if !value["series"].isNull {
            if (value["series"]["count"].int ?? 0) < 2 {
                causes.append(.init(field: "series.count", message: "Invalid value: \"\": should be at least 2"))
            }
            if value["series"]["lastObservedTime"].isNull {
                causes.append(.init(field: "series.lastObservedTime", message: "Required value"))
            }
        }
        if !hasTime { causes.append(.init(field: "eventTime", message: "Required value")) }
        if text("type") != "Normal", text("type") != "Warning" {
            causes.append(.init(field: "type", message: "Invalid value: \"\": has invalid value: \(text("type"))"))
        }
        if !value["firstTimestamp"].isNull { causes.append(.init(field: "firstTimestamp", message: "Invalid value: \"\": needs to be unset")) }
        if !value["lastTimestamp"].isNull { causes.append(.init(field: "lastTimestamp", message: "Invalid value: \"\": needs to be unset")) }
        if (value["count"].int ?? 0) != 0 { causes.append(.init(field: "count", message: "Invalid value: \"\": needs to be unset")) }
        if !value["source"].object.isEmpty { causes.append(.init(field: "source", message: "Invalid value: \"\": needs to be unset")) }
        guard causes.isEmpty else {
            throw .invalid(kind: "Event", group: "events.k8s.io", name: event.name, causes: causes)
        }
    }
}
