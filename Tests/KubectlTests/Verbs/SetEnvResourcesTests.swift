import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl set env` and `kubectl set resources` on a Deployment's pod template.
@Suite("kubectl set env / set resources")
struct SetEnvResourcesTests {
    private func deployment() throws -> KubectlHarness {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        return h
    }

    private func container(_ h: KubectlHarness) throws -> JSONValue {
        try h.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.template.spec.containers"][0]
    }

    @Test("variables are set in order, replaced in place and removed with KEY-")
    func env() throws {
        let h = try deployment()
        #expect(h.run("set", "env", "deployment/web", "A=1", "B=2").out == "deployment.apps/web env updated\n")
        _ = h.run("set", "env", "deployment/web", "A=3", "B-", "C=4")
        #expect(try container(h)["env"] == [["name": "A", "value": "3"], ["name": "C", "value": "4"]])
        #expect(h.run("set", "env", "deployment/web", "A=3").out == "")
    }

    @Test("--overwrite=false refuses a new value, with the object named")
    func noOverwrite() throws {
        let h = try deployment()
        _ = h.run("set", "env", "deployment/web", "A=1")
        let result = h.run("set", "env", "deployment/web", "A=2", "--overwrite=false")
        #expect(result.err == "error: deployments/web 'A' already has a value (1), and --overwrite is false\n")
        #expect(result.code == 1)
    }

    @Test("requests and limits are merged into the container's resources")
    func resources() throws {
        let h = try deployment()
        let out = h.run("set", "resources", "deployment", "web", "--limits=cpu=200m,memory=512Mi", "--requests=cpu=0.1").out
        #expect(out == "deployment.apps/web resource requirements updated\n")
        let resources = try container(h)["resources"]
        #expect(resources["limits"] == ["cpu": "200m", "memory": "512Mi"])
        #expect(resources["requests"] == ["cpu": "100m"])
        #expect(h.run("set", "resources", "deployment", "web", "-c", "x", "--limits=cpu=1").err
            == "error: unable to find container named x\n")
    }

    @Test("with -f nothing is changed when an object is missing, and each missing one is reported")
    func missingFromManifests() throws {
        let h = try deployment()
        let file = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gone\n"
        h.kubectl.readFile = { $0 == "two.yaml" ? file : nil }
        let result = h.run("set", "env", "-f", "two.yaml", "A=1")
        #expect(result.out == "")
        #expect(result.err == "Error from server (NotFound): deployments.apps \"gone\" not found\n")
        #expect(h.run("set", "resources", "-f", "two.yaml", "--limits=cpu=1").out == "")
        #expect(try container(h)["env"].isNull && container(h)["resources"] == [:])
    }

    @Test("set resources looks its objects up before it asks for limits or requests; set env checks first")
    func validationOrder() throws {
        let h = try deployment()
        #expect(h.run("set", "resources", "deployment", "nope").err == "Error from server (NotFound): deployments.apps \"nope\" not found\n")
        #expect(h.run("set", "resources", "deployment", "web").err
            == "error: you must specify an update to requests or limits (in the form of --requests/--limits)\n")
        #expect(h.run("set", "resources", "deployment", "nope", "-l", "app=web").err
            == "error: name cannot be provided when a selector is specified\n")
        #expect(h.run("set", "env", "deployment/nope", "--local", "--dry-run=server", "A=1").err
            == "error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?\n")
    }
}
