import Foundation
import KubeAPI
import Testing

@testable import Cluster

@Suite("kube-proxy runs in the mode its ConfigMap gave it when its pod started")
struct KubeProxyModeTests {
    /// The ConfigMap with `config.conf`'s mode line changed.
    private func setMode(_ mode: String, in cluster: Cluster) throws {
        var map = try #require(cluster.list(.configMaps, namespace: "kube-system").first { $0.name == "kube-proxy" })
        let text = try #require(map[path: "data"]["config.conf"].string)
        map[path: "data"] = ["config.conf": .string(text.replacingOccurrences(of: "mode: nftables", with: "mode: \(mode)")),
            "kubeconfig.conf": map[path: "data"]["kubeconfig.conf"]]
        _ = try cluster.replace(map)
    }

    @Test("every node starts in the lab's nftables mode, with kubeadm's cluster CIDR")
    func labMode() throws {
        let cluster = try WorldFixture.tk8s()
        for node in ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"] {
            let configuration = try #require(cluster.kubeProxyConfiguration(on: node))
            #expect(configuration.mode == "nftables")
            #expect(configuration.clusterCIDR == "10.244.0.0/21")
            #expect(configuration.masqueradeBit == 14)
        }
    }

    @Test("editing the ConfigMap changes nothing until a pod restarts; a new pod reads the new mode")
    func restartPicksUpMode() throws {
        let cluster = try WorldFixture.tk8s()
        try setMode("iptables", in: cluster)
        #expect(cluster.kubeProxyConfiguration(on: "tk8s-worker2")?.mode == "nftables")
        let pod = try #require(cluster.list(.pods, namespace: "kube-system").first {
            $0.labels["k8s-app"] == "kube-proxy" && $0[path: "spec.nodeName"].string == "tk8s-worker2"
        })
        _ = try cluster.delete(.pods, namespace: "kube-system", name: pod.name)
        cluster.advance(seconds: 60)
        #expect(cluster.kubeProxyConfiguration(on: "tk8s-worker2")?.mode == "iptables")
        #expect(cluster.kubeProxyConfiguration(on: "tk8s-worker1")?.mode == "nftables")
    }

    @Test("an empty mode is iptables; an unknown mode or kind is not a configuration")
    func parsing() {
        #expect(KubeProxyConfiguration(yaml: "kind: KubeProxyConfiguration\nmode: \"\"\n")?.mode == "iptables")
        #expect(KubeProxyConfiguration(yaml: "kind: KubeProxyConfiguration\nmode: ipvs\nipvs:\n  scheduler: lc\n")?.ipvsScheduler == "lc")
        #expect(KubeProxyConfiguration(yaml: "kind: KubeProxyConfiguration\nmode: userspace\n") == nil)
        #expect(KubeProxyConfiguration(yaml: "kind: KubeletConfiguration\n") == nil)
        #expect(KubeProxyConfiguration(yaml: "{{{") == nil)
    }

    @Test("no kube-proxy runs on a stopped node container")
    func stoppedNode() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopNode("tk8s-worker1", exitCode: 137)
        #expect(cluster.kubeProxyConfiguration(on: "tk8s-worker1") == nil)
    }
}
