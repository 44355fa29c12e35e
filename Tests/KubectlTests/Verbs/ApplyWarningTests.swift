import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl apply` on a live object that has no last-applied annotation.
@Suite("kubectl apply warns about a missing last-applied annotation")
struct ApplyWarningTests {
    static let warning =
        "Warning: resource deployments/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation "
        + "which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by "
        + "either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n"

    static func manifest(_ h: KubectlHarness) -> String {
        h.run("create", "deployment", "web", "--image=nginx:1.27", "--dry-run=client", "-o", "yaml").out
    }

    /// Applies `manifest` read from stdin.
    static func apply(_ h: KubectlHarness, _ manifest: String, _ extra: String...) -> (out: String, err: String) {
        let buffer = OutputBuffer()
        _ = h.kubectl.run(["apply", "-f", "-"] + extra, io: IOStreams(input: manifest, sink: buffer))
        return (buffer.stdout, buffer.stderr)
    }

    @Test("an object made by create gets the warning on stderr, then is configured and annotated")
    func createdImperatively() throws {
        let h = try KubectlHarness()
        let manifest = Self.manifest(h)
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let result = Self.apply(h, manifest)
        #expect(result.err == Self.warning)
        #expect(result.out == "deployment.apps/web configured\n")
        let live = try h.cluster.get(.deployments, namespace: "default", name: "web")
        #expect(live.annotations["kubectl.kubernetes.io/last-applied-configuration"] != nil)
        #expect(Self.apply(h, manifest).err == "")
    }

    @Test("an object made by apply, or a client dry run, gets none; a server dry run does")
    func noWarning() throws {
        let h = try KubectlHarness()
        let manifest = Self.manifest(h)
        #expect(Self.apply(h, manifest).err == "")
        #expect(Self.apply(h, manifest).err == "")
        let other = try KubectlHarness()
        _ = other.run("create", "deployment", "web", "--image=nginx")
        #expect(Self.apply(other, manifest, "--dry-run=client").err == "")
        #expect(Self.apply(other, manifest, "--dry-run=server").err == Self.warning)
    }

    @Test("create -f with --save-config records the annotation, so apply is quiet")
    func saveConfig() throws {
        let h = try KubectlHarness()
        let manifest = Self.manifest(h)
        let buffer = OutputBuffer()
        _ = h.kubectl.run(["create", "-f", "-", "--save-config"], io: IOStreams(input: manifest, sink: buffer))
        #expect(buffer.stdout == "deployment.apps/web created\n")
        let live = try h.cluster.get(.deployments, namespace: "default", name: "web")
        #expect(live.annotations["kubectl.kubernetes.io/last-applied-configuration"] != nil)
        #expect(Self.apply(h, manifest).err == "")
    }

    @Test("a client dry run of an existing object says configured: it computes no patch")
    func clientDryRun() throws {
        let h = try KubectlHarness()
        let manifest = Self.manifest(h)
        _ = Self.apply(h, manifest)
        #expect(Self.apply(h, manifest, "--dry-run=client").out == "deployment.apps/web configured (dry run)\n")
    }
}
