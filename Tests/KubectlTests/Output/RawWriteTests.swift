import Kubectl
import Testing

@Suite("kubectl create|replace|delete --raw: one write of the path, its answer copied out")
struct RawWriteTests {
    private func send(_ h: KubectlHarness, _ arguments: [String], body: String) -> (out: String, err: String) {
        let buffer = OutputBuffer()
        _ = h.kubectl.run(arguments + ["-f", "-"], io: IOStreams(input: body, sink: buffer))
        return (buffer.stdout, buffer.stderr)
    }

    @Test("a POST creates and answers with the object, unknown fields warned about")
    func create() throws {
        let h = try KubectlHarness()
        let answer = send(
            h, ["create", "--raw", "/api/v1/namespaces/default/configmaps"],
            body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"a":"1"},"extra":1}"#)
        #expect(answer.err == "Warning: unknown field \"extra\"\n")
        #expect(answer.out.hasPrefix(#"{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"c","namespace":"default","#))
        #expect(answer.out.contains(#""managedFields":[{"manager":"kubectl","operation":"Update""#))
        #expect(answer.out.hasSuffix(#""data":{"a":"1"}}"# + "\n"))
        #expect(h.run("get", "cm", "c", "-o", "name").out == "configmap/c\n")
    }

    @Test("YAML is not JSON: the apiserver cannot read its kind, and shows its first bytes in hex")
    func yamlBody() throws {
        let h = try KubectlHarness()
        let answer = send(h, ["create", "--raw", "/api/v1/namespaces/default/configmaps"], body: "kind: ConfigMap\n")
        #expect(answer.err == "Error from server (BadRequest): the object provided is unrecognized (must be of type ConfigMap): "
            + "couldn't get version/kind; json parse error: invalid character 'k' looking for beginning of value "
            + "(6b696e643a20436f6e6669674d61700a)\n")
    }

    @Test("a PUT must name the object the URL names; a kind the URL's does not convert from is refused")
    func mismatches() throws {
        let h = try KubectlHarness()
        let renamed = send(
            h, ["replace", "--raw", "/api/v1/namespaces/default/services/kubernetes"], body: #"{"metadata":{"name":"other"}}"#)
        #expect(renamed.err == "Error from server (BadRequest): the name of the object (other) does not match the name on the URL (kubernetes)\n")
        let wrongKind = send(h, ["create", "--raw", "/apis/apps/v1/namespaces/default/deployments"], body: #"{"kind":"Pod","apiVersion":"v1"}"#)
        #expect(wrongKind.err
            == "Error from server (BadRequest): Pod in version \"v1\" cannot be handled as a Deployment: converting (v1.Pod) to (apps.Deployment): unknown conversion\n")
    }

    @Test("a DELETE answers with a Status naming what went, once it is gone")
    func delete() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "configmap", "gone")
        let out = h.run("delete", "--raw", "/api/v1/namespaces/default/configmaps/gone").out
        #expect(out.hasPrefix(#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"gone","kind":"configmaps","uid":"#))
        #expect(h.run("delete", "--raw", "/api/v1/namespaces/default/configmaps/gone").err
            == "Error from server (NotFound): configmaps \"gone\" not found\n")
    }

    @Test("flags that cannot go with --raw are refused in kubectl's order")
    func refusals() throws {
        let h = try KubectlHarness()
        #expect(h.run("create", "--raw", "/x").err == "error: must specify one of -f and -k\n")
        #expect(h.run("create", "--raw", "/x", "-f", "a", "-f", "b").err == "error: --raw can only use a single local file or stdin\n")
        #expect(h.run("create", "--raw", "/x", "-f", "a", "-l", "a=b", "-o", "json").err
            == "error: --raw and --selector (-l) are mutually exclusive\n")
        #expect(h.run("replace", "--raw", "x", "-f", "a").err == "error: --raw must be a valid URL path: parse \"x\": invalid URI for request\n")
        #expect(h.run("delete", "--raw", "/x", "-o", "name").err == "error: --raw and --output are mutually exclusive\n")
        #expect(h.run("delete", "--raw", "/x", "-i").err == "error: --interactive can not be used with --raw\n")
    }
}
