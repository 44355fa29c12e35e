import Kubectl
import Testing

@Suite("Writes are authorized before the apiserver reads their bodies")
struct AuthorizationOrderTests {
    private static let badConfigMap = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"bad"},"data":{"a":1}}"#

    private func send(_ h: KubectlHarness, _ arguments: [String], body: String) -> String {
        let buffer = OutputBuffer()
        _ = h.kubectl.run(arguments + ["-f", "-"], io: IOStreams(input: body, sink: buffer))
        return buffer.stderr
    }

    @Test("a create by someone who may not create is Forbidden, a body the admin sends is a bad request")
    func create() throws {
        let h = try KubectlHarness()
        #expect(send(h, ["create", "--validate=false"], body: Self.badConfigMap).hasPrefix("Error from server (BadRequest)"))
        #expect(send(h, ["create", "--validate=false", "--as=jane"], body: Self.badConfigMap)
            == "Error from server (Forbidden): error when creating \"STDIN\": configmaps is forbidden: User \"jane\" cannot create resource \"configmaps\" in API group \"\" in the namespace \"default\"\n")
        #expect(send(h, ["create", "--raw", "/api/v1/namespaces/default/configmaps", "--as=jane"], body: "not json")
            .hasPrefix("Error from server (Forbidden): configmaps is forbidden"))
    }

    @Test("a patch by someone who may only read is Forbidden before the patch is applied")
    func patch() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "cm", "c")
        _ = h.run("create", "role", "reader", "--verb=get", "--resource=configmaps")
        _ = h.run("create", "rolebinding", "jane-reads", "--role=reader", "--user=jane")
        let refused = h.run("patch", "cm", "c", "--type=json", "-p", #"[{"op":"test","path":"/data/x","value":"1"}]"#, "--as=jane")
        #expect(refused.err == "Error from server (Forbidden): configmaps \"c\" is forbidden: User \"jane\" cannot patch resource \"configmaps\" in API group \"\" in the namespace \"default\"\n")
    }
}
