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
        let subject = EventSubject(object)
        let occurrence = EventCorrelator.Occurrence(
            source: source, objectUID: subject.uid, fieldPath: fieldPath, type: type, reason: reason, message: message)
        let unsent = outage?.unsentEvents.count ?? 0
        // Events are named `<object>.<suffix>`, so an object's events sit together in the store.
        guard let write = eventCorrelator.correlate(occurrence, newName: eventName(of: subject.name, offset: unsent), now: now)
        else { return }
        let time = nowRFC3339
        let recorded = RecordedEvent(subject: subject, occurrence: occurrence, write: write, now: now, time: time)
        if isControlPlaneDown {
            var held = outage ?? ControlPlaneOutage()
            held.unsentEvents.append(KubeObject(recorded.json(created: nil)))
            outage = held
            return
        }
        // The broadcaster's sink: a patch when the Event is there, else a create.
        let namespace = subject.namespace ?? "default"
        if let stored = lookup(.events, namespace, write.name) {
            patchEvent(stored, count: .int(write.count), lastTimestamp: .string(time), message: .string(write.message))
        } else {
            store.put(.events, KubeObject(recorded.json(created: (time, Self.eventUID(write.name), String(store.revision + 1)))))
        }
        scheduleEventExpiry()
    }

    /// `recordEvent` of client-go's broadcaster for an event held while the apiserver was down:
    /// a repeat patches the Event of that name (its count, last time and message); a first
    /// occurrence, or one whose Event is gone, creates it.
    func deliver(_ event: consuming KubeObject) {
        if let stored = lookup(.events, event.namespace, event.name) {
            patchEvent(stored, count: event.value["count"], lastTimestamp: event.value["lastTimestamp"], message: event.value["message"])
        } else {
            var created = event
            let uid = JSONValue.string(Self.eventUID(created.name))
            created.value.modify("metadata") { metadata in
                metadata["creationTimestamp"] = .string(nowRFC3339)
                metadata["uid"] = uid
                metadata["resourceVersion"] = .string(String(store.revision + 1))
            }
            store.put(.events, created)
        }
        scheduleEventExpiry()
    }

    /// Writes an Event's new count, last time and message, unless it has them already.
    private func patchEvent(_ stored: KubeObject, count: JSONValue, lastTimestamp: JSONValue, message: JSONValue) {
        let fields = [("count", count), ("lastTimestamp", lastTimestamp), ("message", message)]
        guard fields.contains(where: { stored.value[$0.0] != $0.1 }) else { return }
        var patched = stored
        for (field, value) in fields { patched.value[field] = value }
        store.put(.events, patched)
    }

    /// `<object>.<suffix>`: the name a new Event about an object named `objectName` gets now,
    /// written in one go (every new Event is named so).
    ///
    /// The suffix is sixteen hex digits, as real event names end with: the time in nanoseconds, its
    /// sub-millisecond part taken from the store's revision so that names stay unique. Events draw
    /// nothing from the seeded name generator, so recording one never changes the names later
    /// objects get.
    func eventName(of objectName: String, offset: Int = 0) -> String {
        let nanos = UInt64(max(0, now.milliseconds)) * 1_000_000 + UInt64((store.revision + offset) % 1_000_000)
        var objectName = objectName
        return objectName.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + 17) { buffer in
                for (index, byte) in prefix.enumerated() { buffer[index] = byte }
                buffer[prefix.count] = UInt8(ascii: ".")
                for index in 0..<16 {
                    let digit = UInt8(truncatingIfNeeded: (nanos >> UInt64(60 - 4 * index)) & 0xf)
                    let hex = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                    buffer[prefix.count + 1 + index] = hex
                }
                return prefix.count + 17
            }
        }
    }

    /// A version-4-shaped UID derived from an event's name, for the same reason: the two rounds of
    /// `ChainedFNVDigest.hexDigits(of: name, rounds: 2)`, the 13th digit made `4` and the 17th
    /// one of `89ab` (by its two low bits), written 8-4-4-4-12 in one pass.
    static func eventUID(_ name: String) -> String {
        var name = name
        let (first, second) = name.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            let first = (hash ^ UInt64(UInt8(ascii: "0"))) &* 0x100_0000_01b3
            hash = first
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return (first, (hash ^ UInt64(UInt8(ascii: "1"))) &* 0x100_0000_01b3)
        }
        let version = (first & ~(0xf << 12)) | (0x4 << 12)
        let variant = (second & ~(0xf << 60)) | ((0x8 | (second >> 60) & 0x3) << 60)
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var written = 0
            func put(_ hash: UInt64, digits: Range<Int>) {
                for index in digits {
                    let digit = UInt8(truncatingIfNeeded: (hash >> UInt64(60 - 4 * index)) & 0xf)
                    buffer[written] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                    written += 1
                }
            }
            func dash() {
                buffer[written] = UInt8(ascii: "-")
                written += 1
            }
            put(version, digits: 0..<8)
            dash()
            put(version, digits: 8..<12)
            dash()
            put(version, digits: 12..<16)
            dash()
            put(variant, digits: 0..<4)
            dash()
            put(variant, digits: 4..<16)
            return written
        }
    }
}
