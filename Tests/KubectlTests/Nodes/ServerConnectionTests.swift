import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl with the control plane stopped: refused where it needs the API, working where it does not")
struct ServerConnectionTests {
    private let refused =
        "The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?\n"

    @Test("commands that reach the API fail with kubectl's refused-connection message and exit code 1")
    func refusedCommands() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        for command in [
            ["get", "pods"], ["delete", "pod", "goweb"], ["scale", "deploy", "x", "--replicas=1"],
            ["label", "pod", "goweb", "a=b"], ["cordon", "tk8s-worker1"],
        ] {
            let result = lab.run(command)
            #expect(result.err == refused && result.out.isEmpty && result.code == 1, "kubectl \(command)")
        }
    }

    @Test("help, client-side dry runs and the client's own validation need no server")
    func clientOnly() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        #expect(lab.run("get", "--help").code == 0)
        #expect(lab.run("run", "x", "--image=nginx", "--dry-run=client").out == "pod/x created (dry run)\n")
        #expect(lab.run("create", "deployment", "d", "--image=nginx", "--dry-run=client").code == 0)
        #expect(lab.run("scale", "deployment", "web").err.hasPrefix("error: required flag(s) \"replicas\" not set"))
    }

    @Test("once the apiserver's container runs again, kubectl is answered")
    func backAgain() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        lab.cluster.startNode("tk8s-control-plane")
        #expect(lab.run("get", "nodes").err == refused)
        lab.cluster.advance(seconds: lab.cluster.runtime.imagePresentSeconds)
        #expect(lab.run("get", "nodes").code == 0)
    }
}
