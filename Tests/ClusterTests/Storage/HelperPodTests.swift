import KubeAPI
import Testing

@testable import Cluster

@Suite("The local-path provisioner makes and removes volume folders through helper pods")
struct HelperPodTests {
    let provisionerPod = "local-path-provisioner-84944977bd-fpmmz"

    @Test("the helper pod is the ConfigMap's template with the folder, the script and the node filled in")
    func helperPodSpec() throws {
        let helper = HelperPod(
            action: .create, volume: "pvc-1", path: "/opt/lpp/pvc-1_default_data", node: "tk8s-worker1",
            sizeBytes: 1_048_576)
        let template = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: helper-pod
            spec:
              tolerations:
              - key: node.kubernetes.io/disk-pressure
                operator: Exists
                effect: NoSchedule
              containers:
              - name: helper-pod
                image: busybox
            """
        let pod = try #require(
            helper.pod(
                template: template, namespace: "local-path-storage", serviceAccount: "sa", configMap: "local-path-config"))
        #expect(pod.name == "helper-pod-create-pvc-1")
        #expect(pod.namespace == "local-path-storage")
        #expect(pod[path: "spec.nodeName"] == "tk8s-worker1")
        #expect(pod[path: "spec.restartPolicy"] == "Never")
        #expect(pod[path: "spec.serviceAccountName"] == "sa")
        #expect(pod[path: "spec.tolerations"].array.count == 1)
        let container = pod[path: "spec.containers"][0]
        #expect(container["command"] == ["/bin/sh", "/script/setup"])
        #expect(
            container["args"] == [
                "-p", "/opt/lpp/pvc-1_default_data", "-s", "1048576", "-m", "Filesystem", "-a", "create",
            ])
        #expect(container["env"][0] == ["name": "VOL_DIR", "value": "/opt/lpp/pvc-1_default_data"])
        #expect(container["volumeMounts"].array.map { $0["mountPath"] } == ["/script", "/opt/lpp/"])
        #expect(pod[path: "spec.volumes"][0]["hostPath"] == ["path": "/opt/lpp/", "type": "DirectoryOrCreate"])
        #expect(pod[path: "spec.volumes"][1]["configMap"]["name"] == "local-path-config")
    }

    @Test("a long volume name makes a name cut at 128 characters")
    func nameCap() throws {
        let helper = HelperPod(
            action: .delete, volume: String(repeating: "v", count: 200), path: "/a/b", node: "n", sizeBytes: 0)
        let pod = try #require(
            helper.pod(
                template: "metadata: {name: helper-pod}\nspec: {containers: [{name: c, image: busybox}]}",
                namespace: "ns", serviceAccount: "sa", configMap: "cm"))
        #expect(pod.name.count == 128)
        #expect(pod.name.hasPrefix("helper-pod-delete-vvv"))
        #expect(pod[path: "spec.containers"][0]["command"] == ["/bin/sh", "/script/teardown"])
    }

    @Test("the volume is stored only after the helper pod has succeeded; the pod is then deleted")
    func provisionWaitsForHelper() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        let claim = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")
        let helperName = "helper-pod-create-pvc-\(claim.uid)"
        let helper = try cluster.get(.pods, namespace: "local-path-storage", name: helperName)
        #expect(helper[path: "spec.nodeName"].string == claim.annotations["volume.kubernetes.io/selected-node"])
        #expect(cluster.list(.persistentVolumes).isEmpty)
        #expect(claim[path: "status.phase"] == "Pending")
        cluster.advance(seconds: 10)
        #expect(cluster.list(.persistentVolumes).map(\.name) == ["pvc-\(claim.uid)"])
        #expect(cluster.lookup(.pods, "local-path-storage", helperName) == nil)
        #expect(
            try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")[path: "status.phase"] == "Bound")
        let helperEvents = cluster.list(.events, namespace: "local-path-storage")
            .filter { $0[path: "involvedObject.name"].string == helperName }.compactMap { $0[path: "reason"].string }
        #expect(!helperEvents.contains("Scheduled"))
        #expect(helperEvents.suffix(2) == ["Created", "Started"])
    }

    @Test("the provisioner logs creating, the helper pod, the result and the helper's output, in order")
    func provisionerLog() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        cluster.advance(seconds: 10)
        let uid = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data").uid
        let log = try cluster.podLog(
            namespace: "local-path-storage", name: provisionerPod, PodLogOptions(container: "local-path-provisioner"))
        let messages = log.lines.map { $0.text.components(after: " msg=") }
        let path = "/opt/local-path-provisioner/pvc-\(uid)_default_data"
        let node = try cluster.get(.pods, namespace: "default", name: "app")[path: "spec.nodeName"].string ?? ""
        #expect(
            messages == [
                "\"Creating volume pvc-\(uid) at \(node):\(path)\"",
                "\"create the helper pod helper-pod-create-pvc-\(uid) into local-path-storage\"",
                "\"Volume pvc-\(uid) has been created on \(node):\(path)\"",
                "\"Start of helper-pod-create-pvc-\(uid) logs\"",
                "\"End of helper-pod-create-pvc-\(uid) logs\"",
            ])
        #expect(log.lines.first?.text.hasPrefix("time=\"") == true)
        #expect(log.lines.first?.text.contains(" level=info msg=") == true)
    }

    @Test("deleting the claim runs teardown before the volume goes; the folder is made and removed on the node")
    func deleteThroughHelper() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StorageFixture.claim("data"))
        try cluster.create(StorageFixture.pod("app", claim: "data"))
        cluster.advance(seconds: 10)
        let claim = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data")
        let node = try cluster.get(.pods, namespace: "default", name: "app")[path: "spec.nodeName"].string ?? ""
        try cluster.delete(.pods, namespace: "default", name: "app")
        try cluster.delete(.persistentVolumeClaims, namespace: "default", name: "data")
        cluster.advance(seconds: 40)
        #expect(cluster.list(.persistentVolumes).isEmpty)
        let path = "/opt/local-path-provisioner/pvc-\(claim.uid)_default_data"
        let changes = cluster.fileRuns(on: node).flatMap { cluster.fileWrites(ofRun: $0).writes }
        #expect(changes.map(\.path) == [path, path])
        #expect(changes.map(\.kind) == [
            .makeDirectory(mode: 0o777, parents: true), .remove(recursive: true, directoryOnly: false),
        ])
        #expect(cluster.list(.pods, namespace: "local-path-storage").count == 1)
    }

    @Test("logrus quotes a message unless it has only plain characters")
    func logQuoting() {
        #expect(LocalPathProvisioner.logValue("plain-word_1.2/x") == "plain-word_1.2/x")
        #expect(LocalPathProvisioner.logValue("two words") == "\"two words\"")
        #expect(LocalPathProvisioner.logValue("say \"hi\"") == "\"say \\\"hi\\\"\"")
    }

    @Test("a script file with a #! line and set -eu exits at once")
    func scriptRuns() {
        #expect(ContainerRun.script("#!/bin/sh\nset -eu\nmkdir -m 0777 -p \"$VOL_DIR\"") == .exits(afterMilliseconds: 0, code: 0))
    }
}

extension String {
    /// The text after the first `marker`, or the whole text.
    fileprivate func components(after marker: String) -> String {
        guard let range = firstRange(of: marker) else { return self }
        return String(self[range.upperBound...])
    }
}
