import Cluster
import KubeAPI
import Testing
@testable import Kubectl

@Suite("kubectl's first request to a server that refuses: the URL it names and who words its failure")
struct RefusedRequestTests {
    private let dial = "dial tcp 172.22.0.1:6443: connect: connection refused"
    private let refused =
        "The connection to the server 172.22.0.1:6443 was refused - did you specify the right host or port?\n"

    private func stopped() throws -> KubectlHarness {
        let lab = try KubectlHarness()
        lab.cluster.stopNode("tk8s-control-plane", exitCode: 137)
        return lab
    }

    @Test("a refused request is Go's url.Error: the method, the quoted URL with its query sorted, the dial")
    func requestWording() {
        let request = ServerRequest.create(
            .deployments, namespace: "web", dryRun: true, fieldManager: "a/b c", validation: "Strict")
        #expect(
            request.error(.refused, server: "http://localhost:8080")
                == "Post \"http://localhost:8080/apis/apps/v1/namespaces/web/deployments?dryRun=All&fieldManager=a%2Fb+c&fieldValidation=Strict\": dial tcp 127.0.0.1:8080: connect: connection refused")
        #expect(ServerRequest.collectionPath(.namespaces, namespace: "x") == "/api/v1/namespaces")
        #expect(ServerRequest.groupList.url(server: "https://h:1") == "https://h:1/api?timeout=32s")
    }

    @Test("generators wrap the refused POST in their own words; namespace returns it unwrapped")
    func generators() throws {
        let lab = try stopped()
        let deployment = lab.run("create", "deployment", "web", "--image=nginx", "--validate=warn")
        #expect(deployment.err == "error: failed to create deployment: Post \"https://172.22.0.1:6443/apis/apps/v1/namespaces/default/deployments?fieldManager=kubectl-create&fieldValidation=Warn\": \(dial)\n")
        #expect(deployment.code == 1 && deployment.out.isEmpty)
        #expect(lab.run("create", "secret", "generic", "s", "-n", "x").err.hasPrefix(
            "error: failed to create secret Post \"https://172.22.0.1:6443/api/v1/namespaces/x/secrets?"))
        #expect(lab.run("create", "service", "nodeport", "np", "--tcp=80").err.hasPrefix("error: failed to create NodePort service: Post "))
        #expect(lab.run("create", "priorityclass", "p", "--value=1").err.contains("/apis/scheduling.k8s.io/v1/priorityclasses?"))
        #expect(lab.run("create", "token", "default").err == "error: failed to create token: Post \"https://172.22.0.1:6443/api/v1/namespaces/default/serviceaccounts/default/token\": \(dial)\n")
        #expect(lab.run("create", "namespace", "n").err == refused)
    }

    @Test("role and job --from look types up first, so they log discovery and fail unwrapped")
    func generatorsThatMap() throws {
        let lab = try stopped()
        let role = lab.run("create", "role", "r", "--verb=get", "--resource=*").err.split(separator: "\n")
        #expect(role.count == 3 && role[2] + "\n" == refused)
        #expect(lab.run("create", "clusterrole", "c", "--verb=get", "--non-resource-url=/x").err == refused)
        #expect(lab.run("create", "job", "j", "--from=cronjob/c").err.split(separator: "\n").count == 5)
    }

    @Test("a command's discovery failures are stamped a little apart, the same every time")
    func risingStamps() throws {
        let lab = try stopped()
        let stamps = lab.run("get", "pods").err.split(separator: "\n").dropLast().map { $0.split(separator: " ")[1] }
        #expect(stamps == ["07:25:00.000000", "07:25:00.001400", "07:25:00.002800", "07:25:00.004200", "07:25:00.005600"])
    }
}
