import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl apply --prune`: what is deleted, what is kept, and the flag checks before anything is written.
@Suite("kubectl apply --prune")
struct ApplyPruneTests {
    static func configMap(_ name: String, label: String = "web") -> String {
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"\(name)\",\"labels\":{\"app\":\"\(label)\"}}}\n"
    }

    /// A harness whose host has `both.yaml` (ConfigMaps a and b) and `one.yaml` (a alone).
    func harness() throws -> KubectlHarness {
        let h = try KubectlHarness()
        let files = [
            "both.yaml": Self.configMap("a") + "---\n" + Self.configMap("b"),
            "one.yaml": Self.configMap("a"),
            "other.yaml": Self.configMap("c", label: "db"),
        ]
        h.kubectl.readFile = { files[$0] }
        return h
    }

    func names(_ h: KubectlHarness) -> [String] {
        h.cluster.list(.configMaps, namespace: "default").map(\.name).filter { $0.count == 1 }
    }

    @Test("an applied object no longer in the manifests is deleted and printed after the applied ones")
    func prunes() throws {
        let h = try harness()
        _ = h.run("apply", "-f", "both.yaml")
        _ = h.run("apply", "-f", "other.yaml")
        let result = h.run("apply", "--prune", "-l", "app=web", "-f", "one.yaml", "--prune-allowlist=core/v1/ConfigMap")
        #expect(result.out == "configmap/a unchanged\nconfigmap/b pruned\n")
        #expect(result.err.isEmpty)
        #expect(names(h) == ["a", "c"])
    }

    @Test("objects without the last-applied annotation, or not matching -l, stay")
    func keeps() throws {
        let h = try harness()
        _ = h.run("create", "-f", "both.yaml")
        _ = h.run("apply", "-f", "other.yaml")
        let result = h.run("apply", "--prune", "-l", "app=web", "-f", "one.yaml", "--prune-allowlist=core/v1/ConfigMap")
        #expect(result.out.hasSuffix("configmap/a configured\n"))
        #expect(names(h) == ["a", "b", "c"])
    }

    @Test("dry runs name what would go and delete nothing")
    func dryRuns() throws {
        let h = try harness()
        _ = h.run("apply", "-f", "both.yaml")
        let client = h.run("apply", "--prune", "--all", "-f", "one.yaml", "--dry-run=client")
        #expect(client.out == "configmap/a configured (dry run)\nconfigmap/b pruned (dry run)\n")
        let server = h.run("apply", "--prune", "--all", "-f", "one.yaml", "--dry-run=server")
        #expect(server.out.hasSuffix("configmap/b pruned (server dry run)\n"))
        #expect(names(h) == ["a", "b"])
    }

    @Test("the default kinds come with kubectl 1.32's deprecation line through klog")
    func defaultAllowlistWarns() throws {
        let h = try harness()
        _ = h.run("apply", "-f", "both.yaml")
        let result = h.run("apply", "--prune", "--all", "-f", "one.yaml")
        #expect(result.err.hasPrefix("W"))
        #expect(result.err.contains(" prune.go:71] Deprecated: kubectl apply will no longer prune non-namespaced resources"))
        #expect(!h.run("apply", "--prune", "--all", "-f", "one.yaml", "--prune-allowlist=core/v1/Secret").err.contains("Deprecated"))
    }

    @Test("flag conflicts are refused before anything is applied, in kubectl's order")
    func refusals() throws {
        let h = try harness()
        let cases: [([String], String)] = [
            (["--prune"], "all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector"),
            (["--prune", "--all", "-l", "a=b"], "cannot set --all and --selector at the same time"),
            (["--all", "-l", "a=b"], "cannot set --all and --selector at the same time"),
            (["--prune", "--all", "--force"], "--force cannot be used with --prune"),
            (["--prune", "--all", "--server-side"], "--prune is in alpha and doesn't currently work on objects created by server-side apply"),
            (["--prune", "--all", "--prune-allowlist=v1/ConfigMap"], "invalid GroupVersionKind format: v1/ConfigMap, please follow <group/version/kind>"),
            (["--prune", "--all", "--prune-allowlist=core/v1/Widget"], "no matches for kind \"Widget\" in version \"v1\""),
            (["--dry-run=server", "--force"], "--dry-run=server cannot be used with --force"),
        ]
        for (flags, message) in cases {
            let result = h.run(["apply", "-f", "both.yaml"] + flags)
            #expect(result.err == "error: \(message)\n", "\(flags)")
            #expect(result.code == 1)
        }
        #expect(names(h).isEmpty)
    }

    @Test("--prune-allowlist takes the kind in lower case, and any version when none is given")
    func allowlistSpelling() throws {
        let h = try harness()
        _ = h.run("apply", "-f", "both.yaml")
        let result = h.run("apply", "--prune", "--all", "-f", "one.yaml", "--prune-allowlist=core//configmap", "--dry-run=client")
        #expect(result.out.hasSuffix("configmap/b pruned (dry run)\n"))
        let unknown = h.run("apply", "--prune", "--all", "-f", "one.yaml", "--prune-allowlist=apps/v9/Deployment")
        #expect(unknown.err == "error: no matches for kind \"Deployment\" in version \"apps/v9\"\n")
    }

    @Test("with -o yaml each pruned object follows the applied ones, printed alone (no --- between)")
    func prunedAsYAML() throws {
        let h = try harness()
        _ = h.run("apply", "-f", "both.yaml")
        let out = h.run("apply", "--prune", "--all", "-f", "one.yaml", "--prune-allowlist=core/v1/ConfigMap", "-o", "yaml").out
        #expect(!out.contains("---"))
        #expect(out.hasPrefix("apiVersion: v1\nkind: ConfigMap\n"))
        #expect(out.contains("  name: b\n"))
        #expect(names(h) == ["a"])
    }

    @Test("-l chooses the manifests applied, with or without --prune")
    func selectsManifests() throws {
        let h = try harness()
        #expect(h.run("apply", "-f", "other.yaml", "-l", "app=web").err == "error: no objects passed to apply\n")
        #expect(h.run("apply", "-f", "both.yaml", "-l", "app in (web").err.hasPrefix("error: the provided selector \"app in (web\" is not valid: "))
    }
}
