@testable import Cluster
import KubeAPI
import Testing

@Suite("The scheduler reports where a pod went, or why it could go nowhere")
struct SchedulerEventTests {
    typealias F = KubeletFixture

    @Test("Scheduled is an events.k8s.io event from default-scheduler")
    func scheduled() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("web", image: "nginx"))
        let event = try #require(F.event(cluster, about: "web", reason: "Scheduled"))
        #expect(event.value["reportingComponent"].string == "default-scheduler")
        #expect(event.value["action"].string == "Binding")
        #expect(event.value["firstTimestamp"].isNull)
        #expect(event.value["eventTime"].string?.hasSuffix("000Z") == true)
        #expect(cluster.table(.events, [event]).rows[0].cells.count == 10)
    }

    @Test("a pod too big for every node stays Pending with FailedScheduling")
    func insufficientCPU() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("big", image: "nginx", cpu: "64"))
        cluster.advance(seconds: 30)
        let pod = try cluster.get(.pods, namespace: "default", name: "big")
        #expect(pod.nodeName == nil)
        let message = "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."
        #expect(F.events(cluster, about: "big") == ["FailedScheduling: \(message)"])
        let condition = pod[path: "status.conditions"][0]
        #expect(condition["reason"].string == "Unschedulable")
        #expect(condition["message"].string == message)
    }

    @Test(
        "filter reasons are counted per node and sorted",
        arguments: [
            (
                [SchedulerFilter(reasons: ["node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }"], resolvable: false),
                 SchedulerFilter(reasons: ["Insufficient cpu", "Insufficient memory"], resolvable: true),
                 SchedulerFilter(reasons: ["Insufficient cpu"], resolvable: true)],
                "0/3 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."
            ),
            (
                [SchedulerFilter(reasons: ["node(s) didn't match Pod's node affinity/selector"], resolvable: false),
                 SchedulerFilter(reasons: ["node(s) didn't match Pod's node affinity/selector"], resolvable: false)],
                "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling."
            ),
        ])
    func message(_ filters: [SchedulerFilter], _ expected: String) {
        #expect(SchedulerFilter.message(filters) == expected)
    }
}
