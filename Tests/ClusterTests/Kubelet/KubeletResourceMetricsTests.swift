import KubeAPI
import Testing

@testable import Cluster

/// The kubelet's `/metrics/resource`, Prometheus' text over the figures of `/stats/summary`.
@Suite struct KubeletResourceMetricsTests {
    @Test func familiesComeByNameWithTheirHelpAndTypeAndTheScrapeErrorLast() throws {
        let cluster = try WorldFixture.tk8s()
        let response = cluster.kubeletResponse(on: "tk8s-worker1", target: "/metrics/resource")
        #expect(response.status == 200)
        #expect(response.headers.first == "Content-Type: text/plain; version=0.0.4; charset=utf-8; escaping=underscores")
        let helps = response.body.split(separator: "\n").filter { $0.hasPrefix("# HELP ") }.map { $0.split(separator: " ")[2] }
        #expect(helps == [
            "container_cpu_usage_seconds_total", "container_memory_working_set_bytes", "container_start_time_seconds",
            "node_cpu_usage_seconds_total", "node_memory_working_set_bytes", "pod_cpu_usage_seconds_total",
            "pod_memory_working_set_bytes", "resource_scrape_error",
        ])
        #expect(response.body.contains("# HELP node_memory_working_set_bytes [STABLE] Current working set of the node in bytes\n# TYPE node_memory_working_set_bytes gauge\n"))
        #expect(response.body.hasSuffix("# TYPE resource_scrape_error gauge\nresource_scrape_error 0\n"))
        #expect(!response.body.contains("scrape_error [ALPHA]"))
    }

    @Test func samplesAreTheSummarysFiguresInGosFloatFormStampedInMilliseconds() throws {
        let cluster = try WorldFixture.tk8s()
        let summary = cluster.kubeletSummary(on: "tk8s-worker1", order: { $0 })
        let body = cluster.kubeletResponse(on: "tk8s-worker1", target: "/metrics/resource").body
        let stamp = cluster.now.milliseconds
        let memory = try #require(summary[path: "node.memory.workingSetBytes"].int)
        #expect(body.contains("\nnode_memory_working_set_bytes \(GoFloat.g(Double(memory))) \(stamp)\n"))
        let cpu = try #require(summary[path: "node.cpu.usageCoreNanoSeconds"].int)
        #expect(body.contains("\nnode_cpu_usage_seconds_total \(GoFloat.g(Double(cpu) / 1e9)) \(stamp)\n"))
        let pod = try #require(summary["pods"].array.first)
        let name = pod[path: "podRef.name"].string ?? "", namespace = pod[path: "podRef.namespace"].string ?? ""
        #expect(body.contains("\npod_memory_working_set_bytes{namespace=\"\(namespace)\",pod=\"\(name)\"} "))
        let container = try #require(pod["containers"].array.first)
        let start = try #require(container["startTime"].string.flatMap(Timestamp.init(rfc3339:)))
        #expect(body.contains(
            "\ncontainer_start_time_seconds{container=\"\(container["name"].string ?? "")\",namespace=\"\(namespace)\",pod=\"\(name)\"} \(GoFloat.g(Double(start.seconds)))\n"))
    }

    @Test func samplesAreOrderedByTheirLabelValues() throws {
        let cluster = try WorldFixture.tk8s()
        let body = cluster.kubeletResponse(on: "tk8s-control-plane", target: "/metrics/resource").body
        let pods = body.split(separator: "\n").filter { $0.hasPrefix("pod_cpu_usage_seconds_total{") }.map { String($0.split(separator: "}")[0]) }
        #expect(pods.count > 3 && pods == pods.sorted())
    }

    @Test func anyMethodIsAnsweredAndOnlyTheExactPath() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", method: "POST", target: "/metrics/resource").status == 200)
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", target: "/metrics/resource/").status == 404)
    }

    @Test func readingTheMetricsLeavesTheSeededOrderOfLaterAnswersAlone() throws {
        let reading = try WorldFixture.tk8s()
        _ = reading.kubeletResponse(on: "tk8s-worker1", target: "/metrics/resource")
        let untouched = try WorldFixture.tk8s()
        #expect(reading.kubeletStatsSummary(on: "tk8s-worker1") == untouched.kubeletStatsSummary(on: "tk8s-worker1"))
    }
}
