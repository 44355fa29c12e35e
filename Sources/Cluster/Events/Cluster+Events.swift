import KubeAPI

/// Events, as controllers and kubelets record them through client-go's `record` package: the
/// recorder's correlator (`EventCorrelator.swift`) says whether an occurrence is a new Event, a
/// patch of one already written (its count, last time and message), or nothing at all.
extension Cluster {
    /// Who reports an event: `default-scheduler`, `deployment-controller`, `kubelet` on a node.
    public struct EventSource: Sendable, Hashable {
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
        let occurrence = EventCorrelator.Occurrence(
            source: source, objectUID: object.uid, fieldPath: fieldPath, type: type, reason: reason, message: message)
        let unsent = outage?.unsentEvents.count ?? 0
        // Events are named `<object>.<suffix>`, so an object's events sit together in the store.
        guard let write = eventCorrelator.correlate(occurrence, newName: "\(object.name).\(eventSuffix(offset: unsent))", now: now)
        else { return }
        let time = JSONValue.string(now.rfc3339)
        var involved: JSONValue = [
            "apiVersion": .string(object.apiVersion), "kind": .string(object.kind), "name": .string(object.name),
            "resourceVersion": .string(String(object.resourceVersion)), "uid": .string(object.uid),
        ]
        // A cluster-scoped object's reference has no namespace, though its events live in `default`.
        if let objectNamespace = object.namespace { involved["namespace"] = .string(objectNamespace) }
        if let fieldPath { involved["fieldPath"] = .string(fieldPath) }
        var sourceValue: JSONValue = ["component": .string(source.component)]
        if let host = source.host { sourceValue["host"] = .string(host) }
        let event = KubeObject([
            "apiVersion": "v1", "kind": "Event", "count": .int(write.count), "eventTime": nil,
            "firstTimestamp": .string(write.firstTimestamp.rfc3339), "involvedObject": involved, "lastTimestamp": time,
            "message": .string(write.message), "reason": .string(reason),
            "reportingComponent": .string(source.component), "reportingInstance": .string(source.host ?? ""),
            "source": sourceValue, "type": .string(type),
            "metadata": ["name": .string(write.name), "namespace": .string(namespace)],
        ])
        if isControlPlaneDown {
            var held = outage ?? ControlPlaneOutage()
            held.unsentEvents.append(event)
            outage = held
        } else {
            deliver(event)
        }
    }

    /// `recordEvent` of client-go's broadcaster: a repeat patches the Event of that name (its
    /// count, last time and message); a first occurrence, or one whose Event is gone, creates it.
    func deliver(_ event: consuming KubeObject) {
        if var stored = lookup(.events, event.namespace, event.name) {
            for field in ["count", "lastTimestamp", "message"] { stored.value[field] = event.value[field] }
            save(.events, stored)
        } else {
            var created = event
            let uid = JSONValue.string(Self.eventUID(created.name))
            created.value.modify("metadata") { metadata in
                metadata["creationTimestamp"] = .string(now.rfc3339)
                metadata["uid"] = uid
                metadata["resourceVersion"] = .string(String(store.revision + 1))
            }
            store.put(.events, created)
        }
        scheduleEventExpiry()
    }

    /// Sixteen hex digits, as real event names end with: the time in nanoseconds, its sub-millisecond
    /// part taken from the store's revision so that names stay unique. Events draw nothing from the
    /// seeded name generator, so recording one never changes the names later objects get.
    func eventSuffix(offset: Int = 0) -> String {
        let nanos = UInt64(max(0, now.milliseconds)) * 1_000_000 + UInt64((store.revision + offset) % 1_000_000)
        return String(nanos, radix: 16).leftPadded(to: 16)
    }

    /// A version-4-shaped UID derived from an event's name (FNV-1a), for the same reason.
    static func eventUID(_ name: String) -> String {
        var digits = ChainedFNVDigest.hexDigits(of: name, rounds: 2)
        digits[12] = UInt8(ascii: "4")
        let variant = Int(digits[16] <= UInt8(ascii: "9") ? digits[16] - UInt8(ascii: "0") : digits[16] - UInt8(ascii: "a") + 10)
        digits[16] = variant % 4 < 2 ? UInt8(ascii: "8") + UInt8(variant % 4) : UInt8(ascii: "a") + UInt8(variant % 4 - 2)
        // 8-4-4-4-12, written in one pass.
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var written = 0
            for (index, digit) in digits.enumerated() {
                if index == 8 || index == 12 || index == 16 || index == 20 {
                    buffer[written] = UInt8(ascii: "-")
                    written += 1
                }
                buffer[written] = digit
                written += 1
            }
            return written
        }
    }
}
