import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl replace`, `kubectl diff`, and `label`/`annotate --local`, as kubectl 1.32 prints them.
@Suite("kubectl replace and diff")
struct DiffReplaceTests {
    static let configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  mode: dev\n"

    func harness(_ files: [String: String]) throws -> KubectlHarness {
        let h = try KubectlHarness()
        h.kubectl.readFile = { files[$0] }
        return h
    }

    @Test("replace needs the object to exist, and names the manifest in the server's refusal")
    func replaceMissing() throws {
        let h = try harness(["cm.yaml": Self.configMap])
        let missing = h.run("replace", "-f", "cm.yaml")
        #expect(missing.err == "Error from server (NotFound): error when replacing \"cm.yaml\": configmaps \"cfg\" not found\n")
        #expect(missing.code == 1)
        #expect(h.run("create", "-f", "cm.yaml").code == 0)
        #expect(h.run("replace", "-f", "cm.yaml").out == "configmap/cfg replaced\n")
        #expect(h.run("replace", "-f", "cm.yaml", "--dry-run=server").out == "configmap/cfg replaced (server dry run)\n")
    }

    @Test("a manifest carrying a stale resourceVersion is refused with the apiserver's conflict")
    func replaceConflict() throws {
        let h = try harness([:])
        _ = h.run("create", "configmap", "cfg", "--from-literal=mode=dev")
        let stale = h.run("get", "configmap", "cfg", "-o", "yaml").out
        _ = h.run("label", "configmap", "cfg", "x=1")
        h.kubectl.readFile = { $0 == "live.yaml" ? stale : nil }
        #expect(
            h.run("replace", "-f", "live.yaml").err
                == "Error from server (Conflict): error when replacing \"live.yaml\": Operation cannot be fulfilled on configmaps \"cfg\": the object has been modified; please apply your changes to the latest version and try again\n"
        )
    }

    @Test("replace --force deletes, waits, and creates again; it refuses a dry run")
    func replaceForce() throws {
        let h = try harness(["cm.yaml": Self.configMap])
        _ = h.run("create", "-f", "cm.yaml")
        let before = try h.cluster.get(.configMaps, namespace: "default", name: "cfg").uid
        #expect(h.run("replace", "--force", "-f", "cm.yaml").out == "configmap \"cfg\" deleted\nconfigmap/cfg replaced\n")
        #expect(try h.cluster.get(.configMaps, namespace: "default", name: "cfg").uid != before)
        #expect(h.run("replace", "--force", "--dry-run=client", "-f", "cm.yaml").err == "error: --dry-run can not be used when --force is set\n")
        #expect(h.run("replace", "-f", "cm.yaml", "--grace-period=3").err == "error: --grace-period must have --force specified\n")
        #expect(h.run("replace").err == "error: must specify one of -f and -k\n")
    }

    @Test("diff of a new object: an empty live file, the dry-run create merged, exit status 1")
    func diffNewObject() throws {
        let h = try harness(["cm.yaml": Self.configMap])
        let result = h.run("diff", "-f", "cm.yaml")
        #expect(result.code == 1)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("diff -u -N /tmp/LIVE-") && lines[0].hasSuffix("/v1.ConfigMap.default.cfg"))
        #expect(lines[1].hasPrefix("--- /tmp/LIVE-") && lines[1].hasSuffix(".000000000 +0000"))
        #expect(lines[2].hasPrefix("+++ /tmp/MERGED-"))
        #expect(lines[3] == "@@ -0,0 +1,9 @@")
        #expect(lines.contains("+  mode: dev"))
        #expect(throws: APIError.self) { try h.cluster.get(.configMaps, namespace: "default", name: "cfg") }
    }

    @Test("diff after apply: nothing (status 0); a changed spec shows the field and the generation")
    func diffChanged() throws {
        let deployment = ApplyTests.deployment
        let h = try harness(["web.yaml": deployment, "web3.yaml": deployment.replacing("replicas: 2", with: "replicas: 3")])
        _ = h.run("apply", "-f", "web.yaml")
        let same = h.run("diff", "-f", "web.yaml")
        #expect(same.out.isEmpty && same.code == 0)
        let changed = h.run("diff", "-f", "web3.yaml")
        #expect(changed.code == 1)
        #expect(changed.out.contains("/apps.v1.Deployment.default.web\n"))
        #expect(changed.out.contains("\n-  generation: 1\n+  generation: 2\n"))
        #expect(changed.out.contains("\n-  replicas: 2\n+  replicas: 3\n"))
        #expect(try h.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.replicas"] == .int(2))
    }

    @Test("diff's errors exit 2, as kubectl's CheckDiffErr does")
    func diffErrors() throws {
        let h = try harness([:])
        let none = h.run("diff")
        #expect(none.err == "error: must specify one of -f and -k\n" && none.code == 2)
        let extra = h.run("diff", "a", "-f", "x.yaml")
        #expect(extra.err == "error: Unexpected args: [a]\nSee 'kubectl diff -h' for help and examples\n" && extra.code == 2)
        let flag = h.run("diff", "--foo")
        #expect(flag.err == "error: unknown flag: --foo\nSee 'kubectl diff -h' for help and examples\n" && flag.code == 2)
        #expect(h.run("diff", "-f", "/nonexist").err == "error: the path \"/nonexist\" does not exist\n")
    }

    @Test("label and annotate --local change the manifest only, and refuse what needs a server")
    func local() throws {
        let h = try harness(["cm.yaml": Self.configMap])
        #expect(
            h.run("label", "--local", "-f", "cm.yaml", "a=b", "-o", "yaml").out
                == "apiVersion: v1\ndata:\n  mode: dev\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\n  name: cfg\n")
        #expect(h.run("annotate", "--local", "-f", "cm.yaml", "a=b").out == "configmap/cfg annotated\n")
        #expect(throws: APIError.self) { try h.cluster.get(.configMaps, namespace: "default", name: "cfg") }
        #expect(
            h.run("label", "--local", "pods", "a=b").err
                == "error: can only use local files by -f pod.yaml or --filename=pod.json when --local=true is set\n")
        #expect(
            h.run("annotate", "--local", "-f", "cm.yaml", "a=b", "--dry-run=server").err
                == "error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?\n")
    }
}
