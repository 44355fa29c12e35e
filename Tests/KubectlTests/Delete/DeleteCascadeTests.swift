import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl delete --cascade and namespaces")
struct DeleteCascadeTests {
    /// A lab with Deployment `web` (two nginx pods) running.
    private func labWithWeb() throws -> KubectlHarness {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx", "--replicas=2").code == 0)
        lab.cluster.advance(seconds: 15)
        return lab
    }

    @Test("legacy boolean values warn as kubectl 1.32 does", arguments: [
        ("false", "orphan"), ("true", "background"), ("0", "orphan"), ("T", "background"),
    ])
    func legacyBooleans(value: String, replacement: String) throws {
        let lab = try labWithWeb()
        let result = lab.run("delete", "deployment", "web", "--cascade=\(value)")
        #expect(result.err == "warning: --cascade=\(value) is deprecated (boolean value) and can be replaced with --cascade=\(replacement).\n")
        #expect(result.out == "deployment.apps \"web\" deleted\n")
        let replicaSets = lab.run("get", "rs", "-o", "name").out
        #expect(replicaSets.isEmpty == (replacement == "background"))
    }

    @Test("an unknown policy is refused before anything is deleted")
    func invalid() throws {
        let lab = try labWithWeb()
        let result = lab.run("delete", "deployment", "web", "--cascade=all")
        #expect(result.err == "error: invalid cascade value (all). Must be \"background\", \"foreground\", or \"orphan\"\n")
        #expect(result.code == 1)
        #expect(lab.run("get", "deploy", "web", "-o", "name").out == "deployment.apps/web\n")
    }

    @Test("foreground waits until the owner is gone, its pods first")
    func foregroundWaits() throws {
        let lab = try labWithWeb()
        let start = lab.cluster.now
        #expect(lab.run("delete", "deploy", "web", "--cascade=foreground").out == "deployment.apps \"web\" deleted\n")
        #expect(lab.cluster.now > start)
        #expect(lab.run("get", "deploy,rs,pods", "-l", "app=web").out.isEmpty)
    }

    @Test("--wait=false returns while the foreground owner still shows")
    func foregroundNoWait() throws {
        let lab = try labWithWeb()
        let start = lab.cluster.now
        _ = lab.run("delete", "deploy", "web", "--cascade=foreground", "--wait=false")
        #expect(lab.cluster.now == start)
        #expect(lab.run("get", "deploy", "web", "-o", "name").out == "deployment.apps/web\n")
    }

    @Test("create namespace, its alias, and the errors kubectl gives")
    func createNamespace() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "namespace", "cute").out == "namespace/cute created\n")
        #expect(lab.run("create", "ns", "cute").err == "Error from server (AlreadyExists): namespaces \"cute\" already exists\n")
        #expect(lab.run("create", "ns").err
            == "error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n")
        #expect(lab.run("create", "ns", "other", "--dry-run=client").out == "namespace/other created (dry run)\n")
        #expect(lab.run("get", "ns", "other", "-o", "name").err == "Error from server (NotFound): namespaces \"other\" not found\n")
    }

    @Test("delete namespace waits until it is gone; the system ones are refused")
    func deleteNamespace() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "ns", "cute")
        _ = lab.run("run", "nginx", "--image=nginx", "-n", "cute")
        lab.cluster.advance(seconds: 10)
        let start = lab.cluster.now
        #expect(lab.run("delete", "ns", "cute").out == "namespace \"cute\" deleted\n")
        #expect(lab.cluster.now.milliseconds(since: start) == 10_000)
        #expect(lab.run("get", "ns", "cute").err == "Error from server (NotFound): namespaces \"cute\" not found\n")
        let refused = lab.run("delete", "ns", "kube-system")
        #expect(refused.err == "Error from server (Forbidden): namespaces \"kube-system\" is forbidden: this namespace may not be deleted\n")
        #expect(refused.code == 1)
    }
}
