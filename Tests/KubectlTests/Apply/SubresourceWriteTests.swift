import Kubectl
import Testing

@Suite("apply and replace through a subresource")
struct SubresourceWriteTests {
    private static let status = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        status:
          observedGeneration: 9
        """

    private func run(_ h: KubectlHarness, _ arguments: [String], manifest: String = status) -> (out: String, err: String) {
        let buffer = OutputBuffer()
        _ = h.kubectl.run(arguments + ["-f", "-"], io: IOStreams(input: manifest, sink: buffer))
        return (buffer.stdout, buffer.stderr)
    }

    @Test("apply takes --subresource only with --server-side")
    func needsServerSide() throws {
        let h = try KubectlHarness()
        #expect(run(h, ["apply", "--subresource=status"]).err == "error: --subresource can only be specified for --server-side\n")
    }

    @Test("a status field the controller manager wrote conflicts; forced, the status is applied")
    func statusApply() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let refused = run(h, ["apply", "--server-side", "--subresource=status"])
        #expect(refused.err.hasPrefix(
            "error: Apply failed with 1 conflict: conflict with \"kube-controller-manager\" with subresource \"status\" using apps/v1: .status.observedGeneration\n"))
        #expect(run(h, ["apply", "--server-side", "--subresource=status", "--force-conflicts"]).out == "deployment.apps/web serverside-applied\n")
    }

    @Test("through status the annotations sent are kept and owned; a Deployment keeps its own labels and spec")
    func statusMetadata() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {tier: front}
              annotations: {note: hello}
            spec:
              replicas: 4
            """
        #expect(run(h, ["apply", "--server-side", "--subresource=status"], manifest: manifest).out == "deployment.apps/web serverside-applied\n")
        let read = h.run("get", "deploy", "web", "-o", "jsonpath={.metadata.labels.tier}/{.metadata.annotations.note}/{.spec.replicas}")
        #expect(read.out == "/hello/1")
        let owned = h.run("get", "deploy", "web", "--show-managed-fields", "-o", #"jsonpath={.metadata.managedFields[?(@.manager=="kubectl")].fieldsV1}"#)
        #expect(owned.out == #"{"f:metadata":{"f:annotations":{"f:note":{}}}}"#)
    }

    @Test("a subresource that takes no patch refuses an apply with 405")
    func applyWithoutPatch() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"
        #expect(run(h, ["apply", "--server-side", "--subresource=eviction"], manifest: pod).err
            == "Error from server (MethodNotAllowed): the server does not allow this method on the requested resource\n")
    }

    @Test("a status apply to an object that is not there is NotFound; it creates nothing")
    func statusOfNothing() throws {
        let h = try KubectlHarness()
        #expect(run(h, ["apply", "--server-side", "--subresource=status"]).err == "Error from server (NotFound): deployments.apps \"web\" not found\n")
        #expect(h.run("get", "deploy", "web").code != 0)
    }

    @Test("the scale subresource takes an autoscaling/v1 Scale, not the object's own kind")
    func scale() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        #expect(run(h, ["apply", "--server-side", "--subresource=scale"]).err
            == "Error from server (BadRequest): Incorrect version specified in apply patch. Specified patch version: apps/v1, expected: autoscaling/v1\n")
        #expect(run(h, ["replace", "--subresource=scale"]).err
            == "Error from server (BadRequest): error when replacing \"STDIN\": Deployment in version \"v1\" cannot be handled as a Scale: converting (v1.Deployment) to (autoscaling.Scale): unknown conversion\n")
    }

    @Test("replace through status changes the status and leaves the spec")
    func replaceStatus() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let manifest = Self.status + """

            spec:
              replicas: 5
              selector: {matchLabels: {app: web}}
              template: {metadata: {labels: {app: web}}, spec: {containers: [{name: nginx, image: nginx}]}}
            """
        #expect(run(h, ["replace", "--subresource=status"], manifest: manifest).out == "deployment.apps/web replaced\n")
        #expect(h.run("get", "deploy", "web", "-o", "jsonpath={.spec.replicas}").out == "1")
    }
}
