import Cluster
import KubeAPI
import Testing

/// `kubectl set serviceaccount` on pod templates, and the rollout it starts.
@Suite("kubectl set serviceaccount")
struct SetServiceAccountTests {
    private func deployment() throws -> KubectlHarness {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        _ = h.run("create", "serviceaccount", "builder")
        return h
    }

    @Test("the template's account changes and a new ReplicaSet rolls out")
    func rollsOut() throws {
        let h = try deployment()
        #expect(h.run("set", "sa", "deployment", "web", "builder").out == "deployment.apps/web serviceaccount updated\n")
        let spec = try h.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.template.spec"]
        #expect(spec["serviceAccountName"] == "builder")
        let sets = h.cluster.list(.replicaSets, namespace: "default").filter { $0.name.hasPrefix("web-") }
        #expect(sets.count == 2)
        #expect(h.run("set", "serviceaccount", "deployment", "web", "builder").out == "deployment.apps/web serviceaccount updated\n")
    }

    @Test("kinds without a pod template are refused, named by resource")
    func refusals() throws {
        let h = try deployment()
        #expect(h.run("set", "sa", "service", "kubernetes", "builder").err
            == "error: services/kubernetes the object is not a pod or does not have a pod template: *v1.Service\n")
        #expect(h.run("set", "sa", "-f", "x.yaml").err == "error: serviceaccount is required\n")
        #expect(h.run("set", "sa", "deployment", "web", "x", "-l", "a=b").err
            == "error: unknown shorthand flag: 'l' in -l\nSee 'kubectl set serviceaccount --help' for usage.\n")
    }

    @Test("a client dry run prints without writing")
    func dryRun() throws {
        let h = try deployment()
        #expect(h.run("set", "sa", "deployment", "web", "builder", "--dry-run=client").out
            == "deployment.apps/web serviceaccount updated (dry run)\n")
        let spec = try h.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.template.spec"]
        #expect(spec["serviceAccountName"] == .null)
    }
}
