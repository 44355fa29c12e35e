import Cluster
import Kubectl
import Testing

/// kubectl reading its kubeconfig from files it is handed, as client-go's loading rules do.
@Suite("kubeconfig files")
struct KubeconfigFilesTests {
    /// A kubectl whose kubeconfig lives in `files`, starting with kubeadm's admin.conf.
    final class Lab {
        let harness: KubectlHarness
        var files: [String: String] = [:]
        var variable: String?

        init() throws {
            harness = try KubectlHarness()
            files["/root/.kube/config"] = harness.cluster.settings.adminKubeconfigText
            harness.kubectl.kubeconfig.storage = KubeconfigFiles(
                home: "/root", variable: { [unowned self] in variable }, read: { [unowned self] in files[$0] },
                write: { [unowned self] path, text in
                    files[path] = text
                    return true
                })
        }

        func run(_ arguments: String...) -> (out: String, err: String, code: Int32) { harness.run(arguments) }
    }

    @Test("an edit to the file is read by the next command")
    func edited() throws {
        let lab = try Lab()
        lab.files["/root/.kube/config"]?.replace("user: kubernetes-admin\n", with: "user: kubernetes-admin\n    namespace: kube-system\n")
        #expect(lab.run("get", "cm", "-o", "name").out.contains("configmap/kube-proxy\n"))
        #expect(lab.run("config", "view", "--minify", "-o", "jsonpath={.contexts[0].context.namespace}").out == "kube-system")
    }

    @Test("without a kubeconfig kubectl has no cluster to talk to")
    func missing() throws {
        let lab = try Lab()
        lab.files = [:]
        #expect(lab.run("get", "pods").err.hasSuffix("The connection to the server localhost:8080 was refused - did you specify the right host or port?\n"))
        #expect(lab.run("config", "view").out.hasPrefix("apiVersion: v1\nclusters: null\ncontexts: null\ncurrent-context: \"\"\n"))
    }

    @Test("a file that does not parse is refused as client-go words it", arguments: [
        ("foo: [\n", "yaml: line 1: did not find expected node content"),
        ("clusters: 5\n", "json: cannot unmarshal number into Go struct field Config.clusters of type []v1.NamedCluster"),
        ("users:\n- name: a\n  user:\n    token: [1]\n", "json: cannot unmarshal array into Go struct field AuthInfo.users.user.token of type string"),
        ("users:\n- name: a\n  user:\n    client-key-data: abc!\n", "illegal base64 data at input byte 3"),
        ("preferences:\n  colors: \"x\"\n", "json: cannot unmarshal string into Go struct field Preferences.preferences.colors of type bool"),
    ])
    func malformed(text: String, problem: String) throws {
        let lab = try Lab()
        lab.files["/root/.kube/config"] = text
        #expect(lab.run("get", "pods").err == "error: error loading config file \"/root/.kube/config\": \(problem)\n")
    }

    @Test("--kubeconfig names the only file; a missing one is an error except for config")
    func explicit() throws {
        let lab = try Lab()
        #expect(lab.run("--kubeconfig=/tmp/kc", "get", "pods").err == "error: stat /tmp/kc: no such file or directory\n")
        #expect(lab.run("--kubeconfig=/tmp/kc", "config", "set-context", "x", "--namespace=dev").out == "Context \"x\" created.\n")
        #expect(lab.files["/tmp/kc"]?.contains("namespace: dev") == true)
        #expect(lab.files["/root/.kube/config"]?.contains("namespace: dev") == false)
    }

    @Test("$KUBECONFIG merges its files; a change goes to the file the entry came from")
    func merged() throws {
        let lab = try Lab()
        lab.files["/root/extra"] = "contexts:\n- name: robot\n  context:\n    cluster: tk8s\n    user: robot\ncurrent-context: robot\n"
        lab.variable = "/root/extra:/root/.kube/config"
        #expect(lab.run("config", "current-context").out == "robot\n")
        #expect(lab.run("config", "get-contexts", "-o", "name").out == "kubernetes-admin@tk8s\nrobot\n")
        _ = lab.run("config", "set-context", "kubernetes-admin@tk8s", "--namespace=dev")
        #expect(lab.files["/root/.kube/config"]?.contains("namespace: dev") == true)
        #expect(lab.files["/root/extra"]?.contains("namespace: dev") == false)
        _ = lab.run("config", "set-credentials", "robot", "--token=t")
        #expect(lab.files["/root/extra"]?.contains("token: t") == true)
    }

    @Test("a certificate file is named relative to the kubeconfig's directory when inside it, and read from there")
    func certificatePaths() throws {
        let lab = try Lab()
        #expect(lab.run("config", "set-credentials", "jane", "--client-certificate=/root/.kube/jane.crt", "--client-key=/tmp/jane.key").code == 0)
        // A path that would need `../` stays absolute (client-go's RelativizePathWithNoBacksteps).
        #expect(lab.files["/root/.kube/config"]?.contains("client-certificate: jane.crt\n    client-key: /tmp/jane.key\n") == true)
        #expect(
            lab.run("--user=jane", "get", "pods").err
                == "Error in configuration: \n* unable to read client-cert /root/.kube/jane.crt for jane due to open /root/.kube/jane.crt: no such file or directory\n"
                + "* unable to read client-key /tmp/jane.key for jane due to open /tmp/jane.key: no such file or directory\n")
        lab.files["/root/.kube/jane.crt"] = "not a certificate"
        lab.files["/tmp/jane.key"] = "nor a key"
        #expect(lab.run("--user=jane", "get", "pods").err.contains("\"Unhandled Error\" err=\"key failed with : tls: failed to find any PEM data in certificate input\"\n"))
    }
}

extension String {
    fileprivate mutating func replace(_ target: String, with replacement: String) {
        self = split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
