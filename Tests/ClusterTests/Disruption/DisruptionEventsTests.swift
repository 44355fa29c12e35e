import KubeAPI
import Testing

@testable import Cluster

/// The events the disruption controller records on a budget as it syncs.
@Suite struct DisruptionEventsTests {
    func events(_ cluster: Cluster, of name: String) -> [KubeObject] {
        cluster.list(.events, namespace: "default").filter { $0[path: "involvedObject.name"].string == name }
    }

    @Test("no matching pods: NoPods twice, on create and on the status write that follows")
    func noPods() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(try DisruptionControllerTests.budget("none", "minAvailable: 1", selector: "{matchLabels: {app: none}}"))
        let events = events(cluster, of: "none")
        #expect(events.count == 1)
        #expect(events.first?[path: "reason"] == "NoPods")
        #expect(events.first?[path: "message"] == "No matching pods found")
        #expect(events.first?[path: "type"] == "Normal")
        #expect(events.first?[path: "count"] == 2)
        #expect(events.first?[path: "source.component"] == "controllermanager")
        // Nothing new to see: no further syncs, no further events.
        _ = cluster.wait(timeoutSeconds: 120) { false }
        #expect(self.events(cluster, of: "none").first?[path: "count"] == 2)
    }

    @Test("a pod with no controller under maxUnavailable: UnmanagedPods, naming the selector")
    func unmanaged() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            try AdmissionFixture.object(
                """
                apiVersion: v1
                kind: Pod
                metadata: {name: solo, namespace: default, labels: {app: solo}}
                spec: {containers: [{name: c, image: nginx}]}
                """))
        try cluster.create(try DisruptionControllerTests.budget("solo", "maxUnavailable: 1", selector: "{matchLabels: {app: solo}}"))
        let event = try #require(events(cluster, of: "solo").first { $0[path: "reason"] == "UnmanagedPods" })
        #expect(event[path: "type"] == "Warning")
        #expect(event[path: "message"].string?.hasPrefix(
            "Pods selected by this PodDisruptionBudget (selector: &LabelSelector{MatchLabels:map[string]string{app: solo,},MatchExpressions:[]LabelSelectorRequirement{},}) were found to be unmanaged.") == true)
    }
}
