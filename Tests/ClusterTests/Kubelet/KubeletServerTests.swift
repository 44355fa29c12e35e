import KubeAPI
import Testing

@testable import Cluster

/// The kubelet's own HTTPS server, as the apiserver's node proxy reaches it.
@Suite struct KubeletServerTests {
    private func json(_ text: String) throws -> JSONValue {
        try #require(try YAMLDecoding.documents(text).first)
    }

    @Test func healthzAnswersOkAndOtherPathsAreTheMuxs404() throws {
        let cluster = try WorldFixture.tk8s()
        let health = cluster.kubeletResponse(on: "tk8s-worker1", target: "/healthz")
        #expect(health.status == 200 && health.body == "ok")
        #expect(health.headers.contains("Content-Length: 2") && health.headers.contains("X-Content-Type-Options: nosniff"))
        let missing = cluster.kubeletResponse(on: "tk8s-worker1", target: "/nothing")
        #expect(missing.status == 404 && missing.body == "404 page not found\n")
    }

    @Test func healthzListsItsChecksWhenVerboseAndServesEachOne() throws {
        let cluster = try WorldFixture.tk8s()
        let verbose = cluster.kubeletResponse(on: "tk8s-worker1", target: "/healthz?verbose")
        #expect(verbose.body == "[+]ping ok\n[+]log ok\n[+]syncloop ok\nhealthz check passed\n")
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", target: "/healthz/syncloop").body == "ok")
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", target: "/healthz/etcd").status == 404)
    }

    @Test func configzIsTheLabsFileAndFlagsOverTheDefaultsInFieldOrder() throws {
        let cluster = try WorldFixture.tk8s()
        let body = cluster.kubeletResponse(on: "tk8s-worker1", target: "/configz").body
        #expect(body.hasPrefix(#"{"kubeletconfig":{"enableServer":true,"staticPodPath":"/etc/kubernetes/manifests","podLogsDir":"/var/log/pods","syncFrequency":"1m0s""#))
        #expect(body.hasSuffix(#""containerRuntimeEndpoint":"unix:///run/containerd/containerd.sock","failCgroupV1":false}}"#))
        let config = try json(body)["kubeletconfig"]
        #expect(config["maxPods"] == 80)
        #expect(config["cgroupDriver"] == "systemd")
        #expect(config["containerLogMaxSize"] == "1Mi")
        #expect(config["nodeStatusReportFrequency"] == "5m0s")
        #expect(config["tlsCertFile"] == "/var/lib/kubelet/pki/kubelet.crt")
        #expect(config[path: "logging.flushFrequency"] == "5s")
        #expect(config["memorySwap"] == [:] && config["crashLoopBackOff"] == [:])
    }

    @Test func explicitValuesAndFlagsWinOverDefaults() throws {
        var source = NodeKubeletConfigs.Source()
        source.file = [
            "registryPullQPS": 0, "nodeStatusUpdateFrequency": "20s", "serverTLSBootstrap": true,
            "authentication": ["anonymous": ["enabled": true]],
        ]
        source.flags = ["--max-pods=30", "--cgroup-root=/kubelet", "--node-ip=10.0.0.1"]
        let config = try json(KubeletConfigz.body(source))["kubeletconfig"]
        #expect(config["registryPullQPS"] == 0)
        #expect(config["nodeStatusReportFrequency"] == "20s")
        #expect(config["maxPods"] == 30 && config["cgroupRoot"] == "/kubelet")
        #expect(config[path: "authentication.anonymous.enabled"] == true)
        #expect(config[path: "authentication.webhook.cacheTTL"] == "2m0s")
        #expect(config["tlsCertFile"].isNull)
        #expect(config["cgroupDriver"] == "cgroupfs")
    }

    @Test func environmentFilesGiveTheirWords() {
        let text = "# comment\nKUBELET_KUBEADM_ARGS=\"--a=1 --b=2\"\nKUBELET_EXTRA_ARGS=--c=3\n"
        #expect(NodeKubeletConfigs.flags(inEnvironmentFile: text) == ["--a=1", "--b=2", "--c=3"])
    }

    @Test func podsListsTheNodesPodsWithStaticPodsAsReadFromTheirFiles() throws {
        let cluster = try WorldFixture.tk8s()
        let body = cluster.kubeletResponse(on: "tk8s-control-plane", target: "/pods").body
        #expect(body.hasPrefix(#"{"kind":"PodList","apiVersion":"v1","metadata":{},"items":[{"metadata":"#) && body.hasSuffix("]}\n"))
        let items = try json(body)["items"].array
        let mirror = try cluster.get(.pods, namespace: "kube-system", name: "etcd-tk8s-control-plane")
        let etcd = try #require(items.first { $0[path: "metadata.name"] == "etcd-tk8s-control-plane" })
        #expect(etcd[path: "metadata.uid"].string == mirror.annotations["kubernetes.io/config.hash"])
        #expect(etcd[path: "metadata.creationTimestamp"].isNull && etcd[path: "metadata.resourceVersion"].isNull)
        #expect(etcd[path: "metadata.annotations"]["kubernetes.io/config.mirror"].isNull)
        #expect(etcd[path: "metadata.ownerReferences"].isNull)
        let onNode = cluster.list(.pods).filter { $0.nodeName == "tk8s-control-plane" }.count
        #expect(items.count == onNode)
        #expect(items.allSatisfy { $0["kind"].isNull && $0[path: "spec.nodeName"] == "tk8s-control-plane" })
    }

