import Cluster
import KubeAPI
@testable import Kubectl
import Testing

@Suite("the pod exec, attach and port-forward reach through a workload")
struct AttachablePodTests {
    private func pod(_ name: String, node: String? = "n1", phase: String = "Running", readySince: String? = nil,
                     restarts: Int = 0, created: String = "2025-04-23T07:00:00Z") -> KubeObject {
        var conditions: [JSONValue] = []
        if let readySince { conditions.append(["type": "Ready", "status": "True", "lastTransitionTime": .string(readySince)]) }
        return KubeObject([
            "metadata": ["name": .string(name), "creationTimestamp": .string(created)],
            "spec": node.map { ["nodeName": .string($0)] } ?? [:],
            "status": ["phase": .string(phase), "conditions": .array(conditions), "containerStatuses": [["restartCount": .int(restarts)]]],
        ])
    }

    @Test("scheduled, running, ready, ready longest, fewest restarts, oldest come first")
    func order() {
        let pods = [
            pod("unscheduled", node: nil, phase: "Pending"),
            pod("pending", phase: "Pending"),
            pod("not-ready"),
            pod("ready-late", readySince: "2025-04-23T07:05:00Z"),
            pod("ready-early-restarted", readySince: "2025-04-23T07:01:00Z", restarts: 2),
            pod("ready-early", readySince: "2025-04-23T07:01:00Z"),
        ]
        #expect(AttachablePod.mostActiveFirst(pods).map(\.name) == [
            "ready-early", "ready-early-restarted", "ready-late", "not-ready", "pending", "unscheduled",
        ])
    }

    @Test("among equals, the older pod, then the one listed first")
    func ties() {
        let pods = [pod("b", created: "2025-04-23T07:00:05Z"), pod("c"), pod("a")]
        #expect(AttachablePod.mostActiveFirst(pods).map(\.name) == ["c", "a", "b"])
    }
}
