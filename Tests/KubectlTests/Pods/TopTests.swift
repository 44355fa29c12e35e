import Cluster
import KubeAPI
import Testing
@testable import Kubectl

@Suite struct TopTests {
    @Test func nodesShowUsageAndShareOfAllocatable() throws {
        let result = try KubectlHarness().run("top", "node")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "NAME                 CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   ")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("tk8s-control-plane   "))
    }

    @Test func containerUsageComesFromTheImageCatalogAndLimits() throws {
        let harness = try KubectlHarness()
        _ = harness.run("create", "deployment", "busy", "--image=polinux/stress", "--", "stress", "--cpu", "2")
        harness.cluster.advance(seconds: 60)
        #expect(harness.run("top", "pod", "-l", "app=busy", "--no-headers").out.contains("   2001m   1Mi"))
        _ = harness.run("set", "resources", "deployment", "busy", "--limits=cpu=500m")
        harness.cluster.advance(seconds: 120)
        #expect(harness.run("top", "pod", "-l", "app=busy", "--no-headers").out.contains("   500m   1Mi"))
    }

    @Test func percentTruncatesAsGoDoes() {
        #expect(TopNode.percent(175, of: 4000) == "4%")
        #expect(TopNode.percent(1, of: 0) == "0%")
    }

    @Test func aYoungPodHasNoMetricsYet() throws {
        let harness = try KubectlHarness()
        _ = harness.run("run", "web", "--image=nginx")
        #expect(harness.run("top", "pod", "web").err
            == "Error from server (NotFound): podmetrics.metrics.k8s.io \"default/web\" not found\n")
        harness.cluster.advance(seconds: 40)
        #expect(harness.run("top", "pod", "web").out.contains("web    1m           9Mi"))
    }

    @Test func withMetricsServerDownTheAggregatorCannotServeTheAPI() throws {
        let harness = try KubectlHarness()
        _ = harness.run("-n", "kube-system", "scale", "deployment", "metrics-server", "--replicas=0")
        harness.cluster.advance(seconds: 60)
        #expect(harness.run("top", "node").err
            == "Error from server (ServiceUnavailable): the server is currently unable to handle the request (get nodes.metrics.k8s.io)\n")
        #expect(harness.run("top", "pod", "goweb").err
            == "Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io goweb)\n")
    }

    @Test func withoutItsAPIServiceThereIsNoMetricsAPI() throws {
        let harness = try KubectlHarness()
        _ = harness.run("delete", "apiservice", "v1beta1.metrics.k8s.io")
        #expect(harness.run("top", "node").err == "error: Metrics API not available\n")
        #expect(harness.run("top", "pod").err == "error: Metrics API not available\n")
    }
}
