import KubeAPI

/// Events, as controllers, the scheduler and kubelets record them: one Event object per
/// (object, reason, message, source), its count and last time bumped when it happens again.
extension Cluster {
    /// Who reports an event: `default-scheduler`, `deployment-controller`, `kubelet` on a node.
    public struct EventSource: Sendable, Equatable {
        public var component: String
        public var host: String?

        public init(component: String, host: String? = nil) {
            self.component = component
            self.host = host
        }
    }

    /// Records that `reason` happened to `object` (a `Normal` or `Warning` event), now.
    /// `fieldPath` names a part of the object, such as `spec.containers{nginx}`.
    func recordEvent(
        _ object: KubeObject, reason: String, message: String, type: String = "Normal", source: EventSource,
        fieldPath: String? = nil
    ) {
        let namespace = object.namespace ?? "default"
        let existing = list(.events, namespace: namespace).first { event in
            Self.sameOccurrence(event, object: object, reason: reason, message: message, source: source, fieldPath: fieldPath)
        }
        let time = JSONValue.string(now.rfc3339)
        if var event = existing {
            let count = event.value["count"].int ?? 1
            event.value["count"] = JSONValue.int(count + 1)
            event.value["lastTimestamp"] = time
            save(.events, event)
            return
        }
        var involved: JSONValue = [
            "apiVersion": .string(object.apiVersion), "kind": .string(object.kind), "name": .string(object.name),
            "namespace": .string(namespace), "resourceVersion": .string(String(object.resourceVersion)),
            "uid": .string(object.uid),
        ]
        if let fieldPath { involved["fieldPath"] = .string(fieldPath) }
        var sourceValue: JSONValue = ["component": .string(source.component)]
        if let host = source.host { sourceValue["host"] = .string(host) }
        var event = KubeObject([
            "apiVersion": "v1", "kind": "Event", "count": 1, "eventTime": nil, "firstTimestamp": time,
            "involvedObject": involved, "lastTimestamp": time, "message": .string(message), "reason": .string(reason),
            "reportingComponent": .string(source.component), "reportingInstance": .string(source.host ?? ""),
            "source": sourceValue, "type": .string(type),
        ])
        event.name = "\(object.name).\(Self.eventSuffix(now, names: &names))"
        event.namespace = namespace
        event[path: "metadata.creationTimestamp"] = time
        event[path: "metadata.uid"] = .string(names.uid())
        store.put(.events, event)
    }

    private static func sameOccurrence(
        _ event: KubeObject, object: KubeObject, reason: String, message: String, source: EventSource, fieldPath: String?
    ) -> Bool {
        let involved = event.value["involvedObject"]
        guard involved["uid"].string == object.uid, event.value["reason"].string == reason else { return false }
        guard event.value["message"].string == message else { return false }
        return event[path: "source.component"].string == source.component && involved["fieldPath"].string == fieldPath
    }

    /// Sixteen hex digits, as real event names end with (a nanosecond timestamp there).
    private static func eventSuffix(_ time: Timestamp, names: inout NameGenerator) -> String {
        let nanos = UInt64(max(0, time.milliseconds)) * 1_000_000 + UInt64(names.randomIndex(below: 1_000_000))
        return String(nanos, radix: 16).leftPadded(to: 16)
    }
}
