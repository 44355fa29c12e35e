import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl set selector` on Services: equality requirements only, sent even when unchanged.
@Suite("kubectl set selector")
struct SetSelectorTests {
    private func service() throws -> KubectlHarness {
        let h = try KubectlHarness()
        _ = h.run("create", "service", "clusterip", "web", "--tcp=80")
        return h
    }

    private func selector(_ h: KubectlHarness) throws -> JSONValue {
        try h.cluster.get(.services, namespace: "default", name: "web")[path: "spec.selector"]
    }

    @Test("the selector is replaced, and an unchanged one is still reported as updated")
    func replaces() throws {
        let h = try service()
        #expect(h.run("set", "selector", "service", "web", "app=api,tier=front").out == "service/web selector updated\n")
        #expect(try selector(h) == ["app": "api", "tier": "front"])
        #expect(h.run("set", "selector", "svc/web", "app=api,tier=front").out == "service/web selector updated\n")
        _ = h.run("set", "selector", "svc/web", "")
        #expect(try selector(h) == .null)
    }

    @Test("set-based requirements and other kinds are refused on the client")
    func refusals() throws {
        let h = try service()
        #expect(h.run("set", "selector", "svc", "web", "tier in (b,a),!x").err
            == "error: match expression [{tier In [a b]} {x DoesNotExist []}] not supported on this object\n")
        _ = h.run("create", "deployment", "web", "--image=nginx")
        #expect(h.run("set", "selector", "deployment", "web", "app=x").err
            == "error: setting a selector is only supported for Services\n")
        #expect(h.run("set", "selector", "svc", "web", "a!=b").err == "error: \"!=\" is not a valid label selector operator\n")
        #expect(h.run("set", "selector", "-f", "svc.yaml").err == "error: one selector is required\n")
        #expect(h.run("set", "selector", "svc", "web").err == "error: resource(s) were provided, but no name was specified\n")
    }

    @Test("--resource-version must be the object's current one")
    func resourceVersion() throws {
        let h = try service()
        let result = h.run("set", "selector", "svc", "web", "app=x", "--resource-version=1")
        #expect(result.err.hasPrefix("Error from server (Conflict): Operation cannot be fulfilled on services \"web\""))
        let current = try h.cluster.get(.services, namespace: "default", name: "web").metadata["resourceVersion"].string ?? ""
        #expect(h.run("set", "selector", "svc", "web", "app=x", "--resource-version=\(current)").code == 0)
    }

    @Test("--local changes the manifest only and prints it as kubectl's typed Service")
    func local() throws {
        let h = try service()
        h.kubectl.readFile = { $0 == "svc.yaml" ? "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n" : nil }
        let out = h.run("set", "selector", "--local", "-f", "svc.yaml", "app=api", "-o", "yaml").out
        #expect(out.contains("  creationTimestamp: null\n") && out.contains("  selector:\n    app: api\n"))
        #expect(try selector(h) == ["app": "web"])
    }

    @Test("with -f the others are still changed; the objects not found are reported together at the end")
    func missingFromManifests() throws {
        let h = try service()
        let missing = "apiVersion: v1\nkind: Service\nmetadata:\n  name: gone\n"
        let present = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
        let deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
        _ = h.run("create", "deployment", "web", "--image=nginx")
        h.kubectl.readFile = { ["svc.yaml": missing + "---\n" + present, "mixed.yaml": missing + "---\n" + deployment][$0] }
        let result = h.run("set", "selector", "-f", "svc.yaml", "app=x")
        #expect(result.out == "service/web selector updated\n")
        #expect(result.err == "Error from server (NotFound): services \"gone\" not found\n")
        #expect(try selector(h) == ["app": "x"])
        #expect(
            h.run("set", "selector", "-f", "mixed.yaml", "app=y").err
                == "setting a selector is only supported for Services\nservices \"gone\" not found\n")
    }
}
