/// The kubelet's probe worker for one probe of one container (`prober/worker.go`): it counts
/// results in a row and changes the probe's result only when a threshold is reached.
struct ProbeWorker: Sendable, Equatable {
    /// The container the current result is about; a new container starts from the initial result.
    var containerID: String
    /// The result the kubelet acts on: readiness starts failed, liveness passed, startup unknown (nil).
    var result: Bool?
    var lastResult: Bool?
    var resultRun = 0
    /// After a failed liveness or startup probe, nothing is probed until the container is replaced.
    var onHold = false

    init(kind: ProbeSpec.Kind, containerID: String) {
        self.containerID = containerID
        switch kind {
        case .readiness: result = false
        case .liveness: result = true
        case .startup: result = nil
        }
    }

    /// Counts one probe's outcome; returns the new result when a threshold made it change.
    mutating func record(_ success: Bool, _ spec: ProbeSpec) -> Bool? {
        if lastResult == success {
            resultRun += 1
        } else {
            lastResult = success
            resultRun = 1
        }
        let threshold = success ? spec.successThreshold : spec.failureThreshold
        guard resultRun >= threshold else { return nil }
        if !success && spec.kind != .readiness {
            onHold = true
            resultRun = 0
        }
        guard result != success else { return nil }
        result = success
        return success
    }
}
