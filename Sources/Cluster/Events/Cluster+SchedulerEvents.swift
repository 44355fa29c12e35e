import KubeAPI

/// Events as the scheduler records them, through the `events.k8s.io` API: an event time in
/// microseconds, an action, no first/last timestamps, and a series when the event repeats.
extension Cluster {
    /// Records that the scheduler did `action` (`Scheduling`, `Binding`) to a pod, now.
    /// `instance` is `schedulerInstance`, worked out once by a scheduling pass.
    func recordSchedulerEvent(
        _ pod: KubeObject, reason: String, message: String, type: String = "Normal", action: String, instance: String
    ) {
        let subject = EventSubject(pod)
        let namespace = subject.namespace ?? "default"
        let stamp = nowRFC3339
        let time = JSONValue.string(Self.microTime(now, stamped: stamp))
        if var event = store.events(about: subject.uid).first(where: {
            $0.namespace == namespace && $0.name.hasPrefix(subject.name + ".") && $0.value["reason"].string == reason
                && $0.value["message"].string == message && $0.value["reportingComponent"].string == "default-scheduler"
        }) {
            let count = event.value["series"]["count"].int ?? 1
            event.value["series"] = ["count": .int(count + 1), "lastObservedTime": time]
            save(.events, event)
            scheduleEventExpiry()
            return
        }
        let name = eventName(of: subject.name)
        let involvedObject = JSONValue.object(
            EventKeys.schedulerInvolvedObject,
            [
                "v1", "Pod", .string(subject.name), .string(namespace), .string(subject.resourceVersion),
                .string(subject.uid),
            ])
        let metadata = JSONValue.object(
            EventKeys.createdMetadata,
            [
                .string(name), .string(namespace), .string(stamp), .string(Self.eventUID(name)),
                .string(String(store.revision + 1)),
            ])
        let event = KubeObject(
            .object(
                EventKeys.schedulerEvent,
                [
                    "v1", "Event", .string(action), time, .null, involvedObject, .null, .string(message), .string(reason),
                    "default-scheduler", .string(instance), .emptyObject, .string(type), metadata,
                ]))
        store.put(.events, event)
        scheduleEventExpiry()
    }

    /// `default-scheduler-<host>`, the host being the node the kube-scheduler pod runs on.
    /// It is worked out again only after the system namespace's pods were written.
    var schedulerInstance: String {
        let podWrites = store.podWriteCount(in: Self.systemNamespace)
        if let known = schedulerInstanceCache, known.podWrites == podWrites { return known.instance }
        let scheduler = list(.pods, namespace: Self.systemNamespace).first {
            $0.labels[Self.componentLabel] == "kube-scheduler"
        }
        let instance = scheduler?.nodeName.map { "default-scheduler-\($0)" } ?? "default-scheduler"
        schedulerInstanceCache = (podWrites, instance)
        return instance
    }

    /// metav1.MicroTime as the API prints it: `2025-04-23T07:25:00.123000Z`.
    ///
    /// Written in one go, after the whole seconds as RFC 3339 writes them (`stamped`, `time.rfc3339`;
    /// its `Z` left off).
    static func microTime(_ time: Timestamp, stamped: String) -> String {
        let millis = Int(time.milliseconds - time.seconds * 1000)  // 0...999: seconds are floored
        var seconds = stamped
        return seconds.withUTF8 { stamp in
            String(unsafeUninitializedCapacity: stamp.count + 7) { buffer in
                let end = stamp.count - 1
                for index in 0..<end { buffer[index] = stamp[index] }
                buffer[end] = UInt8(ascii: ".")
                buffer[end + 1] = UInt8(ascii: "0") + UInt8(millis / 100)
                buffer[end + 2] = UInt8(ascii: "0") + UInt8(millis / 10 % 10)
                buffer[end + 3] = UInt8(ascii: "0") + UInt8(millis % 10)
                for (offset, byte) in "000Z".utf8.enumerated() { buffer[end + 4 + offset] = byte }
                return stamp.count + 7
            }
        }
    }
}
