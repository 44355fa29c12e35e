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
        // Events are named `<object>.<suffix>`, so an object's events sit together in the store.
        let existing = store.list(.events, namespace: namespace, namePrefix: object.name + ".").first { event in
            Self.sameOccurrence(event, object: object, reason: reason, message: message, source: source, fieldPath: fieldPath)
        }
        let time = JSONValue.string(now.rfc3339)
        if var event = existing {
            let count = event.value["count"].int ?? 1
            event.value["count"] = JSONValue.int(count + 1)
            event.value["lastTimestamp"] = time
            save(.events, event)
            scheduleEventExpiry()
            return
        }
        var involved: JSONValue = [
            "apiVersion": .string(object.apiVersion), "kind": .string(object.kind), "name": .string(object.name),
            "resourceVersion": .string(String(object.resourceVersion)), "uid": .string(object.uid),
        ]
        // A cluster-scoped object's reference has no namespace, though its events live in `default`.
        if let objectNamespace = object.namespace { involved["namespace"] = .string(objectNamespace) }
        if let fieldPath { involved["fieldPath"] = .string(fieldPath) }
        var sourceValue: JSONValue = ["component": .string(source.component)]
        if let host = source.host { sourceValue["host"] = .string(host) }
        var event = KubeObject([
            "apiVersion": "v1", "kind": "Event", "count": 1, "eventTime": nil, "firstTimestamp": time,
            "involvedObject": involved, "lastTimestamp": time, "message": .string(message), "reason": .string(reason),
            "reportingComponent": .string(source.component), "reportingInstance": .string(source.host ?? ""),
            "source": sourceValue, "type": .string(type),
        ])
        event.name = "\(object.name).\(eventSuffix())"
        event.namespace = namespace
        event[path: "metadata.creationTimestamp"] = time
        event[path: "metadata.uid"] = .string(Self.eventUID(event.name))
        store.put(.events, event)
        scheduleEventExpiry()
    }

    private static func sameOccurrence(
        _ event: KubeObject, object: KubeObject, reason: String, message: String, source: EventSource, fieldPath: String?
    ) -> Bool {
        let involved = event.value["involvedObject"]
        guard involved["uid"].string == object.uid, event.value["reason"].string == reason else { return false }
        guard event.value["message"].string == message else { return false }
        return event[path: "source.component"].string == source.component && involved["fieldPath"].string == fieldPath
    }

    /// Sixteen hex digits, as real event names end with: the time in nanoseconds, its sub-millisecond
    /// part taken from the store's revision so that names stay unique. Events draw nothing from the
    /// seeded name generator, so recording one never changes the names later objects get.
    func eventSuffix() -> String {
        let nanos = UInt64(max(0, now.milliseconds)) * 1_000_000 + UInt64(store.revision % 1_000_000)
        return String(nanos, radix: 16).leftPadded(to: 16)
    }

    /// A version-4-shaped UID derived from an event's name (FNV-1a), for the same reason.
    static func eventUID(_ name: String) -> String {
        var digits = ""
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for round in 0..<2 {
            for byte in (name + String(round)).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            digits += String(hash, radix: 16).leftPadded(to: 16)
        }
        var chars = Array(digits)
        chars[12] = "4"
        chars[16] = Array("89ab")[Int(String(chars[16]), radix: 16)! % 4]
        let s = String(chars)
        func part(_ from: Int, _ count: Int) -> Substring { s.dropFirst(from).prefix(count) }
        return "\(part(0, 8))-\(part(8, 4))-\(part(12, 4))-\(part(16, 4))-\(part(20, 12))"
    }
}
