import Cluster
import KubeAPI
import Testing

/// `kubectl autoscale`: a v1 HorizontalPodAutoscaler, stored by the apiserver as v2.
@Suite("kubectl autoscale")
struct AutoscaleTests {
    @Test("autoscaled, and stored with a CPU utilization metric")
    func autoscaled() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        #expect(h.run("autoscale", "deployment", "web", "--max=5", "--cpu-percent=50").out
            == "horizontalpodautoscaler.autoscaling/web autoscaled\n")
        let hpa = try h.cluster.get(.horizontalPodAutoscalers, namespace: "default", name: "web")
        #expect(hpa.apiVersion == "autoscaling/v2")
        #expect(hpa[path: "spec.minReplicas"] == 1)
        #expect(hpa[path: "spec.metrics"][0]["resource"]["target"]["averageUtilization"] == 50)
    }

    @Test("a client dry run says created, and flags are checked first")
    func dryRunAndErrors() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        #expect(h.run("autoscale", "deploy/web", "--max=2", "--dry-run=client").out
            == "horizontalpodautoscaler.autoscaling/web created (dry run)\n")
        #expect(h.run("autoscale", "deploy/web").err == "error: required flag(s) \"max\" not set\n")
        #expect(h.run("autoscale", "deploy/web", "--max=1", "--min=2").err
            == "error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 1, min: 2\n")
        #expect(h.cluster.list(.horizontalPodAutoscalers).isEmpty)
    }
}
