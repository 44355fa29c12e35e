import Cluster
import KubeAPI
import Testing
@testable import Kubectl

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
            ["label", "pod", "goweb", "a=b"], ["cordon", "tk8s-worker1"], ["run", "x", "--image=nginx", "--dry-run=client"],
        ] {
            let result = lab.run(command)
            #expect(result.err.hasSuffix(refused) && result.out.isEmpty && result.code == 1, "kubectl \(command)")
        }
    }

    @Test("client-go logs each failed discovery request before the refusal, as many as kubectl 1.32 makes")
    func discoveryFailuresAreLogged() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        let lines = lab.run("get", "pods").err.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[0].hasSuffix(
            #"memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused""#))
        #expect(lab.run("api-versions").err.hasSuffix(
            "error: couldn't get available api versions from server: Get \"https://172.22.0.1:6443/api?timeout=32s\": dial tcp 172.22.0.1:6443: connect: connection refused\n"))
    }

    private func attempts(_ verb: String, _ arguments: [String]) throws -> Int {
        let specs = [FlagSpec("filename", "f", .stringArray), FlagSpec("list", nil, .bool)]
        return ServerConnection.discoveryAttempts(verb: verb, flags: try FlagParser.parse(arguments, specs: specs), failure: .refused)
    }

    @Test("resource arguments are looked up four times, once more for one type, once more per type of a list")
    func resourceArgumentsAskOncePerType() throws {
        #expect(try attempts("get", ["pods"]) == 5)
        #expect(try attempts("get", ["pods", "x", "y"]) == 5)
        #expect(try attempts("get", ["pods,svc,deploy"]) == 7)
        #expect(try attempts("get", ["deployment,daemonset", "x"]) == 4)
        #expect(try attempts("get", ["deploy/x", "svc/y"]) == 4)
        #expect(try attempts("get", ["-f", "x.yaml"]) == 0)
        #expect(try attempts("label", ["pods,svc", "a=b"]) == 6)
        #expect(try attempts("rollout", ["status", "deployment", "x"]) == 5)
    }

    @Test("other commands ask a fixed number of times")
    func otherCommandsAskAFixedNumberOfTimes() throws {
        #expect(try attempts("logs", ["x"]) == 4)
        #expect(try attempts("auth", ["can-i", "get", "pods"]) == 2)
        #expect(try attempts("auth", ["can-i", "--list"]) == 0)
        #expect(try attempts("run", ["x"]) == 1)
        #expect(try attempts("create", ["ns", "x"]) == 0)
        #expect(try attempts("auth", ["can-i", "get", "/logs"]) == 0)
        #expect(try attempts("cluster-info", ["dump"]) == 0)
    }

    @Test("help, create's client-side dry run and the client's own validation need no server")
    func clientOnly() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        #expect(lab.run("get", "--help").code == 0)
        #expect(lab.run("create", "deployment", "d", "--image=nginx", "--dry-run=client").code == 0)
        #expect(lab.run("scale", "deployment", "web").err.hasPrefix("error: required flag(s) \"replicas\" not set"))
    }

    @Test("once the apiserver's container runs again, kubectl is answered")
    func backAgain() throws {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        lab.cluster.startNode("tk8s-control-plane")
        #expect(lab.run("get", "nodes").err.hasSuffix(refused))
        lab.cluster.advance(seconds: lab.cluster.runtime.imagePresentSeconds)
        #expect(lab.run("get", "nodes").code == 0)
    }
}
