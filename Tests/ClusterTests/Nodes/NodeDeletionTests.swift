import KubeAPI
import Testing

@testable import Cluster

@Suite("A deleted node: its pods go after the pod collector's quarantine, and it comes back when its kubelet starts")
struct NodeDeletionTests {
    typealias F = NodeFixture
    private let worker = "tk8s-worker2"

    private func podsOnWorker(_ cluster: Cluster) -> [KubeObject] {
        cluster.list(.pods).filter { $0.nodeName == worker }
    }

    private func seconds(until condition: () -> Bool, _ cluster: Cluster, limit: Int = 120) -> Int? {
        for second in 0...limit {
            if condition() { return second }
            cluster.advance(seconds: 1)
        }
        return nil
    }

    @Test("its pods stay for at least the 40 s quarantine, and are gone within a minute")
    func quarantine() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(!podsOnWorker(cluster).isEmpty)
        try cluster.delete(.nodes, namespace: nil, name: worker)
        let waited = seconds(until: { podsOnWorker(cluster).isEmpty }, cluster)
        #expect(waited.map { $0 >= 40 && $0 <= 60 } == true)
    }

    @Test("each pod first turns Failed with the collector's DisruptionTarget condition, then is deleted at once")
    func disruptionCondition() throws {
        let cluster = try WorldFixture.tk8s()
        var pod = F.pod("held", spec: ["nodeName": .string(worker)])
        pod[path: "metadata.finalizers"] = ["example.com/hold"]
        try cluster.create(pod)
        cluster.advance(seconds: 10)
        try cluster.delete(.nodes, namespace: nil, name: worker)
        cluster.advance(seconds: 60)
        let held = try cluster.get(.pods, namespace: "default", name: "held")
        #expect(held[path: "status.phase"] == "Failed")
        #expect(held.metadata["deletionGracePeriodSeconds"] == 0)
        let condition = held[path: "status.conditions"].array.first { $0["type"] == "DisruptionTarget" }
        #expect(condition?["reason"] == "DeletionByPodGC")
        #expect(condition?["message"] == "PodGC: node no longer exists")
    }

    @Test("a Deployment's pods on it are replaced only once the collector has deleted them")
    func replacedAfterQuarantine() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 4))
        cluster.advance(seconds: 10)
        let onWorker = F.nodes(cluster, prefix: "web-").filter { $0 == worker }.count
        #expect(onWorker > 0)
        try cluster.delete(.nodes, namespace: nil, name: worker)
        cluster.advance(seconds: 20)
        #expect(F.nodes(cluster, prefix: "web-").filter { $0 == worker }.count == onWorker)
        cluster.advance(seconds: 60)
        let placed = F.nodes(cluster, prefix: "web-")
        #expect(placed.count == 4 && !placed.contains(worker))
    }

    @Test("the control plane's mirror pods, owned by its node, go with it while its static pods run on")
    func kubeletFinishesDeletions() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.delete(.nodes, namespace: nil, name: "tk8s-control-plane")
        cluster.advance(seconds: 35)
        let staticPods = cluster.list(.pods, namespace: "kube-system").filter { $0.annotations["kubernetes.io/config.mirror"] != nil }
        #expect(staticPods.isEmpty)
        cluster.advance(seconds: 60)
        #expect(cluster.isAPIServerServing)
    }

    @Test("the node stays gone while its kubelet runs")
    func staysGone() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.delete(.nodes, namespace: nil, name: worker)
        cluster.advance(seconds: 600)
        #expect(throws: APIError.self) { try cluster.get(.nodes, namespace: nil, name: worker) }
    }

    @Test("a kubelet restart registers it anew: new UID, the kubelet's labels, pod CIDR, TTL, DaemonSet pods, events")
    func registersOnKubeletRestart() throws {
        let cluster = try WorldFixture.tk8s()
        let before = try cluster.get(.nodes, namespace: nil, name: worker)
        try cluster.delete(.nodes, namespace: nil, name: worker)
        cluster.advance(seconds: 90)
        #expect(cluster.stopKubeletService(on: worker))
        #expect(cluster.startKubeletService(on: worker))
        let node = try cluster.get(.nodes, namespace: nil, name: worker)
        #expect(node.uid != before.uid)
        #expect(node.labels == before.labels)
        #expect(node.annotations["node.alpha.kubernetes.io/ttl"] == "0")
        #expect(node.annotations["volumes.kubernetes.io/controller-managed-attach-detach"] == "true")
        #expect(node.annotations["kubeadm.alpha.kubernetes.io/cri-socket"] == nil)
        #expect(node[path: "spec.podCIDR"] == before[path: "spec.podCIDR"])
        #expect(node.isReady)
        cluster.advance(seconds: 30)
        for daemon in ["canal-", "kube-proxy-"] {
            #expect(F.nodes(cluster, prefix: daemon, namespace: "kube-system").filter { $0 == worker }.count == 1)
        }
        let reasons = cluster.list(.events, namespace: "default").filter { $0[path: "involvedObject.uid"].string == node.uid }
            .map { $0[path: "reason"].string ?? "" }
        #expect(reasons.contains("Starting") && reasons.contains("RegisteredNode"))
    }

    @Test("a kubelet back within the quarantine keeps its pods: the collector finds the node again")
    func backWithinQuarantine() throws {
        let cluster = try WorldFixture.tk8s()
        let pods = podsOnWorker(cluster).map(\.uid)
        try cluster.delete(.nodes, namespace: nil, name: worker)
        cluster.advance(seconds: 10)
        cluster.stopKubeletService(on: worker)
        cluster.startKubeletService(on: worker)
        cluster.advance(seconds: 120)
        #expect(Set(podsOnWorker(cluster).map(\.uid)).isSuperset(of: pods))
    }

    @Test("a restarted node container and a host reboot register it too")
    func registersOnContainerRestartAndReboot() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.delete(.nodes, namespace: nil, name: worker)
        cluster.stopNode(worker, exitCode: 137)
        cluster.startNode(worker)
        #expect((try? cluster.get(.nodes, namespace: nil, name: worker)) != nil)
        try cluster.delete(.nodes, namespace: nil, name: "tk8s-worker1")
        cluster.rebootHost(downSeconds: 60)
        cluster.advance(seconds: 60)
        #expect((try? cluster.get(.nodes, namespace: nil, name: "tk8s-worker1")) != nil)
    }

    @Test("the control plane's kubelet registers no kubeadm labels: the control-plane role is kubeadm's")
    func controlPlaneLabels() throws {
        let cluster = try WorldFixture.tk8s()
        let registration = try #require(cluster.nodeContainer("tk8s-control-plane")?.registration)
        #expect(registration.labels["node-role.kubernetes.io/control-plane"] == nil)
        #expect(registration.labels["kubernetes.io/hostname"] == "tk8s-control-plane")
        #expect(registration.labels.count == 5)
    }

    @Test("node IPAM hands out the first free block from where it last stopped, and starts over when restarted")
    func nodeCIDRs() throws {
        var allocator = try #require(
            NodeCIDRAllocator(controllerManagerManifest: "    - --allocate-node-cidrs=true\n    - --cluster-cidr=10.244.0.0/21\n    - --node-cidr-mask-size=25\n"))
        let taken = ["10.244.0.0/25", "10.244.0.128/25"]
        #expect(allocator.allocate(taken: taken) == "10.244.1.0/25")
        #expect(allocator.allocate(taken: taken) == "10.244.1.128/25")
        allocator.restart()
        #expect(allocator.allocate(taken: taken) == "10.244.1.0/25")
    }
}
