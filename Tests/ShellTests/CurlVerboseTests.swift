import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

@Suite("curl -v as curl 8.12.1 writes it, and nginx's answers to other methods than GET")
struct CurlVerboseTests {
    /// A lab with nginx `web` behind Service `web`, and a `tools` pod whose curl is 8.12.1.
    private func lab() throws -> HostLab {
        try tk8sLab(after: [
            "kubectl run web --image=nginx:1.27 --labels=app=web", "kubectl expose pod web --port=80",
            "kubectl run tools --image=nginx:1.27.4-alpine", "sleep 20",
        ])
    }

    @Test("a name is resolved with its addresses by family, the request sent off, the connection left intact")
    func success() throws {
        let lab = try lab()
        let answer = run(lab, "kubectl exec tools -- curl -sv -o /dev/null web")
        let lines = answer.err.split(whereSeparator: \.isNewline).map(String.init)
        #expect(Array(lines.prefix(3)) == ["* Host web:80 was resolved.", "* IPv6: (none)", lines[2]])
        #expect(lines[2].hasPrefix("* IPv4: 10."))
        #expect(lines.contains("* using HTTP/1.x") && lines.contains("* Request completely sent off"))
        #expect(lines.contains { $0.hasPrefix("* Connected to web (10.") && $0.hasSuffix(") port 80") })
        #expect(lines.last == "* Connection #0 to host web left intact")
    }

    @Test("a refused port names the local end, and curl 8.12 closes connection #0")
    func refused() throws {
        let lab = try lab()
        let podIP = try lab.cluster.get(.pods, namespace: "default", name: "tools")[path: "status.podIP"].string ?? ""
        let answer = run(lab, "kubectl exec tools -- curl -sv web:81")
        #expect(answer.err.contains("failed: Connection refused\n") && answer.err.contains("from \(podIP) port "))
        #expect(
            answer.err.contains(
                "* Failed to connect to web port 81 after 0 ms: Couldn't connect to server\n* closing connection #0\n"))
        let missing = run(lab, "kubectl exec tools -- curl -sv nothing")
        #expect(missing.err.hasPrefix("* Could not resolve host: nothing\n* shutting down connection #0\n"))
    }

    @Test("-L re-uses the connection for the same host and port")
    func reuse() throws {
        let lab = try lab()
        _ = run(lab, "kubectl exec web -- mkdir /usr/share/nginx/html/docs")
        let answer = run(lab, "kubectl exec tools -- curl -svL -o /dev/null web/docs")
        #expect(answer.err.contains("* Ignoring the response-body\n* Connection #0 to host web left intact\n"))
        #expect(
            answer.err.contains(
                "* Issue another request to this URL: 'http://web/docs/'\n* Re-using existing connection with host web\n"
            ))
    }

    @Test("curl 7 keeps its own wording")
    func curl7() {
        let trace = CurlTrace(modern: false)
        #expect(trace.connected("web", "10.0.0.1", port: 80, id: 0) == "* Connected to web (10.0.0.1) port 80 (#0)\n")
        #expect(trace.resolved("web", port: 80, ["10.0.0.1"]).isEmpty)
        #expect(trace.closing(0, at: .resolving) == "* Closing connection 0\n")
        #expect(CurlTrace(modern: true).resolved("10.0.0.1", port: 80, ["10.0.0.1"]).isEmpty)
    }

    @Test("nginx refuses a POST to a file it found, and any other method wherever")
    func methods() throws {
        let lab = try lab()
        func code(_ arguments: String) -> String {
            run(lab, "kubectl exec tools -- curl -s -o /dev/null -w %{http_code} \(arguments)").out
        }
        #expect(code("-d a=1 web/") == "405")
        #expect(code("-d a=1 web/missing") == "404")
        #expect(code("-X PUT web/missing") == "405")
        #expect(code("-X DELETE web/index.html") == "405")
        #expect(code("-I web/index.html") == "200")
        let page = run(lab, "kubectl exec tools -- curl -s -X DELETE web").out
        #expect(page.hasPrefix("<html>\r\n<head><title>405 Not Allowed</title></head>\r\n"))
    }

    @Test("a pipe gets curl's standard output in 4 KiB blocks, the rest at exit")
    func buffering() {
        var written: [Int] = []
        let output = CurlOutput(buffered: true) { written.append($0.utf8.count) }
        output.out(String(repeating: "a", count: 5000))
        #expect(written == [4096])
        output.flush()
        #expect(written == [4096, 904])
    }
}
