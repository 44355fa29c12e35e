import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl scale and label: selections, messages and output as kubectl 1.32")
struct ScaleLabelTests {
    /// A lab with Deployments `web` (2 replicas) and `api` (1, labelled tier=backend).
    private func lab() throws -> KubectlHarness {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx", "--replicas=2").code == 0)
        #expect(lab.run("create", "deployment", "api", "--image=nginx").code == 0)
        #expect(lab.run("label", "deployment", "api", "tier=backend").code == 0)
        return lab
    }

    @Test("scale picks objects by -l and --all, and reports names not found after the rest")
    func scaleSelections() throws {
        let lab = try lab()
        #expect(lab.run("scale", "deploy", "-l", "tier=backend", "--replicas=3").out == "deployment.apps/api scaled\n")
        #expect(lab.run("scale", "deploy", "--all", "--replicas=1", "-o", "name").out == "deployment.apps/api\ndeployment.apps/web\n")
        let mixed = lab.run("scale", "deploy", "web", "nosuch", "--replicas=2")
        #expect(mixed.out == "deployment.apps/web scaled\n")
        #expect(mixed.err == "Error from server (NotFound): deployments.apps \"nosuch\" not found\n")
        #expect(mixed.code == 1)
        #expect(try lab.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.replicas"] == 2)
    }

    @Test("scale's refusals", arguments: [
        (["deploy", "nosuch"], "error: no objects passed to scale deployments.apps \"nosuch\" not found\n"),
        (["deploy", "nosuch", "other"], "error: no objects passed to scale [deployments.apps \"nosuch\" not found, deployments.apps \"other\" not found]\n"),
        (["deploy", "web", "-l", "app=web"], "error: name cannot be provided when a selector is specified\n"),
        (["deploy", "web", "api", "--resource-version=5"], "error: cannot use --resource-version with multiple resources\n"),
        (["deploy", "web", "--current-replicas=5"], "error: Expected replicas to be 5, was 2\n"),
    ])
    func scaleRefusals(arguments: [String], message: String) throws {
        let lab = try lab()
        let result = lab.run(["scale"] + arguments + ["--replicas=4"])
        #expect(result.err == message)
        #expect(result.code == 1)
        #expect(try lab.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.replicas"] == 2)
    }

    @Test("a kind without a scale subresource is answered 404 by the server")
    func scalePod() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("run", "p", "--image=nginx").code == 0)
        #expect(lab.run("scale", "pod", "p", "--replicas=2").err
            == "Error from server (NotFound): the server could not find the requested resource\n")
    }

    @Test("label --list, -o name and a dry run printed as YAML")
    func labelOutputs() throws {
        let lab = try lab()
        #expect(lab.run("label", "deploy", "api", "--list").out == "app=api\ntier=backend\n")
        #expect(lab.run("label", "deploy", "web", "api", "--list").out
            == "Listing labels for Deployment.apps/web:\n app=web\nListing labels for Deployment.apps/api:\n app=api\n tier=backend\n")
        #expect(lab.run("label", "deploy", "web", "x=y", "-o", "name").out == "deployment.apps/web\n")
        let yaml = lab.run("label", "deploy", "web", "z=1", "--dry-run=client", "-o", "yaml").out
        #expect(yaml.hasPrefix("apiVersion: apps/v1\nkind: Deployment\n"))
        #expect(yaml.contains("    z: \"1\"\n"))
        #expect(try lab.cluster.get(.deployments, namespace: "default", name: "web").labels["z"] == nil)
        #expect(lab.run("label", "deploy", "web", "--list", "-o", "name").err
            == "error: --list and --output may not be specified together\n")
    }

    @Test("--all picks every object only when none is named: with names, label, annotate and wait take just those")
    func allBesideNames() throws {
        let lab = try lab()
        #expect(lab.run("label", "deploy", "web", "x=1", "--all").out == "deployment.apps/web labeled\n")
        #expect(lab.run("annotate", "deploy/api", "y=2", "--all").out == "deployment.apps/api annotated\n")
        #expect(try lab.cluster.get(.deployments, namespace: "default", name: "api").labels["x"] == nil)
        #expect(lab.run("wait", "deploy", "nosuch", "--all", "--for=condition=Available").err
            == "Error from server (NotFound): deployments.apps \"nosuch\" not found\n")
        // delete turns --all into a selector, which names beside it are refused with.
        #expect(lab.run("delete", "deploy", "web", "--all").err == "error: name cannot be provided when a selector is specified\n")
    }

    @Test("label values are checked before anything is sent")
    func labelValue() throws {
        let lab = try lab()
        let result = lab.run("label", "deploy", "web", "a=b c")
        #expect(result.err.hasPrefix("error: invalid label value: \"a=b c\": a valid label must be an empty string"))
        #expect(lab.run("label", "deploy", "web", "a=\(String(repeating: "x", count: 64))").err
            .contains(": must be no more than 63 characters\n"))
    }
}
