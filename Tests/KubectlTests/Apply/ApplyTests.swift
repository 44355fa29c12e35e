import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl apply` and `create -f`: directories, the three-way merge's verdicts, strict decoding.
@Suite("kubectl apply")
struct ApplyTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: nginx
                image: nginx

        """
    static let configMap = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"1"}}"#

    /// A harness whose host has `app/web.yaml`, `app/notes.txt` and `app/more/cfg.json`.
    func harness() throws -> KubectlHarness {
        let h = try KubectlHarness()
        let files = ["app/web.yaml": Self.deployment, "app/notes.txt": "notes\n", "app/more/cfg.json": Self.configMap]
        h.kubectl.readFile = { files[$0] }
        h.kubectl.listDirectory = { path in
            switch path {
            case "app", "app/": return [("more", true), ("notes.txt", false), ("web.yaml", false)]
            case "app/more": return [("cfg.json", false)]
            default: return nil
            }
        }
        return h
    }

    @Test("a directory gives its manifests only; -R walks subdirectories where they sit")
    func directories() throws {
        let h = try harness()
        #expect(h.run("apply", "-f", "app").out == "deployment.apps/web created\n")
        #expect(h.run("apply", "-R", "-f", "app/").out == "configmap/cfg created\ndeployment.apps/web unchanged\n")
    }

    @Test("unchanged writes nothing; a count changed by scale is configured back to the manifest's")
    func verdicts() throws {
        let h = try harness()
        _ = h.run("apply", "-f", "app/web.yaml")
        let version = try h.cluster.get(.deployments, namespace: "default", name: "web").resourceVersion
        #expect(h.run("apply", "-f", "app/web.yaml").out == "deployment.apps/web unchanged\n")
        #expect(try h.cluster.get(.deployments, namespace: "default", name: "web").resourceVersion == version)
        _ = h.run("scale", "deployment", "web", "--replicas=5")
        #expect(h.run("apply", "-f", "app/web.yaml").out == "deployment.apps/web configured\n")
        #expect(try h.cluster.get(.deployments, namespace: "default", name: "web")[path: "spec.replicas"] == 2)
        #expect(h.run("apply", "-f", "app/web.yaml", "--dry-run=client").out == "deployment.apps/web configured (dry run)\n")
    }

    @Test("an unknown field in a patched object is an invalid request on the patch, shown as Go prints it")
    func strictPatch() throws {
        let h = try KubectlHarness()
        var manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: t\ndata:\n  x: v\n"
        h.kubectl.readFile = { $0 == "t.yaml" ? manifest : nil }
        _ = h.run("apply", "-f", "t.yaml")
        manifest += "dataa:\n  x: v\n"
        let refused = h.run("apply", "-f", "t.yaml").err
        #expect(refused.hasPrefix("The request is invalid: patch: Invalid value: \"map[dataa:map[x:v] metadata:map[annotations:map["))
        #expect(refused.hasSuffix("]]]\": strict decoding error: unknown field \"dataa\"\n"))
    }

    @Test("unknown fields: refused by default, warned and dropped with warn, dropped with false")
    func strictDecoding() throws {
        let h = try KubectlHarness()
        let typo = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: t\ndataa:\n  x: y\n"
        h.kubectl.readFile = { $0 == "t.yaml" ? typo : nil }
        #expect(h.run("create", "-f", "t.yaml").err == """
            Error from server (BadRequest): error when creating "t.yaml": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "dataa"

            """)
        #expect(h.cluster.list(.configMaps, namespace: "default").allSatisfy { $0.name != "t" })
        let warned = h.run("apply", "-f", "t.yaml", "--validate=warn")
        #expect(warned.err == "Warning: unknown field \"dataa\"\n")
        #expect(warned.out == "configmap/t created\n")
        #expect(try h.cluster.get(.configMaps, namespace: "default", name: "t")[path: "dataa"].isNull)
        // The live object lacks the dropped field, so the patch names it again: kubectl says configured.
        #expect(h.run("apply", "-f", "t.yaml", "--validate=false").out == "configmap/t configured\n")
        #expect(h.run("apply", "-f", "t.yaml", "--validate=maybe").err
            == "error: invalid - validate option \"maybe\"; must be one of: strict (or true), warn, ignore (or false)\n")
    }
}
