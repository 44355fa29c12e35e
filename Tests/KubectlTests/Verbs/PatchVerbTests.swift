import Cluster
import KubeAPI
import Testing

/// `kubectl patch`: the `patched` / `patched (no change)` lines and kubectl's errors.
@Suite("kubectl patch")
struct PatchVerbTests {
    @Test("patched, then patched (no change)")
    func messages() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        #expect(h.run("patch", "deployment", "web", "-p", #"{"spec":{"replicas":3}}"#).out == "deployment.apps/web patched\n")
        #expect(h.run("patch", "deploy/web", "-p", "spec: {replicas: 3}").out == "deployment.apps/web patched (no change)\n")
        #expect(try h.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.replicas"] == 3)
    }

    @Test("bad patches change nothing")
    func errors() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let before = try h.cluster.get(.deployments, namespace: "default", name: "web")
        #expect(h.run("patch", "deploy", "web").err == "error: must specify --patch or --patch-file containing the contents of the patch\n")
        // kubectl sends text that is not JSON as it is; the apiserver's decoder refuses it.
        #expect(
            h.run("patch", "deploy", "web", "-p", "{bad").err
                == "Error from server (BadRequest): invalid character 'b' looking for beginning of object key string\n")
        #expect(
            h.run("patch", "deploy", "web", "--type=json", "-p", "[1]").err
                == "Error from server (BadRequest): error decoding patch: json: cannot unmarshal number into Go value of type handlers.jsonPatchOp\n")
        #expect(h.run("patch", "deploy", "web", "--type=x", "-p", "{}").err == "error: --type must be one of [json merge strategic], not \"x\"\n")
        // The apiserver applies a JSON patch: one that does not apply is its generic 422; applied by
        // kubectl itself (a client dry run), json-patch's own words show.
        let notApplied = "The request is invalid: the server rejected our request due to an error in our request\n"
        #expect(h.run("patch", "deploy", "web", "--type=json", "-p", #"[{"op":"fly","path":"/a"}]"#).err == notApplied)
        let test = #"[{"op":"test","path":"/spec/replicas","value":5}]"#
        #expect(h.run("patch", "deploy", "web", "--type=json", "-p", test).err == notApplied)
        #expect(h.run("patch", "deploy", "web", "--type=json", "-p", test, "--dry-run=client").err
            == "error: testing value /spec/replicas failed: test failed\n")
        #expect(try h.cluster.get(.deployments, namespace: "default", name: "web") == before)
    }
}
