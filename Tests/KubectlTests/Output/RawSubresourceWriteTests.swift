import Cluster
import Kubectl
import Testing

@Suite("kubectl create|delete --raw on subresources and collections: evictions, bindings, deletecollection")
struct RawSubresourceWriteTests {
    private func post(_ h: KubectlHarness, _ path: String, body: String) -> (out: String, err: String) {
        let buffer = OutputBuffer()
        _ = h.kubectl.run(["create", "--raw", path, "-f", "-"], io: IOStreams(input: body, sink: buffer))
        return (buffer.stdout, buffer.stderr)
    }

    private static let success = #"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","code":201}"# + "\n"

    @Test("a Binding places a pod no scheduler placed, once; a bad target is refused before the pod is read")
    func binding() throws {
        let h = try KubectlHarness()
        _ = h.run("run", "hand", "--image=nginx", #"--overrides={"spec":{"schedulerName":"other"}}"#)
        h.cluster.advance(seconds: 5)
        #expect(h.run("get", "pod", "hand", "-o", "jsonpath={.spec.nodeName}").out == "")
        let path = "/api/v1/namespaces/default/pods/hand/binding"
        let body = #"{"apiVersion":"v1","kind":"Binding","metadata":{"name":"hand"},"target":{"name":"tk8s-worker2"}}"#
        #expect(post(h, path, body: body).out == Self.success)
        #expect(h.run("get", "pod", "hand", "-o", "jsonpath={.spec.nodeName}").out == "tk8s-worker2")
        #expect(post(h, path, body: body).err
            == "Error from server (Conflict): Operation cannot be fulfilled on pods/binding \"hand\": pod hand is already assigned to node \"tk8s-worker2\"\n")
        #expect(post(h, path, body: #"{"metadata":{"name":"hand"}}"#).err == "Error from server: target.name: Required value\n")
        #expect(post(h, path, body: #"{"metadata":{"name":"x"},"target":{"name":"n"}}"#).err
            == "Error from server (BadRequest): name in URL does not match name in Binding object\n")
    }

    @Test("an Eviction deletes a pod no budget covers and is refused while its budget allows no disruption")
    func eviction() throws {
        let h = try KubectlHarness()
        _ = h.run("run", "solo", "--image=nginx", "--labels=app=solo")
        h.cluster.advance(seconds: 20)
        _ = h.run("create", "pdb", "solo", "--selector=app=solo", "--min-available=1")
        h.cluster.advance(seconds: 5)
        let path = "/api/v1/namespaces/default/pods/solo/eviction"
        let body = #"{"apiVersion":"policy/v1","kind":"Eviction","metadata":{"name":"solo"}}"#
        #expect(post(h, path, body: body).err
            == "Error from server (TooManyRequests): Cannot evict pod as it would violate the pod's disruption budget.\n")
        _ = h.run("delete", "pdb", "solo")
        #expect(post(h, path, body: body).out == Self.success)
        #expect(h.run("get", "pod", "solo", "-o", "jsonpath={.metadata.deletionGracePeriodSeconds}").out == "30")
    }

    @Test("an Eviction in a policy version the scheme never had does not decode; a registered unserved version is the wrong one")
    func evictionVersions() throws {
        let h = try KubectlHarness()
        let body = #"{"apiVersion":"policy/v2","kind":"Eviction","metadata":{"name":"solo"}}"#
        #expect(post(h, "/api/v1/namespaces/default/pods/solo/eviction", body: body).err
            == "Error from server (BadRequest): Eviction in version \"v2\" cannot be handled as a Eviction: no kind \"Eviction\" is registered for version \"policy/v2\" in scheme \"pkg/api/legacyscheme/scheme.go:30\"\n")
        let old = #"{"apiVersion":"apps/v1beta2","kind":"Deployment","metadata":{"name":"x"}}"#
        #expect(post(h, "/apis/apps/v1/namespaces/default/deployments", body: old).err
            == "Error from server (BadRequest): the API version in the data (apps/v1beta2) does not match the expected API version (apps/v1)\n")
    }

    @Test("a POST a subresource does not take is 405, a subresource nobody serves 404, exec needs an upgrade")
    func otherSubresources() throws {
        let h = try KubectlHarness()
        _ = h.run("run", "p", "--image=nginx")
        h.cluster.advance(seconds: 10)
        #expect(post(h, "/api/v1/namespaces/default/pods/p/log", body: "{}").err
            == "Error from server (MethodNotAllowed): the server does not allow this method on the requested resource\n")
        #expect(post(h, "/api/v1/namespaces/default/pods/p/nope", body: "{}").err
            == "Error from server (NotFound): the server could not find the requested resource\n")
        #expect(post(h, "/api/v1/namespaces/default/pods/p/exec?container=q", body: "{}").err
            == "Error from server (BadRequest): container q is not valid for pod p\n")
        #expect(post(h, "/api/v1/namespaces/default/pods/p/exec", body: "{}").err == "Error from server (BadRequest): Upgrade request required\n")
    }

    @Test("a DELETE of a collection answers with the list it read and deletes every item")
    func deleteCollection() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "configmap", "one")
        _ = h.run("create", "configmap", "two", "-n", "kube-public")
        let out = h.run("delete", "--raw", "/api/v1/namespaces/default/configmaps").out
        #expect(out.hasPrefix(#"{"kind":"ConfigMapList","apiVersion":"v1","metadata":{"resourceVersion":"#))
        #expect(out.contains(#"{"metadata":{"name":"one","namespace":"default""#))
        #expect(h.run("get", "configmap", "one").err == "Error from server (NotFound): configmaps \"one\" not found\n")
        #expect(h.run("get", "configmap", "two", "-n", "kube-public", "-o", "name").out == "configmap/two\n")
        #expect(h.run("delete", "--raw", "/api/v1/namespaces").err
            == "Error from server (MethodNotAllowed): the server does not allow this method on the requested resource\n")
    }
}
