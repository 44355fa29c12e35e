import Cluster
import KubeAPI
import Kubectl
import Testing

/// Where `rollout` and `scale` put the objects they could not fetch beside their other failures,
/// as the real kubectl 1.32 prints them.
@Suite("kubectl rollout and scale over several objects, some missing")
struct RolloutListErrorTests {
    static let manifests = ["missing", "a", "goweb", "missing2", "b"].map { name in
        let kind = name == "goweb" ? "apiVersion: v1\nkind: Pod" : "apiVersion: apps/v1\nkind: Deployment"
        return "\(kind)\nmetadata:\n  name: \(name)\n"
    }.joined(separator: "---\n")

    private func harness() throws -> KubectlHarness {
        let h = try KubectlHarness()
        h.kubectl.readFile = { $0 == "all.yaml" ? Self.manifests : nil }
        #expect(h.run("create", "deployment", "a", "--image=nginx").code == 0)
        #expect(h.run("create", "deployment", "b", "--image=nginx").code == 0)
        return h
    }

    @Test("restart takes every object first: a file's missing objects come first as one aggregate, then each refusal")
    func restartFromFile() throws {
        let h = try harness()
        let result = h.run("rollout", "restart", "-f", "all.yaml")
        #expect(result.out == "deployment.apps/a restarted\ndeployment.apps/b restarted\n")
        #expect(result.err == """
            [deployments.apps "missing" not found, deployments.apps "missing2" not found]
            error: pods "goweb" restarting is not supported

            """)
        #expect(result.code == 1)
    }

    @Test("every name given is acted on; those missing are reported after, each as the server words it")
    func restartNames() throws {
        let h = try harness()
        let result = h.run("rollout", "pause", "deployment", "missing", "a", "missing2", "b")
        #expect(result.out == "deployment.apps/a paused\ndeployment.apps/b paused\n")
        #expect(result.err == """
            Error from server (NotFound): deployments.apps "missing" not found
            Error from server (NotFound): deployments.apps "missing2" not found

            """)
    }

    @Test("history visits each object: refusals as they come, a file's missing objects together at its end")
    func historyFromFile() throws {
        let h = try harness()
        let result = h.run("rollout", "history", "-f", "all.yaml")
        #expect(result.out.hasPrefix("deployment.apps/a \nREVISION  CHANGE-CAUSE\n1         <none>\n\ndeployment.apps/b "))
        #expect(result.err == """
            no history viewer has been implemented for "Pod"
            [deployments.apps "missing" not found, deployments.apps "missing2" not found]

            """)
    }

    @Test("scale does not fetch a file's objects: the first it cannot scale stops it, with what came before scaled")
    func scaleFromFile() throws {
        let h = try harness()
        h.kubectl.readFile = { _ in "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: missing\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\n" }
        let result = h.run("scale", "-f", "x.yaml", "--replicas=2")
        #expect(result.out == "deployment.apps/a scaled\n")
        #expect(result.err == "Error from server (NotFound): deployments.apps \"missing\" not found\n")
        #expect(try h.cluster.get(.deployments, namespace: "default", name: "b")[path: "spec.replicas"] == 1)
        let dry = h.run("scale", "-f", "x.yaml", "--replicas=2", "--dry-run=client")
        #expect(dry.out == "deployment.apps/a scaled (dry run)\ndeployment.apps/missing scaled (dry run)\ndeployment.apps/b scaled (dry run)\n")
        #expect(dry.code == 0)
    }

    @Test("set image takes every object first and stops when one is missing")
    func setImage() throws {
        let h = try harness()
        let result = h.run("set", "image", "deployment", "missing", "a", "nginx=nginx:1.27")
        #expect(result.err == "Error from server (NotFound): deployments.apps \"missing\" not found\n")
        #expect(try h.cluster.get(.deployments, namespace: "default", name: "a")[path: "spec.template.spec.containers"].array[0]["image"] == "nginx")
        #expect(h.run("set", "image", "deployment", "a", "b", "nginx=nginx:1.27").out == "deployment.apps/a image updated\ndeployment.apps/b image updated\n")
    }

    @Test("a type alone is every object of it, or those -l picks; nothing picked is said on stderr")
    func typeAlone() throws {
        let h = try harness()
        #expect(h.run("rollout", "pause", "deployment").out == "deployment.apps/a paused\ndeployment.apps/b paused\n")
        #expect(h.run("rollout", "resume", "deployment", "-l", "app=b").out == "deployment.apps/b resumed\n")
        let none = h.run("rollout", "restart", "deployment", "-l", "app=none")
        #expect(none.err == "No resources found in default namespace.\n" && none.code == 0)
        #expect(h.run("rollout", "history", "deployment", "-l", "app=none").err.isEmpty)
        #expect(h.run("rollout", "restart", "deployment", "a", "-l", "app=a").err
            == "error: name cannot be provided when a selector is specified\n")
        #expect(h.run("set", "image", "deployment", "nginx=nginx:1.27").err
            == "error: resource(s) were provided, but no name was specified\n")
    }
}
