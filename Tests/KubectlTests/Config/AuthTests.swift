import Cluster
import Kubectl
import Testing

@Suite("kubectl auth can-i")
struct AuthTests {
    @Test("kubeadm's admin may do anything: yes, exit 0; --quiet prints nothing")
    func admin() throws {
        let lab = try KubectlHarness()
        let result = lab.run("auth", "can-i", "delete", "deploy", "-n", "kube-system")
        #expect(result.out == "yes\n" && result.code == 0)
        #expect(lab.run("auth", "can-i", "-q", "get", "pods") == ("", "", 0))
    }

    @Test("unknown resource types and verbs are warned about on stderr, as kubectl does")
    func warnings() throws {
        let lab = try KubectlHarness()
        let result = lab.run("auth", "can-i", "get", "foo")
        #expect(result.err == "Warning: the server doesn't have a resource type 'foo'\n\n")
        #expect(result.out == "yes\n")
        #expect(lab.run("auth", "can-i", "frob", "pods").err == "Warning: verb 'frob' is not a known verb\n\n")
    }

    @Test("the wrong number of arguments and unknown subcommands are refused as kubectl words it")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(
            lab.run("auth", "can-i", "get").err
                == "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n")
        #expect(lab.run("auth", "foo").err == "error: unknown command \"foo\"\nSee 'kubectl auth -h' for help and examples\n")
    }
}
