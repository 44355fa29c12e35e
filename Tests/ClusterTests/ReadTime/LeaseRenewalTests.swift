import KubeAPI
import Testing

@testable import Cluster

@Suite("Leases: kubelets renew their node's every 10 s, the leader-election holders theirs every 2 s")
struct LeaseRenewalTests {
    private func renewTime(_ cluster: Cluster, _ namespace: String, _ name: String) throws -> String {
        try cluster.get(.leases, namespace: namespace, name: name)[path: "spec.renewTime"].string ?? ""
    }

    private func seconds(_ microTime: String) -> Int64 {
        Timestamp(rfc3339: String(microTime.prefix(19)) + "Z")?.seconds ?? 0
    }

    @Test("the world has a lease per node held by the node, owned by it, and the control plane's leases")
    func worldLeases() throws {
        let cluster = try WorldFixture.tk8s()
        let nodeLeases = cluster.list(.leases, namespace: "kube-node-lease")
        #expect(nodeLeases.map(\.name) == ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"])
        for lease in nodeLeases {
            #expect(lease[path: "spec.holderIdentity"].string == lease.name)
            #expect(lease[path: "spec.leaseDurationSeconds"].int == 40)
            let node = try cluster.get(.nodes, namespace: nil, name: lease.name)
            #expect(lease.metadata["ownerReferences"][0]["uid"].string == node.uid)
        }
        let system = cluster.list(.leases, namespace: "kube-system").map(\.name)
        #expect(system.contains("kube-controller-manager") && system.contains("kube-scheduler"))
        #expect(system.contains { $0.hasPrefix("apiserver-") })
    }

    @Test("renewTime is a microsecond time at most one interval old, and moves with the clock")
    func renewsOverTime() throws {
        let cluster = try WorldFixture.tk8s()
        let first = try renewTime(cluster, "kube-node-lease", "tk8s-worker1")
        #expect(first.count == "2025-04-23T07:24:50.929586Z".count && first.hasSuffix("Z"))
        #expect(cluster.now.seconds - seconds(first) <= 10)
        cluster.advance(seconds: 25)
        let later = try renewTime(cluster, "kube-node-lease", "tk8s-worker1")
        #expect(seconds(later) - seconds(first) == 20 || seconds(later) - seconds(first) == 30)
        #expect(later.suffix(8) == first.suffix(8))
        let scheduler = try renewTime(cluster, "kube-system", "kube-scheduler")
        #expect(cluster.now.seconds - seconds(scheduler) <= 2)
    }

    @Test("a stopped node container or kubelet service stops renewing; the other nodes go on")
    func stoppedHoldersStop() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.advance(seconds: 5)
        cluster.stopNode("tk8s-worker1", exitCode: 137)
        cluster.stopKubeletService(on: "tk8s-worker2")
        let worker1 = try renewTime(cluster, "kube-node-lease", "tk8s-worker1")
        let worker2 = try renewTime(cluster, "kube-node-lease", "tk8s-worker2")
        cluster.advance(seconds: 60)
        #expect(try renewTime(cluster, "kube-node-lease", "tk8s-worker1") == worker1)
        #expect(try renewTime(cluster, "kube-node-lease", "tk8s-worker2") == worker2)
        #expect(cluster.now.seconds - seconds(try renewTime(cluster, "kube-node-lease", "tk8s-control-plane")) <= 10)
        cluster.startKubeletService(on: "tk8s-worker2")
        cluster.advance(seconds: 1)
        #expect(try renewTime(cluster, "kube-node-lease", "tk8s-worker2") != worker2)
    }

    @Test("the server table shows each lease's holder")
    func table() throws {
        let cluster = try WorldFixture.tk8s()
        let leases = cluster.list(.leases, namespace: "kube-node-lease")
        let table = cluster.table(.leases, leases)
        #expect(table.columns.map(\.name) == ["Name", "Holder", "Age"])
        #expect(table.rows[1].cells[1] == "tk8s-worker1")
    }
}
