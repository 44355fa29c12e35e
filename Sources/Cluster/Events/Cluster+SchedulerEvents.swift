import KubeAPI

/// Events as the scheduler records them, through the `events.k8s.io` API: an event time in
/// microseconds, an action, no first/last timestamps, and a series when the event repeats.
extension Cluster {
    /// Records that the scheduler did `action` (`Scheduling`, `Binding`) to a pod, now.
    /// `instance` is `schedulerInstance`, worked out once by a scheduling pass.
    func recordSchedulerEvent(
        _ pod: KubeObject, reason: String, message: String, type: String = "Normal", action: String, instance: String
    ) {
        let namespace = pod.namespace ?? "default"
        let time = JSONValue.string(Self.microTime(now))
        if var event = store.events(about: pod.uid).first(where: {
            $0.namespace == namespace && $0.name.hasPrefix(pod.name + ".") && $0.value["reason"].string == reason
                && $0.value["message"].string == message && $0.value["reportingComponent"].string == "default-scheduler"
        }) {
            let count = event.value["series"]["count"].int ?? 1
            event.value["series"] = ["count": .int(count + 1), "lastObservedTime": time]
            save(.events, event)
            scheduleEventExpiry()
            return
        }
        let name = eventName(of: pod.name)
        let involvedObject = JSONValue.object(
            EventKeys.schedulerInvolvedObject,
            ["v1", "Pod", .string(pod.name), .string(namespace), .string(String(pod.resourceVersion)), .string(pod.uid)])
        let metadata = JSONValue.object(
            EventKeys.createdMetadata,
            [
                .string(name), .string(namespace), .string(now.rfc3339), .string(Self.eventUID(name)),
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
    static func microTime(_ time: Timestamp) -> String {
        let millis = String(time.milliseconds - time.seconds * 1000).leftPadded(to: 3)
        return String(time.rfc3339.dropLast()) + ".\(millis)000Z"
    }
}
