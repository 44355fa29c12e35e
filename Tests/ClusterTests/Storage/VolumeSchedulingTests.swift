import KubeAPI
import Testing

@testable import Cluster

@Suite("The scheduler's VolumeBinding plugin")
struct VolumeSchedulingTests {
    private func scheduledCondition(_ cluster: Cluster, _ pod: String) throws -> JSONValue {
        try cluster.get(.pods, namespace: "default", name: pod)[path: "status.conditions"][0]
    }

    @Test("a pod whose claim does not exist is unschedulable everywhere")
    func missingClaim() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.pod("app", claim: "nope"))
        #expect(
            try scheduledCondition(cluster, "app")["message"]
                == "0/3 nodes are available: persistentvolumeclaim \"nope\" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        )
    }

    @Test("a pod whose claim of an immediate class is unbound waits for it")
    func unboundImmediate() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data", storageClass: "manual"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        #expect(
            try scheduledCondition(cluster, "app")["message"]
                == "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        )
        try cluster.create(StorageFixture.volume("disk"))
        cluster.advance(seconds: 15)
        #expect(try cluster.get(.pods, namespace: "default", name: "app")[path: "spec.nodeName"].string != nil)
    }

    @Test("a pod follows its bound volume's node affinity")
    func followsVolumeAffinity() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("first", claim: "data"))
        cluster.advance(seconds: 10)
        let node = try #require(cluster.get(.pods, namespace: "default", name: "first").nodeName)
        try cluster.delete(.pods, namespace: "default", name: "first")
        cluster.advance(seconds: 60)
        for name in ["second", "third"] {
            try cluster.create(StorageFixture.pod(name, claim: "data"))
            #expect(try cluster.get(.pods, namespace: "default", name: name).nodeName == node)
        }
    }

    @Test("a WaitForFirstConsumer claim takes a matching volume made by hand on the chosen node")
    func staticVolumeForDelayedClaim() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.volume("local-disk", storageClass: "local-path"))
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        let claim = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")
        #expect(claim[path: "spec.volumeName"] == "local-disk")
        #expect(cluster.list(.persistentVolumes).count == 1)
    }

    @Test("with no volume to take and no provisioner to make one, the filter says so per node")
    func nothingToBind() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            KubeObject([
                "apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": ["name": "manual-local"],
                "provisioner": "kubernetes.io/no-provisioner", "volumeBindingMode": "WaitForFirstConsumer",
            ]))
        try cluster.create(StorageFixture.claim("data", storageClass: "manual-local"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        #expect(
            try scheduledCondition(cluster, "app")["message"]
                == "0/3 nodes are available: 3 node(s) didn't find available persistent volumes to bind. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        )
    }

    @Test("a waiting claim whose pod cannot be placed says it waits for that pod")
    func waitsForPodScheduled() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        var pod = StorageFixture.pod("huge", claim: "data")
        var container = pod[path: "spec.containers"][0]
        container["resources"] = ["requests": ["cpu": "100"]]
        pod[path: "spec.containers"] = [container]
        try cluster.create(pod)
        cluster.advance(seconds: 15)
        let events = StorageFixture.events(cluster, about: "data")
        #expect(events.last?.reason == "WaitForPodScheduled")
        #expect(events.last?.message == "waiting for pod huge to be scheduled")
    }
}
