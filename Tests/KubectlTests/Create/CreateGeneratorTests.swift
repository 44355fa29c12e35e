import Cluster
import KubeAPI
import Kubectl
import Testing

/// `kubectl create configmap|secret|service|serviceaccount|quota|role|rolebinding` (C67-C69, C94-C96).
@Suite("kubectl create generators")
struct CreateGeneratorTests {
    @Test("C67, C68, C69: the created lines")
    func created() throws {
        let h = try KubectlHarness()
        #expect(h.run("create", "configmap", "app-cfg", "--from-literal=a=1").out == "configmap/app-cfg created\n")
        #expect(h.run("create", "secret", "generic", "s1", "--from-literal=p=x").out == "secret/s1 created\n")
        #expect(h.run("create", "service", "clusterip", "my-svc", "--tcp=80:8080").out == "service/my-svc created\n")
        #expect(h.run("create", "sa", "robot").out == "serviceaccount/robot created\n")
        #expect(h.run("create", "role", "r", "--verb=get", "--resource=pods").out == "role.rbac.authorization.k8s.io/r created\n")
        let secret = try h.cluster.get(.secrets, namespace: "default", name: "s1")
        #expect(secret[path: "type"] == "Opaque")
        #expect(secret[path: "data.p"] == "eA==")
    }

    @Test("C94: a NodePort Service as kubectl builds it")
    func nodePortYAML() throws {
        let out = try KubectlHarness().run(
            "create", "service", "nodeport", "np", "--tcp=80:8080", "--node-port=30001", "--dry-run=client", "-o", "yaml"
        ).out
        #expect(out == """
            apiVersion: v1
            kind: Service
            metadata:
              creationTimestamp: null
              labels:
                app: np
              name: np
            spec:
              ports:
              - name: 80-8080
                nodePort: 30001
                port: 80
                protocol: TCP
                targetPort: 8080
              selector:
                app: np
              type: NodePort
            status:
              loadBalancer: {}

            """)
    }

    @Test("C95, C96: data keys sorted, secret values base64-encoded")
    func dataYAML() throws {
        let h = try KubectlHarness()
        let cm = h.run("create", "configmap", "app-cfg", "--from-literal=b=2", "--from-literal=a=1", "--dry-run=client", "-o", "yaml")
        #expect(cm.out == "apiVersion: v1\ndata:\n  a: \"1\"\n  b: \"2\"\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: app-cfg\n")
        let secret = h.run("create", "secret", "generic", "s1", "--from-literal=password=s3cr3t", "--dry-run=client", "-o", "yaml")
        #expect(secret.out == "apiVersion: v1\ndata:\n  password: czNjcjN0\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s1\n")
    }

    @Test("files come from the simulated host through the readFile hook")
    func fromFile() throws {
        let h = try KubectlHarness()
        h.kubectl.readFile = { $0 == "/etc/app.conf" ? "debug=true\n" : nil }
        let out = h.run("create", "cm", "app", "--from-file=/etc/app.conf", "--dry-run=client", "-o", "yaml").out
        #expect(out.contains("  app.conf: |\n    debug=true\n"))
        #expect(h.run("create", "cm", "app", "--from-file=/etc/none").err == "error: error reading /etc/none: no such file or directory\n")
    }

    @Test("a directory gives one key per regular file; it takes no key name and is no env file")
    func fromDirectory() throws {
        let h = try KubectlHarness()
        let files = ["/cfg/one.txt": "a\n", "/cfg/two.conf": "b\n"]
        h.kubectl.readFile = { files[$0] }
        h.kubectl.listFiles = { $0 == "/cfg" || $0 == "/cfg/" ? ["one.txt", "two.conf"] : nil }
        let out = h.run("create", "cm", "d", "--from-file=/cfg", "--dry-run=client", "-o", "yaml").out
        #expect(out == "apiVersion: v1\ndata:\n  one.txt: |\n    a\n  two.conf: |\n    b\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: d\n")
        #expect(h.run("create", "cm", "d", "--from-file=k=/cfg").err == "error: cannot give a key name for a directory path\n")
        #expect(h.run("create", "secret", "generic", "d", "--from-env-file=/cfg").err
            == "error: env secret file cannot be a directory\n")
    }

    @Test("bad input gives kubectl's one-line errors and creates nothing")
    func errors() throws {
        let h = try KubectlHarness()
        let before = h.cluster.list(.configMaps).count + h.cluster.list(.services).count
        #expect(h.run("create", "cm", "x", "--from-literal=ab").err == "error: invalid literal source ab, expected key=value\n")
        #expect(h.run("create", "service", "clusterip", "x").err == "error: at least one tcp port specifier must be provided\n")
        #expect(h.run("create", "service", "nodeport", "x", "--tcp=80", "--clusterip=None").err
            == "error: unknown flag: --clusterip\nSee 'kubectl create service nodeport --help' for usage.\n")
        #expect(h.run("create", "cm").err == "error: exactly one NAME is required, got 0\nSee 'kubectl create configmap -h' for help and examples\n")
        #expect(h.run("create", "rolebinding", "rb").err == "error: exactly one of clusterrole or role must be specified\n")
        #expect(h.cluster.list(.configMaps).count + h.cluster.list(.services).count == before)
    }

    @Test("a group without its subcommand refuses every flag but the global ones, before help or an unknown command")
    func groupFlags() throws {
        let h = try KubectlHarness()
        let dryRun = h.run("create", "service", "--dry-run=client")
        #expect(dryRun.out.isEmpty && dryRun.code == 1)
        #expect(dryRun.err == "error: unknown flag: --dry-run\nSee 'kubectl create service --help' for usage.\n")
        #expect(h.run("create", "svc", "-o", "yaml").err
            == "error: unknown shorthand flag: 'o' in -o\nSee 'kubectl create service --help' for usage.\n")
        #expect(h.run("create", "secret", "foo", "--from-literal=a=b").err
            == "error: unknown flag: --from-literal\nSee 'kubectl create secret --help' for usage.\n")
        // Global flags are the group's own: help still comes, and an unknown command is named.
        let help = h.run("create", "service", "-n", "default")
        #expect(help.code == 1 && help.out.isEmpty && !help.err.hasPrefix("error:"))
        #expect(h.run("create", "service", "foo").err == "error: unknown command \"foo\"\nSee 'kubectl create service -h' for help and examples\n")
    }
}
