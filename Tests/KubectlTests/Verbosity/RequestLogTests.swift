import Cluster
import KubeAPI
import Testing

@testable import Kubectl

@Suite("kubectl -v=N: the klog lines each level adds, and the requests' URLs")
struct RequestLogTests {
    /// The stderr lines of a command, without their klog headers (`I0423 ... file.go:N] `).
    private func messages(_ err: String) -> [String] {
        err.split(separator: "\n").map { line in
            guard line.hasPrefix("I"), let end = line.firstRange(of: "] ") else { return String(line) }
            return String(line[end.upperBound...])
        }
    }

    @Test("without -v nothing is logged; -v=1 logs the feature gates only; -v=6 the config file and each request")
    func levels() throws {
        let h = try KubectlHarness()
        #expect(h.run("get", "pods").err == "")
        #expect(messages(h.run("get", "pods", "-v=1").err).count == RequestLog.featureGateNames.count)
        let six = messages(h.run("get", "pods", "-v=6").err)
        #expect(
            six.last == "GET https://172.22.0.1:6443/api/v1/namespaces/default/pods?limit=500 200 OK in 3 milliseconds")
        #expect(six.contains { $0.hasPrefix("Config loaded from file:  ") } == (h.kubectl.kubeconfig.chain != nil))
    }

    @Test("-v=7 logs the request, its headers by name, and the answer's status")
    func headers() throws {
        let h = try KubectlHarness()
        let seven = messages(h.run("get", "deploy", "-n", "kube-system", "-o", "name", "--v=7").err).suffix(5)
        #expect(
            Array(seven) == [
                "GET https://172.22.0.1:6443/apis/apps/v1/namespaces/kube-system/deployments?limit=500",
                "Request Headers:",
                "    Accept: application/json",
                "    User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0",
                "Response Status: 200 OK in 3 milliseconds",
            ])
    }

    @Test("a server error is logged with its status, then (from -v=4) as the Status object kubectl reports")
    func failure() throws {
        let h = try KubectlHarness()
        let result = h.run("get", "pod", "nope", "-v=6")
        let lines = messages(result.err)
        #expect(
            lines.contains(
                "GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/nope 404 Not Found in 3 milliseconds"))
        #expect(lines.contains("server response object: %s[{"))
        #expect(lines.last == "Error from server (NotFound): pods \"nope\" not found")
        #expect(!h.run("get", "pod", "nope", "-v=3").err.contains("server response object"))
    }

    @Test("lines step on from the command's start: 100 µs apart, 3 ms for each answer, one process ID")
    func timing() throws {
        let h = try KubectlHarness()
        let lines = h.run("get", "pods", "-v=6").err.split(separator: "\n")
        let micros = lines.map { Int($0.dropFirst(15).prefix(6)) ?? -1 }
        #expect(micros.first == 0)
        #expect(micros.last == micros[micros.count - 2] + 3000)
        #expect(Set(lines.map { $0.dropFirst(22).prefix(7) }).count == 1)
    }

    @Test("request URLs: the cluster-wide list, the item, repeated query keys in order, Go's escaping")
    func urls() {
        let server = "https://h:6443"
        #expect(ServerRequest.list(.pods, namespace: nil).url(server: server) == "https://h:6443/api/v1/pods")
        #expect(
            ServerRequest.get(.deployments, namespace: "web", name: "d", subresource: "scale").url(server: server)
                == "https://h:6443/apis/apps/v1/namespaces/web/deployments/d/scale")
        var exec = ServerRequest.get(.pods, namespace: "default", name: "p", subresource: "exec")
        exec.repeatedQuery["command"] = ["sh", "-c", "echo a=b"]
        exec.query["container"] = "c"
        #expect(
            exec.url(server: server)
                == "https://h:6443/api/v1/namespaces/default/pods/p/exec?command=sh&command=-c&command=echo+a%3Db&container=c"
        )
        #expect(exec.headers(userAgent: "ua") == ["Accept: application/json", "User-Agent: ua"])
    }
}
