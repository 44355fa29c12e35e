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

    @Test func aStoppedKubeletRefusesAndAStoppedNodeIsUnreachable() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.kubeletReach(on: "tk8s-worker1") == .serving)
        _ = cluster.stopKubeletService(on: "tk8s-worker1")
        #expect(cluster.kubeletReach(on: "tk8s-worker1") == .refused)
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        #expect(cluster.kubeletReach(on: "tk8s-worker2") == .unreachable(milliseconds: NetworkTimings.arpFailureMilliseconds))
    }
}
