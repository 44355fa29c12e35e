import KubeAPI
import Testing

@testable import Cluster

@Suite("The local-path provisioner makes a volume on the node the scheduler picked")
struct ProvisionerTests {
    @Test("a pod using a waiting claim gets a volume pvc-<uid> under the configured path, tied to its node")
    func provisionsForFirstConsumer() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data", size: "3Mi"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        // The volume is stored once the provisioner's helper pod has made its folder.
        cluster.advance(seconds: 10)
        let claim = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")
        let pod = try cluster.get(.pods, namespace: "default", name: "app")
        let node = try #require(pod[path: "spec.nodeName"].string)
        #expect(claim[path: "status.phase"] == "Bound")
        #expect(claim.annotations["volume.kubernetes.io/selected-node"] == node)
        #expect(claim.annotations["volume.kubernetes.io/storage-provisioner"] == "rancher.io/local-path")
        let name = "pvc-\(claim.uid)"
        #expect(claim[path: "spec.volumeName"].string == name)
        let volume = try cluster.get(.persistentVolumes, namespace: nil, name: name)
        #expect(volume[path: "spec.hostPath.path"].string == "/opt/local-path-provisioner/\(name)_default_data")
        #expect(volume[path: "spec.hostPath.type"] == "DirectoryOrCreate")
        #expect(
            volume[path: "spec.nodeAffinity.required.nodeSelectorTerms"][0]["matchExpressions"][0]["values"] == [
                .string(node)
            ])
        #expect(
            volume.annotations == [
                "local.path.provisioner/selected-node": node,
                "pv.kubernetes.io/provisioned-by": "rancher.io/local-path",
            ])
        #expect(volume[path: "spec.persistentVolumeReclaimPolicy"] == "Delete")
        #expect(volume[path: "spec.storageClassName"] == "local-path")
        #expect(volume[path: "spec.claimRef.uid"].string == claim.uid)
        #expect(volume[path: "status.phase"] == "Bound")
        let reasons = StorageFixture.events(cluster, about: "data").map(\.reason)
        #expect(reasons == ["WaitForFirstConsumer", "ExternalProvisioning", "Provisioning", "ProvisioningSucceeded"])
        let messages = StorageFixture.events(cluster, about: "data").map(\.message)
        #expect(messages[2] == "External provisioner is provisioning volume for claim \"default/data\"")
        #expect(messages[3] == "Successfully provisioned volume \(name)")
    }

    @Test("the provisioner's events come from <name>_<pod>_<uuid>")
    func eventSource() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        let event = try #require(
            cluster.list(.events, namespace: "default").first { $0[path: "reason"] == "Provisioning" })
        let component = try #require(event[path: "source.component"].string)
        #expect(component.hasPrefix("rancher.io/local-path_local-path-provisioner-84944977bd-fpmmz_"))
        #expect(component.split(separator: "_").last?.count == 36)
    }

    @Test("while no provisioner pod runs the claim and its pod wait; a new provisioner pod resumes")
    func provisionerDown() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = try cluster.get(.deployments, namespace: "local-path-storage", name: "local-path-provisioner")
        deployment[path: "spec.replicas"] = 0
        try cluster.replace(deployment)
        cluster.advance(seconds: 60)
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        cluster.advance(seconds: 30)
        #expect(
            try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")[path: "status.phase"]
                == "Pending")
        #expect(try cluster.get(.pods, namespace: "default", name: "app")[path: "spec.nodeName"].isNull)
        let waiting = StorageFixture.events(cluster, about: "data").first { $0.reason == "ExternalProvisioning" }
        #expect(waiting?.count == 3)
        deployment = try cluster.get(.deployments, namespace: "local-path-storage", name: "local-path-provisioner")
        deployment[path: "spec.replicas"] = 1
        try cluster.replace(deployment)
        cluster.advance(seconds: 20)
        #expect(
            try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")[path: "status.phase"]
                == "Bound")
        #expect(try cluster.get(.pods, namespace: "default", name: "app")[path: "status.phase"] == "Running")
    }

    @Test("the scheduler gives up waiting after 10 minutes and says so")
    func bindingTimeout() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = try cluster.get(.deployments, namespace: "local-path-storage", name: "local-path-provisioner")
        deployment[path: "spec.replicas"] = 0
        try cluster.replace(deployment)
        cluster.advance(seconds: 60)
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        cluster.advance(seconds: 601)
        let failed = StorageFixture.events(cluster, about: "app").first { $0.reason == "FailedScheduling" }
        #expect(
            failed?.message == "running PreBind plugin \"VolumeBinding\": binding volumes: context deadline exceeded")
    }

    @Test("a waiting pod that is deleted leaves no binding wait behind")
    func deletedWaitingPod() throws {
        let cluster = try WorldFixture.tk8s()
        var deployment = try cluster.get(.deployments, namespace: "local-path-storage", name: "local-path-provisioner")
        deployment[path: "spec.replicas"] = 0
        try cluster.replace(deployment)
        cluster.advance(seconds: 60)
        try cluster.create(StorageFixture.claim("data"))
        let pod = try cluster.create(StorageFixture.pod("app", claim: "data"))
        #expect(cluster.wakeups["volume-binding/\(pod.uid)"] != nil)
        try cluster.delete(.pods, namespace: "default", name: "app")
        #expect(cluster.wakeups["volume-binding/\(pod.uid)"] == nil)
    }

    @Test("deleting a provisioned claim deletes its volume (reclaim policy Delete)")
    func deleteReclaims() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        try cluster.delete(.pods, namespace: "default", name: "app")
        cluster.advance(seconds: 60)
        #expect(cluster.list(.persistentVolumes).count == 1)
        try cluster.delete(.persistentVolumeClaims, namespace: "default", name: "data")
        #expect(cluster.list(.persistentVolumes).count == 1)
        cluster.advance(seconds: 10)
        #expect(cluster.list(.persistentVolumes).isEmpty)
    }

    @Test("access modes other than ReadWriteOnce are refused by the provisioner")
    func refusesReadWriteMany() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("shared", modes: ["ReadWriteMany"]))
        try cluster.create(StorageFixture.pod("app", claim: "shared"))
        let failed = StorageFixture.events(cluster, about: "shared").first { $0.reason == "ProvisioningFailed" }
        #expect(
            failed?.message
                == "failed to provision volume with StorageClass \"local-path\": NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes"
        )
    }

    @Test("the base path comes from config.json: the node's own entry, else the default one")
    func configPaths() {
        let config = """
            {"nodePathMap":[{"node":"DEFAULT_PATH_FOR_NON_LISTED_NODES","paths":["/opt/a"]},{"node":"w1","paths":["/data"]}]}
            """
        #expect(LocalPathProvisioner.basePath(configJSON: config, node: "w1") == "/data")
        #expect(LocalPathProvisioner.basePath(configJSON: config, node: "w2") == "/opt/a")
        #expect(LocalPathProvisioner.basePath(configJSON: #"{"nodePathMap":[]}"#, node: "w2") == nil)
    }
}
