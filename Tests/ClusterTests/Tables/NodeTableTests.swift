import Cluster
import KubeAPI
import Testing

/// Node rows from printers_test.go (kubectl-output-cases.md A29-A37).
@Suite struct NodeTableTests {
    func node(_ name: String, labels: String = "{}", spec: String = "{}", status: String = "{}") -> String {
        "apiVersion: v1\nkind: Node\nmetadata: {name: \(name), labels: \(labels)}\nspec: \(spec)\nstatus: \(status)\n"
    }

    @Test(arguments: [
        ("{conditions: [{type: Ready, status: 'True'}]}", "{}", "Ready"),
        ("{conditions: [{type: Ready, status: 'True'}]}", "{unschedulable: true}", "Ready,SchedulingDisabled"),
        ("{conditions: [{type: Ready, status: 'False'}]}", "{}", "NotReady"),
        ("{conditions: [{type: Ready, status: 'False'}]}", "{unschedulable: true}", "NotReady,SchedulingDisabled"),
        ("{conditions: [{type: InvalidValue, status: 'True'}]}", "{}", "Unknown"),
        ("{conditions: [{}]}", "{unschedulable: true}", "Unknown,SchedulingDisabled"),
    ])
    func a29to32_status(status: String, spec: String, expected: String) throws {
        let cells = try TableFixture.visibleCells(.nodes, node("foo1", spec: spec, status: status))
        #expect(cells == ["foo1", .string(expected), "<none>", "<unknown>", ""])
    }

    @Test func a33_rolesFromLabels() throws {
        let labels = """
            {node-role.kubernetes.io/master: '', node-role.kubernetes.io/control-plane: '', \
            node-role.kubernetes.io/proxy: '', kubernetes.io/role: node}
            """
        #expect(try TableFixture.cells(.nodes, node("foo", labels: labels))[2] == "control-plane,master,node,proxy")
    }

    @Test func a34_legacyRoleLabel() throws {
        #expect(try TableFixture.cells(.nodes, node("foo", labels: "{kubernetes.io/role: node}"))[2] == "node")
    }

    @Test func a35_wideColumns() throws {
        let status = "{nodeInfo: {osImage: fake-os-image}, addresses: [{type: ExternalIP, address: 1.1.1.1}]}"
        #expect(
            try TableFixture.cells(.nodes, node("foo1", status: status)) == [
                "foo1", "Unknown", "<none>", "<unknown>", "", "<none>", "1.1.1.1", "fake-os-image", "<unknown>",
                "<unknown>",
            ])
    }

    @Test func a36_firstAddressOfEachType() throws {
        let status = """
            {addresses: [{type: ExternalIP, address: 2.2.2.2}, {type: InternalIP, address: 3.3.3.3}, \
            {type: ExternalIP, address: 4.4.4.4}]}
            """
        let cells = try TableFixture.cells(.nodes, node("foo1", status: status))
        #expect(cells[5] == "3.3.3.3")
        #expect(cells[6] == "2.2.2.2")
    }

    @Test func a37_containerRuntime() throws {
        let cells = try TableFixture.cells(
            .nodes, node("foo1", status: "{nodeInfo: {containerRuntimeVersion: 'foo://1.2.3'}}"))
        #expect(cells.last == "foo://1.2.3")
    }

    @Test func columns() {
        #expect(
            TableFixture.columns(.nodes).filter { $0.priority == 0 }.map(\.name) == [
                "Name", "Status", "Roles", "Age", "Version",
            ])
        #expect(
            TableFixture.columns(.nodes).filter { $0.priority == 1 }.map(\.name) == [
                "Internal-IP", "External-IP", "OS-Image", "Kernel-Version", "Container-Runtime",
            ])
    }
}
