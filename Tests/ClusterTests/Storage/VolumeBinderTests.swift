import Cluster
import KubeAPI
import Testing

@Suite("The PV controller binds claims to volumes and keeps waiting claims Pending")
struct VolumeBinderTests {
    @Test("a claim of a WaitForFirstConsumer class waits, and says so again at every 15 s resync")
    func waitsForFirstConsumer() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        cluster.advance(seconds: 30)
        let claim = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")
        #expect(claim[path: "status.phase"] == "Pending")
        let events = StorageFixture.events(cluster, about: "data")
        #expect(events.map(\.reason) == ["WaitForFirstConsumer"])
        #expect(events.first?.message == "waiting for first consumer to be created before binding")
        #expect(events.first?.count == 3)
    }

    @Test("a claim binds the smallest Available volume of its class with the access modes it asks for")
    func staticBinding() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.volume("large", size: "5Gi", modes: ["ReadWriteOnce", "ReadWriteMany"]))
        try cluster.create(StorageFixture.volume("small", size: "1Gi"))
        try cluster.create(StorageFixture.volume("other-class", storageClass: "slow", size: "1Gi"))
        try cluster.create(StorageFixture.claim("one", storageClass: "manual", size: "500Mi"))
        try cluster.create(StorageFixture.claim("many", storageClass: "manual", size: "1Gi", modes: ["ReadWriteMany"]))
        let one = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "one")
        #expect(one[path: "spec.volumeName"] == "small")
        #expect(one[path: "status.phase"] == "Bound")
        #expect(one[path: "status.capacity.storage"] == "1Gi")
        #expect(one.annotations["pv.kubernetes.io/bind-completed"] == "yes")
        #expect(one.annotations["pv.kubernetes.io/bound-by-controller"] == "yes")
        let many = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "many")
        #expect(many[path: "spec.volumeName"] == "large")
        let small = try cluster.get(.persistentVolumes, namespace: nil, name: "small")
        #expect(small[path: "status.phase"] == "Bound")
        #expect(small[path: "spec.claimRef.name"] == "one")
        #expect(small[path: "spec.claimRef.uid"].string == one.uid)
        #expect(small.annotations["pv.kubernetes.io/bound-by-controller"] == "yes")
        #expect(small[path: "spec.persistentVolumeReclaimPolicy"] == "Retain")
        #expect(small.metadata["finalizers"] == ["kubernetes.io/pv-protection"])
        #expect(
            try cluster.get(.persistentVolumes, namespace: nil, name: "other-class")[path: "status.phase"]
                == "Available")
    }

    @Test("a selector keeps a claim Pending until a volume's labels match; a missing class cannot provision")
    func selectorAndMissingClass() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.volume("plain"))
        try cluster.create(StorageFixture.claim("picky", storageClass: "manual", selector: ["tier": "gold"]))
        #expect(
            try cluster.get(.persistentVolumeClaims, namespace: "default", name: "picky")[path: "status.phase"]
                == "Pending")
        let failed = StorageFixture.events(cluster, about: "picky").first
        #expect(failed?.reason == "ProvisioningFailed")
        #expect(failed?.message == "storageclass.storage.k8s.io \"manual\" not found")
        var volume = try cluster.get(.persistentVolumes, namespace: nil, name: "plain")
        volume[path: "metadata.labels"] = ["tier": "gold"]
        try cluster.replace(volume)
        cluster.advance(seconds: 15)
        #expect(
            try cluster.get(.persistentVolumeClaims, namespace: "default", name: "picky")[path: "spec.volumeName"]
                == "plain")
    }

    @Test("a claim with no class and no volume says no storage class is set")
    func noClass() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("bare", storageClass: nil))
        let event = StorageFixture.events(cluster, about: "bare").first
        #expect(event?.reason == "FailedBinding")
        #expect(event?.message == "no persistent volumes available for this claim and no storage class is set")
    }

    @Test("with Retain, deleting the claim leaves its volume Released, still naming the claim")
    func retainReleases() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.volume("keep", reclaim: "Retain"))
        try cluster.create(StorageFixture.claim("data", storageClass: "manual"))
        try cluster.delete(.persistentVolumeClaims, namespace: "default", name: "data")
        #expect(cluster.list(.persistentVolumeClaims, namespace: "default").isEmpty)
        let volume = try cluster.get(.persistentVolumes, namespace: nil, name: "keep")
        #expect(volume[path: "status.phase"] == "Released")
        #expect(volume[path: "spec.claimRef.name"] == "data")
    }

    @Test("a claim in use stays Terminating until its pod has gone; a volume goes once unbound")
    func protection() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.volume("keep", reclaim: "Retain"))
        try cluster.create(StorageFixture.claim("data", storageClass: "manual"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        cluster.advance(seconds: 10)
        try cluster.delete(.persistentVolumeClaims, namespace: "default", name: "data")
        let claim = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")
        #expect(claim.deletionTimestamp != nil)
        try cluster.delete(.persistentVolumes, namespace: nil, name: "keep")
        #expect(try cluster.get(.persistentVolumes, namespace: nil, name: "keep")[path: "status.phase"] == "Bound")
        try cluster.delete(.pods, namespace: "default", name: "app")
        cluster.advance(seconds: 60)
        #expect(cluster.list(.persistentVolumeClaims, namespace: "default").isEmpty)
        #expect(cluster.list(.persistentVolumes).isEmpty)
    }

    @Test("a claim naming no class gets the default StorageClass, when one is marked so")
    func defaultClass() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("before", storageClass: nil))
        #expect(
            try cluster.get(.persistentVolumeClaims, namespace: "default", name: "before")[
                path: "spec.storageClassName"
            ].isNull)
        var storageClass = try cluster.get(.storageClasses, namespace: nil, name: "local-path")
        storageClass[path: "metadata.annotations"] = ["storageclass.kubernetes.io/is-default-class": "true"]
        try cluster.replace(storageClass)
        try cluster.create(StorageFixture.claim("after", storageClass: nil))
        #expect(
            try cluster.get(.persistentVolumeClaims, namespace: "default", name: "after")[path: "spec.storageClassName"]
                == "local-path")
    }
}
