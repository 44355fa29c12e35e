import KubeAPI
import Testing

@testable import Cluster

@Suite("Server-side apply: ownership, conflicts, forcing and pruning")
struct ServerSideApplyTests {
    private func configMap(_ data: JSONValue) -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "db", "namespace": "default"], "data": data])
    }

    @Test("an apply creates the object and its manager owns exactly the applied fields")
    func create() throws {
        let cluster = try WorldFixture.tk8s()
        let (object, created) = try cluster.apply(configMap(["port": "5432"]), manager: "kubectl", force: false, dryRun: false)
        #expect(created)
        let entries = cluster.managedFields(of: object)
        #expect(entries.map(\.manager) == ["kubectl"])
        #expect(entries.first?.operation == .apply)
        #expect(entries.first?.fields == FieldSet([[.field("data"), .field("port")]]))
    }

    @Test("changing a field an updater owns is a conflict naming it and its version; forcing takes it over")
    func conflict() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(configMap(["port": "5432"]), manager: FieldManager("kubectl-create"))
        #expect(throws: APIError.self) {
            try cluster.apply(configMap(["port": "5433"]), manager: "kubectl", force: false, dryRun: false)
        }
        do {
            _ = try cluster.apply(configMap(["port": "5433"]), manager: "kubectl", force: false, dryRun: false)
        } catch {
            #expect(error.code == 409)
            #expect(error.message == #"Apply failed with 1 conflict: conflict with "kubectl-create" using v1: .data.port"#)
        }
        let (forced, _) = try cluster.apply(configMap(["port": "5433"]), manager: "kubectl", force: true, dryRun: false)
        #expect(forced.value["data"]["port"] == "5433")
        // The creator keeps only the map it made; the forced field is the applier's now.
        let creator = cluster.managedFields(of: forced).first { $0.manager == "kubectl-create" }
        #expect(creator?.fields == FieldSet([[.field("data")]]))
    }

    @Test("the same value is shared, not a conflict; a field the applier drops goes unless another owns it")
    func sharedAndPruned() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(configMap(["port": "5432"]), manager: FieldManager("kubectl-create"))
        _ = try cluster.apply(configMap(["port": "5432", "host": "db"]), manager: "kubectl", force: false, dryRun: false)
        let (pruned, _) = try cluster.apply(configMap(["port": "5432"]), manager: "kubectl", force: false, dryRun: false)
        #expect(pruned.value["data"] == ["port": "5432"])
        #expect(Set(cluster.managedFields(of: pruned).map(\.manager)) == ["kubectl", "kubectl-create"])
    }

    @Test("conflicts with several managers are grouped by manager, each path on its own line")
    func grouped() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(configMap(["a": "1", "b": "2"]), manager: FieldManager("kubectl-create"))
        do {
            _ = try cluster.apply(configMap(["a": "9", "b": "9"]), manager: "ci", force: false, dryRun: false)
            Issue.record("expected a conflict")
        } catch {
            #expect(error.message == """
                Apply failed with 2 conflicts: conflicts with "kubectl-create" using v1:
                - .data.a
                - .data.b
                """)
        }
    }
}
