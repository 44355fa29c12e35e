import Kubectl
import Testing

@Suite("kubectl --raw writes: deletecollection's selectors, eviction versions, token, scale and finalize")
struct RawCollectionAndSubresourceTests {
    private func send(_ h: KubectlHarness, _ arguments: [String], body: String) -> (out: String, err: String) {
        let buffer = OutputBuffer()
        _ = h.kubectl.run(arguments + ["-f", "-"], io: IOStreams(input: body, sink: buffer))
        return (buffer.stdout, buffer.stderr)
    }

    @Test("a collection DELETE deletes only what its label and field selectors select; a bad selector deletes nothing")
    func deleteCollectionSelectors() throws {
        let h = try KubectlHarness()
        for name in ["a", "b", "c"] { _ = h.run("create", "cm", name, "--from-literal=k=v") }
        _ = h.run("label", "cm", "a", "b", "tier=x")
        _ = h.run("delete", "--raw", "/api/v1/namespaces/default/configmaps?labelSelector=tier%3Dx&fieldSelector=metadata.name%21%3Da")
        #expect(h.run("get", "cm", "-o", "name").out == "configmap/a\nconfigmap/c\nconfigmap/kube-root-ca.crt\n")
        let refused = h.run("delete", "--raw", "/api/v1/namespaces/default/configmaps?fieldSelector=data.k%3Dv")
        #expect(refused.err.hasPrefix("Error from server (BadRequest): \"data.k\" is not a known field selector"))
        #expect(h.run("get", "cm", "-o", "name").out == "configmap/a\nconfigmap/c\nconfigmap/kube-root-ca.crt\n")
    }

    @Test("an Eviction in policy/v1beta1 is accepted as policy/v1 is")
    func evictionV1beta1() throws {
        let h = try KubectlHarness()
        _ = h.run("run", "p", "--image=nginx")
        _ = h.run("wait", "--for=condition=Ready", "pod/p")
        let answer = send(
            h, ["create", "--raw", "/api/v1/namespaces/default/pods/p/eviction"],
            body: #"{"apiVersion":"policy/v1beta1","kind":"Eviction","metadata":{"name":"p"}}"#)
        #expect(answer.out == #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}"# + "\n")
        #expect(answer.err.isEmpty)
    }

    @Test("a PUT of a Scale sets the workload's replicas and answers with the Scale")
    func scale() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let answer = send(
            h, ["replace", "--raw", "/apis/apps/v1/namespaces/default/deployments/web/scale"],
            body: #"{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"web"},"spec":{"replicas":3}}"#)
        #expect(answer.out.hasPrefix(#"{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"web","namespace":"default","#))
        #expect(answer.out.contains(#""spec":{"replicas":3}"#))
        #expect(h.run("get", "deploy", "web", "-o", "jsonpath={.spec.replicas}").out == "3")
    }

    @Test("a POST of a TokenRequest answers with a token; a body naming another account is invalid")
    func token() throws {
        let h = try KubectlHarness()
        let path = "/api/v1/namespaces/default/serviceaccounts/default/token"
        let answer = send(h, ["create", "--raw", path], body: #"{"spec":{"audiences":["a"]}}"#)
        #expect(answer.out.hasPrefix(#"{"kind":"TokenRequest","apiVersion":"authentication.k8s.io/v1","metadata":{"name":"default","namespace":"default","#))
        #expect(answer.out.contains(#""spec":{"audiences":["a"],"expirationSeconds":3600,"boundObjectRef":null},"status":{"token":"ey"#))
        let other = send(h, ["create", "--raw", path], body: #"{"metadata":{"name":"x"}}"#)
        #expect(other.err == "The TokenRequest \"default\" is invalid: metadata.name: Invalid value: \"x\": must match the service account name if specified\n")
    }

    @Test("a PUT to a Terminating namespace's finalize that empties its finalizers lets it go")
    func finalize() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "ns", "stuck")
        _ = h.run("delete", "ns", "stuck", "--wait=false")
        let live = h.run("get", "ns", "stuck", "-o", "json").out.replacing("\"kubernetes\"", with: "")
        let answer = send(h, ["replace", "--raw", "/api/v1/namespaces/stuck/finalize"], body: live)
        #expect(answer.out.contains(#""spec":{},"status":{"phase":"Terminating"}"#))
        #expect(h.run("get", "ns", "stuck").err == "Error from server (NotFound): namespaces \"stuck\" not found\n")
    }
}
