import Cluster
import KubeAPI
import Kubectl
import Testing

/// A generator's client dry run carries `metadata.namespace` only when `-n` was given, as kubectl 1.32's does.
@Suite("kubectl create/run: -n in the generated object")
struct GeneratorNamespaceTests {
    @Test("-n puts the namespace right after the name", arguments: [
        ["create", "deployment", "x", "--image=nginx"],
        ["create", "job", "x", "--image=busybox"],
        ["create", "cronjob", "x", "--image=busybox", "--schedule=* * * * *"],
        ["create", "configmap", "x"],
        ["run", "x", "--image=nginx"],
    ])
    func explicit(command: [String]) throws {
        let lab = try KubectlHarness()
        let out = lab.run(command + ["-n", "team", "--dry-run=client", "-o", "yaml"]).out
        #expect(out.contains("  name: x\n  namespace: team\n"))
        let plain = lab.run(command + ["--dry-run=client", "-o", "yaml"]).out
        #expect(!plain.contains("namespace:"))
    }

    @Test("an explicit -n wins over a namespace set by --overrides")
    func overrides() throws {
        let lab = try KubectlHarness()
        let out = lab.run(
            "run", "x", "--image=nginx", "-n", "team", "--overrides={\"metadata\":{\"namespace\":\"other\"}}",
            "--dry-run=client", "-o", "yaml").out
        #expect(out.contains("  namespace: team\n"))
        #expect(!out.contains("other"))
    }
}