    @Test func restfulRoutesRefuseOtherMethodsWhileTheMuxHandlersAnswerAny() throws {
        let cluster = try WorldFixture.tk8s()
        let pods = cluster.kubeletResponse(on: "tk8s-worker1", method: "HEAD", target: "/pods")
        #expect(pods.status == 405 && pods.body == "405: Method Not Allowed")
        #expect(pods.headers.contains("Allow: GET") && pods.headers.contains("Content-Length: 23"))
        #expect(!pods.headers.contains("X-Content-Type-Options: nosniff"))
        let stats = cluster.kubeletResponse(on: "tk8s-worker1", method: "HEAD", target: "/stats/summary")
        #expect(stats.status == 405 && stats.headers.contains("Allow: GET, POST"))
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", method: "POST", target: "/stats/summary").status == 200)
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", method: "HEAD", target: "/healthz").status == 200)
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", method: "HEAD", target: "/configz").status == 200)
    }

    @Test func aPathBelowAWebServiceThatNoRouteTakesIsGoRestfulsOwn404() throws {
        let cluster = try WorldFixture.tk8s()
        for target in ["/pods/extra", "/stats/", "/stats/container"] {
            let response = cluster.kubeletResponse(on: "tk8s-worker1", target: target)
            #expect(response.status == 404 && response.body == "404: Page Not Found")
        }
        #expect(cluster.kubeletResponse(on: "tk8s-worker1", target: "/podsx").body == "404 page not found\n")
    }

    @Test func theStatsRootWithoutItsSlashIsTheMuxsRedirect() throws {
        let cluster = try WorldFixture.tk8s()
        let response = cluster.kubeletResponse(on: "tk8s-worker1", target: "/stats?a=1&b=2")
        #expect(response.status == 301 && response.headers.contains("Location: /stats/?a=1&b=2"))
        #expect(response.body == "<a href=\"/stats/?a=1&amp;b=2\">Moved Permanently</a>.\n\n")
        let head = cluster.kubeletResponse(on: "tk8s-worker1", method: "HEAD", target: "/stats")
        #expect(head.status == 301 && head.body.isEmpty && !head.headers.contains { $0.hasPrefix("Content-Length") })
    }

    @Test func podsComeInANewOrderEachTimeTheSameForTheSameHistory() throws {
        func names(_ cluster: Cluster) throws -> [String] {
            try json(cluster.kubeletResponse(on: "tk8s-control-plane", target: "/pods").body)["items"].array.compactMap {
                $0[path: "metadata.name"].string
            }
        }
        let cluster = try WorldFixture.tk8s()
        let first = try names(cluster)
        let second = try names(cluster)
        #expect(first != second && first.sorted() == second.sorted())
        #expect(try names(WorldFixture.tk8s()) == first)
    }

    @Test func statsSummaryGivesTheUsageMetricsServerReports() throws {
        let cluster = try WorldFixture.tk8s()
        let body = cluster.kubeletResponse(on: "tk8s-worker1", target: "/stats/summary").body
        #expect(body.hasPrefix("{\n \"node\": {\n  \"nodeName\": \"tk8s-worker1\",\n  \"startTime\": ") && body.hasSuffix("]\n}"))
        let summary = try json(body)
        let node = try #require(cluster.nodeMetrics().first { $0.name == "tk8s-worker1" })
        #expect(summary[path: "node.cpu.usageNanoCores"].int == Int(node.usage.cpuMillicores) * 1_000_000)
        #expect(summary[path: "node.memory.workingSetBytes"].int == Int(node.usage.memoryBytes))
        #expect(summary[path: "node.memory.rssBytes"].isNull && summary[path: "node.fs"].isNull)
        let metrics = cluster.podMetrics(namespace: nil)
        for pod in summary["pods"].array {
            let name = try #require(pod[path: "podRef.name"].string)
            let expected = try #require(metrics.first { $0.name == name })
            for container in pod["containers"].array {
                let usage = try #require(expected.containers.first { $0.name == container["name"].string }).usage
                #expect(container[path: "cpu.usageNanoCores"].int == Int(usage.cpuMillicores) * 1_000_000)
                #expect(container[path: "memory.workingSetBytes"].int == Int(usage.memoryBytes))
                #expect(container[path: "memory.availableBytes"].isNull)
            }
        }
        #expect(summary["pods"].array.count == cluster.list(.pods).filter { $0.nodeName == "tk8s-worker1" && $0[path: "status.phase"] == "Running" }.count)
    }

    @Test func aStoppedKubeletRefusesAndAStoppedNodeIsUnreachable() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.kubeletReach(on: "tk8s-worker1") == .serving)
        _ = cluster.stopKubeletService(on: "tk8s-worker1")
        #expect(cluster.kubeletReach(on: "tk8s-worker1") == .refused)
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        #expect(cluster.kubeletReach(on: "tk8s-worker2") == .unreachable(milliseconds: NetworkTimings.arpFailureMilliseconds))
    }
}
