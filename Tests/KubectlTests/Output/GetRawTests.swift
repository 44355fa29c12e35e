import Testing

@Suite("kubectl get --raw: the apiserver's bodies, copied out as sent")
struct GetRawTests {
    @Test("health checks answer ok with no newline; /version is indented and unterminated")
    func plainBodies() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("get", "--raw", "/healthz").out == "ok")
        let version = harness.run("get", "--raw", "/version").out
        #expect(version.hasPrefix("{\n  \"major\": \"1\",\n  \"minor\": \"32\","))
        #expect(version.hasSuffix("\"platform\": \"linux/amd64\"\n}"))
    }

    @Test("a list is compact JSON in Go's field order, its items without kind or apiVersion")
    func list() throws {
        let harness = try KubectlHarness()
        let body = harness.run("get", "--raw", "/api/v1/namespaces/default/services").out
        #expect(body.hasPrefix(#"{"kind":"ServiceList","apiVersion":"v1","metadata":{"resourceVersion":""#))
        #expect(body.contains(#""items":[{"metadata":{"name":"kubernetes","namespace":"default","uid":"#))
        #expect(body.hasSuffix("}]}\n"))
    }

    @Test("what nothing serves is the apiserver's 404; a missing object its own NotFound")
    func notFound() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("get", "--raw", "/nope").err
            == "Error from server (NotFound): the server could not find the requested resource\n")
        #expect(harness.run("get", "--raw", "/api/v1/namespaces/default/pods/nope").err
            == "Error from server (NotFound): pods \"nope\" not found\n")
    }

    @Test("--raw takes no arguments and no output format")
    func refusals() throws {
        let harness = try KubectlHarness()
        #expect(harness.run("get", "pods", "--raw", "/api").err == "error: arguments may not be passed when --raw is specified\n")
        #expect(harness.run("get", "--raw", "/api", "-o", "yaml").err == "error: --raw and --output are mutually exclusive\n")
    }
}
