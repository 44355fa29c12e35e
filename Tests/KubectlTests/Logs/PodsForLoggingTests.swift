import KubeAPI
@testable import Kubectl
import Testing

@Suite("Which pod a workload's logs come from")
struct PodsForLoggingTests {
    private func pod(_ name: String, node: String? = "n1", phase: String = "Running", readySince: String? = nil, restarts: Int = 0) -> KubeObject {
        var value: JSONValue = ["metadata": ["name": .string(name), "creationTimestamp": "2025-04-23T07:00:00Z"], "spec": .emptyObject]
        if let node { value[path: "spec.nodeName"] = .string(node) }
        value[path: "status.phase"] = .string(phase)
        value[path: "status.containerStatuses"] = [["name": "c", "restartCount": .int(restarts)]]
        if let readySince {
            value[path: "status.conditions"] = [["type": "Ready", "status": "True", "lastTransitionTime": .string(readySince)]]
        }
        return KubeObject(value)
    }

    @Test("scheduled, running and ready longest come first; then more restarts")
    func order() {
        let pods = [
            pod("pending", node: nil, phase: "Pending"),
            pod("young", readySince: "2025-04-23T07:20:00Z"),
            pod("old", readySince: "2025-04-23T07:10:00Z"),
            pod("unready-flaky", restarts: 4),
            pod("unready"),
        ]
        #expect(PodsForLogging.sorted(pods).map(\.name) == ["old", "young", "unready-flaky", "unready", "pending"])
    }
}
