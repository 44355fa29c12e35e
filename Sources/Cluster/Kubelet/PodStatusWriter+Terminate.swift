import KubeAPI

extension PodStatusWriter {
    /// The status manager's `TerminatePod`, the kubelet's last word on a pod it has stopped for
    /// good: a container with no terminated state left (one still waiting, never started or
    /// between restarts) is reported as failed, since the kubelet cannot tell how it ended, and a
    /// pod still Pending or Running becomes Failed. Conditions stay as the last sync wrote them.
    static func terminate(_ pod: inout KubeObject, at time: Timestamp) {
        // Once the pod has initialized, every container without an end counts as failed.
        if hasInitialized(pod) {
            pod[path: "status.containerStatuses"] = .array(pod[path: "status.containerStatuses"].array.map(unknownIfUnended))
        }
        // Init containers: all but the trailing ones that never started.
        let inits = pod[path: "status.initContainerStatuses"].array
        if !inits.isEmpty {
            let attempted = (inits.lastIndex { $0[path: "state.waiting"].isNull || !$0[path: "lastState.terminated"].isNull } ?? 0) + 1
            pod[path: "status.initContainerStatuses"] = .array(
                inits.enumerated().map { $0.offset < attempted ? unknownIfUnended($0.element) : $0.element })
        }
        if ["Pending", "Running"].contains(pod[path: "status.phase"].string ?? "Pending") {
            pod[path: "status.phase"] = "Failed"
        }
        // The sandbox is gone with the containers.
        setCondition(&pod, "PodReadyToStartContainers", status: false, reason: nil, message: nil, at: time)
    }

    /// `hasPodInitialized`: no init containers, a container that has left waiting or ran before,
    /// or a last init container that exited 0.
    private static func hasInitialized(_ pod: KubeObject) -> Bool {
        if pod[path: "spec.initContainers"].array.isEmpty { return true }
        let started = pod[path: "status.containerStatuses"].array.contains {
            !$0[path: "lastState.terminated"].isNull || $0[path: "state.waiting"].isNull
        }
        if started { return true }
        guard let last = pod[path: "status.initContainerStatuses"].array.last else { return false }
        return last[path: "lastState.terminated.exitCode"].int == 0 || last[path: "state.terminated.exitCode"].int == 0
    }

    /// A container status as is when it has ended, else ended with an unknown status.
    private static func unknownIfUnended(_ status: JSONValue) -> JSONValue {
        guard status[path: "state.terminated"].isNull else { return status }
        var ended = status
        ended["state"] = [
            "terminated": [
                "exitCode": 137, "finishedAt": nil, "message": .string(unknownStatusMessage),
                "reason": "ContainerStatusUnknown", "startedAt": nil,
            ]
        ]
        return ended
    }

    static let unknownStatusMessage = "The container could not be located when the pod was terminated"
}
