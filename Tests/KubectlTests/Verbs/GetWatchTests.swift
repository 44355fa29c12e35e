import Cluster
import KubeAPI
import Kubectl
import Testing

/// `get -w`: the list, then each change as the clock moves, until the objects stay quiet.
@Suite("kubectl get --watch against the tk8s lab")
struct GetWatchTests {
    @Test("a new pod's progress: one header, then one row per change; the watch ends a minute after the last")
    func podStarting() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "web", "--image=nginx")
        let start = lab.cluster.now
        let result = lab.run("get", "pods", "-w")
        #expect(result.code == 0)
        #expect(result.err == "")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME    READY   STATUS") == true)
        #expect(lines.filter { $0.hasPrefix("NAME") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("web     0/1     ContainerCreating") })
        #expect(lines.last?.hasPrefix("web     1/1     Running") == true)
        #expect(lab.cluster.now.milliseconds(since: start) >= 60_000)
    }

    @Test("--output-watch-events adds the EVENT column; --watch-only skips the list")
    func events() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "web", "--image=nginx")
        let result = lab.run("get", "pods", "--watch-only", "--output-watch-events")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("EVENT      NAME   READY   STATUS") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("MODIFIED   web ") })
        #expect(!result.out.contains("goweb"))
    }

    @Test("a deleted object's last row comes as DELETED")
    func deletion() throws {
        let lab = try KubectlHarness()
        _ = lab.run("delete", "pod", "goweb", "--wait=false")
        let result = lab.run("get", "pod", "goweb", "-w", "--output-watch-events", "-o", "name")
        // The list, then the kubelet's final status, its delete with grace period 0, and the removal.
        #expect(result.out == String(repeating: "pod/goweb\n", count: 4))
        let events = lab.run("get", "pods", "--watch-only", "-o", "json", "--output-watch-events")
        #expect(events.out == "")
    }

    @Test("kubectl's refusals")
    func refusals() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("get", "pods,svc", "-w").err == "error: you may only specify a single resource type\n")
        #expect(
            lab.run("get", "pods", "--output-watch-events").err
                == "error: --output-watch-events option can only be used with --watch or --watch-only\n")
        let sorted = lab.run("get", "pods", "-w", "--sort-by=.metadata.name", "--request-timeout=5s")
        #expect(sorted.err == "warning: --watch or --watch-only requested, --sort-by will be ignored\n")
        let two = lab.run("get", "pod", "goweb", "goweb", "-w")
        #expect(two.err == "error: you may only watch a single resource or type of resource at a time\n")
    }
}
