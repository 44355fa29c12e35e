import Cluster
import KubeAPI
import Testing

/// PodTemplate, PriorityClass, ComponentStatus, Lease and the default table (kubectl-output-cases.md A84-A87).
@Suite struct MiscTableTests {
    @Test func a84_podTemplate() throws {
        let empty = "apiVersion: v1\nkind: PodTemplate\nmetadata: {name: pod-template-1}\ntemplate: {}\n"
        #expect(try TableFixture.cells(ExtraTypes.podTemplates, empty) == ["pod-template-1", "", "", "<none>"])
        let full = """
            apiVersion: v1
            kind: PodTemplate
            metadata: {name: pod-template-2}
            template:
              metadata: {labels: {foo: bar}}
              spec: {containers: [{name: fake-container1, image: fake-image1}, {name: fake-container2, image: fake-image2}]}
            """
        #expect(
            try TableFixture.cells(ExtraTypes.podTemplates, full) == [
                "pod-template-2", "fake-container1,fake-container2", "fake-image1,fake-image2", "foo=bar",
            ])
    }

    @Test func a85_priorityClass() throws {
        let yaml = """
            apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: {name: pc2, creationTimestamp: '\(TableFixture.ago(300))'}
            value: 1000000000
            globalDefault: true
            preemptionPolicy: PreemptLowerPriority
            """
        #expect(
            try TableFixture.cells(ExtraTypes.priorityClasses, yaml) == [
                "pc2", 1_000_000_000, .bool(true), "5m", "PreemptLowerPriority",
            ])
        #expect(TableFixture.columns(ExtraTypes.priorityClasses).allSatisfy { $0.priority == 0 })
    }

    @Test(
        arguments: [
            (
                "[{type: Healthy, status: 'True', message: test message, error: test error}]",
                ["cs2", "Healthy", "test message", "test error"]
            ),
            (
                "[{type: Healthy, status: 'False', message: test message, error: test error}]",
                ["cs2", "Unhealthy", "test message", "test error"]
            ),
            ("[]", ["cs2", "Unknown", "", ""]),
        ] as [(String, [Table.Cell])])
    func a86_componentStatus(conditions: String, expected: [Table.Cell]) throws {
        let yaml = "apiVersion: v1\nkind: ComponentStatus\nmetadata: {name: cs2}\nconditions: \(conditions)\n"
        #expect(try TableFixture.cells(ExtraTypes.componentStatuses, yaml) == expected)
    }

    @Test func a87_lease() throws {
        let yaml = """
            apiVersion: coordination.k8s.io/v1
            kind: Lease
            metadata: {name: lease1, creationTimestamp: '\(TableFixture.ago(0))'}
            spec: {holderIdentity: holder1}
            """
        #expect(try TableFixture.cells(ExtraTypes.leases, yaml) == ["lease1", "holder1", "0s"])
    }

    @Test func defaultTableForKindsWithoutHandler() throws {
        let yaml = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, creationTimestamp: '2025-01-31T09:14:03Z'}
            """
        #expect(TableFixture.columns(ExtraTypes.roles).map(\.name) == ["Name", "Created At"])
        #expect(TableFixture.columns(ExtraTypes.roles).map(\.type) == ["string", "date"])
        #expect(try TableFixture.cells(ExtraTypes.roles, yaml) == ["reader", "2025-01-31T09:14:03Z"])
    }

    @Test func rowsKeepTheirObjectsInOrder() throws {
        let objects = try ["b", "a"].map {
            try TableFixture.object("apiVersion: v1\nkind: Namespace\nmetadata: {name: \($0)}\n")
        }
        let table = ServerTables.table(for: .namespaces, objects: objects, now: TableFixture.now)
        #expect(table.rows.map(\.object.name) == ["b", "a"])
    }
}
