import Cluster
import KubeAPI
import Testing

@testable import Kubectl

@Suite("kubectl -v=8 and up: the bodies, the response headers, the curl line and the timings")
struct RequestBodiesTests {
    /// The stderr lines of a command as `file.go:N] message`, without klog's time and process ID.
    private func lines(_ err: String) -> [String] {
        err.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("I"), line.count > 30 else { return String(line) }
            return String(line.dropFirst(30))
        }
    }

    @Test("-v=8 logs the empty request body, the headers the apiserver sends, and the object it answered")
    func getLogsBodies() throws {
        let h = try KubectlHarness()
        let log = lines(h.run("get", "pod", "goweb", "-o", "name", "-v=8").err)
        #expect(log.contains("helper.go:105] \"Request Body\" body=\"\""))
        #expect(log.contains("round_trippers.go:584] Response Headers:"))
        let headers = log.filter { $0.hasPrefix("round_trippers.go:587]") }.map { $0.dropFirst(27).prefix { $0 != ":" } }
        #expect(
            headers == [
                "Audit-Id", "Cache-Control", "Content-Type", "Date", "X-Kubernetes-Pf-Flowschema-Uid",
                "X-Kubernetes-Pf-Prioritylevel-Uid",
            ])
        let body = try #require(log.first { $0.hasPrefix("helper.go:105] \"Response Body\"") })
        #expect(body.hasPrefix("helper.go:105] \"Response Body\" body=\"{\\\"kind\\\":\\\"Pod\\\",\\\"apiVersion\\\":\\\"v1\\\""))
        #expect(body.hasSuffix(" chars]\""))
    }

    @Test("a short answer ends with the serializer's newline, so klog writes it on lines of its own")
    func statusBody() throws {
        let h = try KubectlHarness()
        let log = lines(h.run("get", "pod", "nope", "-v=8").err)
        let start = try #require(log.firstIndex(of: "helper.go:105] \"Response Body\" body=<"))
        #expect(log[start + 1].hasPrefix("\t{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\""))
        #expect(log[start + 2] == " >")
        // A body that fits the HTTP/2 server's buffer is sent with its length.
        #expect(log.contains { $0.hasPrefix("round_trippers.go:587]     Content-Length: ") })
    }

    @Test("-v=9 logs a curl command, the dial of the first request only, and each round trip's timings")
    func curlAndTimings() throws {
        let h = try KubectlHarness()
        let log = lines(h.run("describe", "pod", "goweb", "-v=9").err)
        #expect(
            log.contains(
                "round_trippers.go:473] curl -v -XGET  -H \"Accept: application/json\" -H \"User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0\" 'https://172.22.0.1:6443/api/v1/namespaces/default/pods/goweb'"
            ))
        #expect(log.filter { $0.hasPrefix("round_trippers.go:517] HTTP Trace: Dial to tcp:172.22.0.1:6443 succeed") }.count == 1)
        let statistics = log.filter { $0.hasPrefix("round_trippers.go:577] HTTP Statistics: ") }
        #expect(statistics.first?.contains("TLSHandshake") == true)
        #expect(statistics.dropFirst().allSatisfy { $0.contains("GetConnection 0 ms") })
        #expect(!log.contains { $0.hasPrefix("round_trippers.go:476]") })
    }

    @Test("-v=10 logs bodies whole; -v=7 logs none")
    func wholeBodies() throws {
        let h = try KubectlHarness()
        let ten = lines(h.run("get", "pods", "-o", "json", "-v=10").err)
        #expect(ten.contains { $0.hasPrefix("helper.go:113] \"Response Body\" body=<") })
        #expect(!ten.contains { $0.contains("[truncated ") })
        #expect(!h.run("get", "pods", "-o", "json", "-v=7").err.contains("Body"))
    }

    @Test("a delete sends its options as the body, and answers with the object it marked for deletion")
    func deleteOptions() throws {
        let h = try KubectlHarness()
        let log = lines(h.run("delete", "pod", "goweb", "--wait=false", "-v=8").err)
        let start = try #require(log.firstIndex(of: "helper.go:202] \"Request Body\" body=<"))
        #expect(log[start + 1] == "\t{\"propagationPolicy\":\"Background\"}")
        #expect(log.contains { $0.hasPrefix("helper.go:202] \"Response Body\" body=\"{\\\"kind\\\":\\\"Pod\\\"") })
    }
}
