import Cluster
import Kubectl
import Testing

@Suite("kubectl config")
struct ConfigTests {
    @Test("view prints kubeadm's admin.conf with certificate data omitted")
    func view() throws {
        let out = try KubectlHarness().run("config", "view").out
        #expect(
            out == """
                apiVersion: v1
                clusters:
                - cluster:
                    certificate-authority-data: DATA+OMITTED
                    server: https://172.22.0.1:6443
                  name: tk8s
                contexts:
                - context:
                    cluster: tk8s
                    user: kubernetes-admin
                  name: kubernetes-admin@tk8s
                current-context: kubernetes-admin@tk8s
                kind: Config
                preferences: {}
                users:
                - name: kubernetes-admin
                  user:
                    client-certificate-data: DATA+OMITTED
                    client-key-data: DATA+OMITTED

                """)
    }

    @Test("--raw and --flatten show the world's certificate and key data")
    func raw() throws {
        let lab = try KubectlHarness()
        for flag in ["--raw", "--flatten"] {
            let key = lab.run("config", "view", flag, "-o", "jsonpath={.users[0].user.client-key-data}").out
            #expect(key.hasPrefix("LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ"))  // -----BEGIN RSA PRIVATE KEY-----
            let ca = lab.run("config", "view", flag, "--minify", "-o", "jsonpath={.clusters[0].cluster.certificate-authority-data}").out
            #expect(ca.hasPrefix("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t"))  // -----BEGIN CERTIFICATE-----
        }
        #expect(lab.run("config", "view", "-o", "jsonpath={.users[0].user.client-key-data}").out == "DATA+OMITTED")
    }

    @Test("the context table marks the current context; current-context, clusters and users")
    func listing() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("config", "get-contexts").out
                == "CURRENT   NAME                    CLUSTER   AUTHINFO           NAMESPACE\n*         kubernetes-admin@tk8s   tk8s      kubernetes-admin   \n")
        #expect(lab.run("config", "current-context").out == "kubernetes-admin@tk8s\n")
        #expect(lab.run("config", "get-clusters").out == "NAME\ntk8s\n")
        #expect(lab.run("config", "get-users").out == "NAME\nkubernetes-admin\n")
        let missing = lab.run("config", "get-contexts", "nope")
        #expect(missing.out == "CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n")
        #expect(missing.err == "error: context nope not found\n")
    }

    @Test("set-context --current --namespace makes later commands default to that namespace")
    func setNamespace() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "set-context", "--current", "--namespace=kube-system").out == "Context \"kubernetes-admin@tk8s\" modified.\n")
        #expect(lab.run("get", "pods", "-o", "name").out.contains("pod/etcd-tk8s-control-plane\n"))
        #expect(lab.run("config", "view", "--minify", "-o", "jsonpath={.contexts[0].context.namespace}").out == "kube-system")
        #expect(lab.run("config", "get-contexts").out.hasSuffix("kubernetes-admin   kube-system\n"))
    }

    @Test("use-context switches only to contexts that exist")
    func useContext() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "use-context", "nope").err == "error: no context exists with the name: \"nope\"\n")
        #expect(lab.run("config", "use-context", "kubernetes-admin@tk8s").out == "Switched to context \"kubernetes-admin@tk8s\".\n")
        #expect(lab.run("config", "use-context").err == "error: Unexpected args: []\n")
    }

    @Test("config works while the control plane is down")
    func worksWhileDown() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        #expect(lab.run("config", "current-context").out == "kubernetes-admin@tk8s\n")
    }

    @Test("unknown subcommands and missing names are refused as kubectl words it")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("config", "foo").err == "error: unknown command \"foo\"\nSee 'kubectl config -h' for help and examples\n")
        #expect(lab.run("config", "set-context").err == "error: you must specify a non-empty context name or --current\n")
        #expect(lab.run("config", "set-context", "x", "--current").err == "error: you cannot specify both a context name and --current\n")
    }
}
