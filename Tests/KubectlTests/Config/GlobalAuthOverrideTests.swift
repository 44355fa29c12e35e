import Cluster
import Kubectl
import Testing

/// The global `--username`, `--password`, `--certificate-authority` and `--tls-server-name`,
/// merged over the kubeconfig and checked as clientcmd's `ConfirmUsable` checks them.
@Suite("kubectl global credential and authority flags")
struct GlobalAuthOverrideTests {
    @Test("basic credentials beside the admin's certificate change nothing; beside a token they are refused")
    func basicCredentials() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("get", "ns", "default", "-o", "name", "--username=u", "--password=p").out == "namespace/default\n")
        #expect(lab.run("get", "ns", "default", "--username=u", "--token=t").err
            == "error: more than one authentication method found for kubernetes-admin; found [token basicAuth], only one is allowed\n")
    }

    @Test("an authority file that does not open is refused, with the user's problems first")
    func authority() throws {
        let lab = try KubectlHarness()
        let missing = "unable to read certificate-authority /nope for tk8s due to open /nope: no such file or directory"
        #expect(lab.run("get", "ns", "--certificate-authority=/nope").err == "error: \(missing)\n")
        #expect(lab.run("get", "ns", "--certificate-authority=/nope", "--insecure-skip-tls-verify").err == "error: \(missing)\n")
        #expect(lab.run("get", "ns", "--certificate-authority=/nope", "--password=p", "--token=t").err
            == "Error in configuration: \n* more than one authentication method found for kubernetes-admin; found [token basicAuth], only one is allowed\n* \(missing)\n")
        #expect(lab.run("get", "ns", "default", "-o", "name", "--tls-server-name=kubernetes").out == "namespace/default\n")
    }
}
