import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

@Suite("busybox nslookup against a ClusterIP kube-proxy rejects (CoreDNS scaled to 0)")
struct BusyboxNslookupRefusedTests {
    private static let worldDirectory: String = {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast(3)
        return path.joined(separator: "/") + "/lessons/worlds/tk8s"
    }()

    /// A lab with a busybox pod `bb` and CoreDNS scaled to 0.
    private func lab() throws -> HostLab {
        let lab = HostLab(world: try World.load(directory: Self.worldDirectory))
        for line in [
            "kubectl run bb --image=busybox:1.36 -- sleep 3600", "sleep 20",
            "kubectl -n kube-system scale deployment coredns --replicas=0", "sleep 40",
        ] {
            _ = lab.run(line, sink: OutputBuffer())
        }
        return lab
    }

    private func run(_ lab: HostLab, _ line: String) -> (out: String, err: String, seconds: Int64) {
        let buffer = OutputBuffer()
        let before = lab.cluster.now
        _ = lab.run(line, sink: buffer)
        return (buffer.stdout, buffer.stderr, (lab.cluster.now.milliseconds - before.milliseconds) / 1000)
    }

    @Test("A and AAAA together: the second write fails at once and no time passes")
    func twoQueries() throws {
        let lab = try lab()
        let result = run(lab, "kubectl exec bb -- nslookup kubernetes")
        #expect(result.err.hasPrefix("nslookup: write to '10.98.0.10': Connection refused\n"))
        #expect(result.out == ";; connection timed out; no servers could be reached\n\n")
        #expect(result.seconds == 0)
    }

    @Test("one query: a refused read after each of the -retry sends, then the whole timeout")
    func oneQuery() throws {
        let lab = try lab()
        let first = run(lab, "kubectl exec bb -- nslookup -type=a kubernetes.default")
        #expect(first.err.hasPrefix(String(repeating: "nslookup: read: Connection refused\n", count: 2)))
        #expect(first.seconds == 5)
        let second = run(lab, "kubectl exec bb -- nslookup -retry=3 -timeout=2 10.98.0.1")
        #expect(second.err.hasPrefix(String(repeating: "nslookup: read: Connection refused\n", count: 3)))
        #expect(second.seconds == 2)
    }
}
