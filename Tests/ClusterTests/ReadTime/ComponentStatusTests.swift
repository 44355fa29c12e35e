import KubeAPI
import Testing

@testable import Cluster

@Suite("ComponentStatus: the apiserver's health checks of the scheduler, controller manager and etcd")
struct ComponentStatusTests {
    @Test("all three are healthy in the world as it starts, with no uid or creation time")
    func healthy() throws {
        let cluster = try WorldFixture.tk8s()
        let statuses = cluster.list(.componentStatuses)
        #expect(statuses.map(\.name) == ["scheduler", "controller-manager", "etcd-0"])
        let table = cluster.table(.componentStatuses, statuses)
        #expect(table.rows.map { $0.cells[1] } == ["Healthy", "Healthy", "Healthy"])
        #expect(table.rows[0].cells[2] == "ok")
        #expect(statuses[0].metadata["creationTimestamp"].isNull && statuses[0].uid.isEmpty)
        #expect(cluster.warning(for: .componentStatuses) == "v1 ComponentStatus is deprecated in v1.19+")
        #expect(cluster.warning(for: .pods) == nil)
    }

    @Test("each component can be read by name; an unknown one is not found")
    func byName() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(try cluster.get(.componentStatuses, namespace: nil, name: "etcd-0").name == "etcd-0")
        #expect(throws: APIError.self) { try cluster.get(.componentStatuses, namespace: nil, name: "nope") }
    }

    @Test("when the control-plane node stops, the check reports the refused connection")
    func controlPlaneStopped() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopNode("tk8s-control-plane", exitCode: 137)
        let scheduler = try #require(cluster.componentStatuses().first)
        #expect(scheduler[path: "conditions"][0]["status"] == "False")
        #expect(scheduler[path: "conditions"][0]["error"].string
            == "Get \"https://127.0.0.1:10259/healthz\": dial tcp 127.0.0.1:10259: connect: connection refused")
        let table = cluster.table(.componentStatuses, [scheduler])
        #expect(table.rows[0].cells[1] == "Unhealthy")
    }
}
