import Testing

/// An empty list's Table as the apiserver sends it, logged by `-v=8`: the default table
/// convertor (kinds printers.go does not know, such as Role) appends its rows to a nil slice, so
/// none is `"rows":null`; the printers' list handlers make an empty one, `"rows":[]`.
@Suite struct EmptyTableBodyTests {
    @Test("no roles in a namespace: rows null; no pods: rows empty")
    func emptyRows() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "namespace", "quiet")
        let roles = lab.run("get", "roles", "-n", "quiet", "-v=8")
        #expect(roles.err.contains("\"rows\":null}\n"))
        #expect(roles.err.hasSuffix("No resources found in quiet namespace.\n"))
        // The pods' column definitions fill -v=8's 1024 bytes; -v=10 logs the body whole.
        let pods = lab.run("get", "pods", "-n", "quiet", "-v=10")
        #expect(pods.err.contains("\"rows\":[]}\n"))
    }
}
