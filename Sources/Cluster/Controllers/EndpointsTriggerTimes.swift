import KubeAPI

/// The Endpoints controller's `TriggerTimeTracker` state for one Service: when each of its pods
/// last changed readiness, and when the Service was created, as last seen. What changed since
/// then dates the `endpoints.kubernetes.io/last-change-trigger-time` annotation.
struct EndpointsTriggerTimes: Sendable {
    var pods: [String: Timestamp] = [:]
    var service: Timestamp?

    /// `ComputeEndpointLastChangeTriggerTime`: the Service's creation for a Service seen for the
    /// first time, else the earliest trigger time that moved since the last sync (nil if none).
    /// Records what it saw as the new state.
    static func compute(
        _ state: inout EndpointsTriggerTimes?, service: KubeObject, pods: [KubeObject]
    ) -> Timestamp? {
        let known = state ?? EndpointsTriggerTimes()
        var earliest: Timestamp?
        var seen: [String: Timestamp] = [:]
        for pod in pods {
            // A pod's trigger time is when its Ready condition last changed.
            let ready = pod[path: "status.conditions"].array.first { $0["type"] == "Ready" }
            guard let time = ready?["lastTransitionTime"].string.flatMap(Timestamp.init(rfc3339:)) else { continue }
            seen[pod.name] = time
            if known.pods[pod.name].map({ time > $0 }) ?? true { earliest = min(earliest ?? time, time) }
        }
        let created = service.creationTimestamp
        if let created, known.service.map({ created > $0 }) ?? true { earliest = min(earliest ?? created, created) }
        let wasKnown = state != nil
        state = EndpointsTriggerTimes(pods: seen, service: created)
        return wasKnown ? earliest : created
    }

    static let annotation = "endpoints.kubernetes.io/last-change-trigger-time"
}
