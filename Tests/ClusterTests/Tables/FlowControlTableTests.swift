import Cluster
import KubeAPI
import Testing

/// FlowSchema and PriorityLevelConfiguration rows (printers.go `printFlowSchema`,
/// `printPriorityLevelConfiguration`), and the bootstrap objects the world holds.
@Suite struct FlowControlTableTests {
    static let schema = """
        apiVersion: flowcontrol.apiserver.k8s.io/v1
        kind: FlowSchema
        metadata: {name: probes, creationTimestamp: '\(TableFixture.ago(90))'}
        spec:
          priorityLevelConfiguration: {name: exempt}
          matchingPrecedence: 2
        """

    @Test func flowSchemaWithoutMethodOrStatus() throws {
        #expect(
            try TableFixture.cells(.flowSchemas, Self.schema) == ["probes", "exempt", 2, "<none>", "90s", "?"])
        #expect(TableFixture.columns(.flowSchemas).map(\.name) == [
            "Name", "PriorityLevel", "MatchingPrecedence", "DistinguisherMethod", "Age", "MissingPL",
        ])
    }

    @Test func flowSchemaDanglingCondition() throws {
        let dangling = Self.schema + """

              distinguisherMethod: {type: ByUser}
            status:
              conditions:
              - {type: Dangling, status: 'True', reason: NotFound}
            """
        let cells = try TableFixture.cells(.flowSchemas, dangling)
        #expect(cells[3] == "ByUser")
        #expect(cells[5] == "True")
    }

    @Test func flowSchemaListSortsByPrecedenceThenName() throws {
        let objects = try [("b", 800), ("a", 800), ("z", 1), ("c", 10000)].map { name, precedence in
            try TableFixture.object(
                "apiVersion: flowcontrol.apiserver.k8s.io/v1\nkind: FlowSchema\nmetadata: {name: \(name)}\n"
                    + "spec: {matchingPrecedence: \(precedence), priorityLevelConfiguration: {name: x}}\n")
        }
        let table = ServerTables.table(for: .flowSchemas, objects: objects, now: TableFixture.now)
        #expect(table.rows.map { $0.object.name } == ["z", "a", "b", "c"])
    }

    @Test func priorityLevels() throws {
        let queued = """
            apiVersion: flowcontrol.apiserver.k8s.io/v1
            kind: PriorityLevelConfiguration
            metadata: {name: workload-low, creationTimestamp: '\(TableFixture.ago(3600))'}
            spec:
              type: Limited
              limited:
                nominalConcurrencyShares: 100
                limitResponse: {type: Queue, queuing: {queues: 128, handSize: 6, queueLengthLimit: 50}}
            """
        #expect(try TableFixture.cells(.priorityLevelConfigurations, queued) == ["workload-low", "Limited", 100, 128, 6, 50, "60m"])
        let rejecting = """
            apiVersion: flowcontrol.apiserver.k8s.io/v1
            kind: PriorityLevelConfiguration
            metadata: {name: catch-all}
            spec: {type: Limited, limited: {nominalConcurrencyShares: 5, limitResponse: {type: Reject}}}
            """
        #expect(
            try TableFixture.cells(.priorityLevelConfigurations, rejecting) == [
                "catch-all", "Limited", 5, "<none>", "<none>", "<none>", "<unknown>",
            ])
        let exempt = """
            apiVersion: flowcontrol.apiserver.k8s.io/v1
            kind: PriorityLevelConfiguration
            metadata: {name: exempt}
            spec: {type: Exempt, exempt: {nominalConcurrencyShares: 0}}
            """
        #expect(try TableFixture.cells(.priorityLevelConfigurations, exempt)[1...3] == ["Exempt", "<none>", "<none>"])
    }

    @Test func worldHoldsTheBootstrapConfiguration() throws {
        let cluster = try WorldFixture.tk8s()
        let table = cluster.table(.flowSchemas, cluster.list(.flowSchemas))
        #expect(table.rows.map { $0.object.name } == [
            "exempt", "probes", "system-leader-election", "endpoint-controller", "workload-leader-election",
            "system-node-high", "system-nodes", "kube-controller-manager", "kube-scheduler",
            "kube-system-service-accounts", "service-accounts", "global-default", "catch-all",
        ])
        #expect(table.rows.allSatisfy { $0.cells[5] == "False" })
        let levels = cluster.list(.priorityLevelConfigurations).map(\.name)
        #expect(levels == [
            "catch-all", "exempt", "global-default", "leader-election", "node-high", "system", "workload-high",
            "workload-low",
        ])
    }
}
