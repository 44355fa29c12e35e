import Testing

/// Who reports a label selector that does not parse: the apiserver for verbs that list through
/// the resource builder, kubectl itself for `top` and `drain --pod-selector`.
@Suite struct LabelSelectorVerbTests {
    @Test("get, logs and cordon send the selector to the server, which refuses it as a bad request")
    func serverSide() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("get", "pods", "-l", "a=(").err
                == "Error from server (BadRequest): Unable to find \"/v1, Resource=pods\" that match label selector \"a=(\", "
                + "field selector \"\": unable to parse requirement: found '(', expected: identifier\n")
        #expect(lab.run("logs", "-l", ",").err.hasSuffix("field selector \"\": found ',', expected: !, identifier, or 'end of string'\n"))
        #expect(lab.run("cordon", "-l", "a!").err.hasPrefix("Error from server (BadRequest): Unable to find \"/v1, Resource=nodes\""))
    }

    @Test("top parses the selector on the client")
    func clientSide() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("top", "pod", "-l", "a b").err == "error: unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt\n")
        #expect(lab.run("top", "node", "-l", "a,").err == "error: found '', expected: identifier after ','\n")
    }

    @Test("gt and lt select by a label's integer value")
    func greaterThan() throws {
        let lab = try KubectlHarness()
        _ = lab.run("label", "node", "tk8s-worker1", "rank=5")
        #expect(lab.run("get", "nodes", "-l", "rank>4", "-o", "name").out == "node/tk8s-worker1\n")
        #expect(lab.run("get", "nodes", "-l", "rank<5").err == "No resources found\n")
    }
}
