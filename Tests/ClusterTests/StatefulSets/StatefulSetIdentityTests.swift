import Cluster
import KubeAPI
import Testing

@Suite("StatefulSet pods carry a stable identity and their own claims")
struct StatefulSetIdentityTests {
    @Test("a pod gets its hostname, subdomain, ordinal labels, revision and claim volume")
    func podIdentity() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(replicas: 1))
        let pod = try cluster.get(.pods, namespace: "default", name: "web-0")
        let set = try cluster.get(.statefulSets, namespace: "default", name: "web")
        #expect(pod[path: "spec.hostname"] == "web-0")
        #expect(pod[path: "spec.subdomain"] == "nginx")
        #expect(pod.labels["statefulset.kubernetes.io/pod-name"] == "web-0")
        #expect(pod.labels["apps.kubernetes.io/pod-index"] == "0")
        #expect(pod.labels["app"] == "nginx")
        let revision = try #require(pod.labels["controller-revision-hash"])
        #expect(revision.hasPrefix("web-"))
        #expect(try cluster.get(.controllerRevisions, namespace: "default", name: revision)[path: "revision"] == 1)
        #expect(pod.metadata["generateName"] == "web-")
        #expect(pod.controllerReference?.uid == set.uid)
        let volume = pod[path: "spec.volumes"][0]
        #expect(volume["name"] == "data" && volume[path: "persistentVolumeClaim.claimName"] == "data-web-0")
    }

    @Test("each ordinal's claim is made from the template, labelled with the selector, and bound for its pod")
    func claimPerOrdinal() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(replicas: 1))
        // Bound once the provisioner's helper pod has made the volume's folder.
        cluster.advance(seconds: 10)
        let claim = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data-web-0")
        #expect(claim.labels == ["app": "nginx"])
        #expect(claim[path: "status.phase"] == "Bound")
        #expect(claim[path: "spec.storageClassName"] == "local-path")
        #expect(claim[path: "spec.volumeMode"] == "Filesystem")
        #expect(claim.metadata["ownerReferences"].isNull)
    }

    @Test("a claim lost while its pod is still pending is made again at the next sync")
    func missingClaimOfPendingPod() throws {
        let cluster = try WorldFixture.tk8s()
        // A class no StorageClass names binds at once or never: the pod waits for its claim.
        var set = StatefulSetFixture.web(replicas: 1)
        set[path: "spec.volumeClaimTemplates"] = [
            ["metadata": ["name": "data"], "spec": set[path: "spec.volumeClaimTemplates"][0]["spec"].merging(storageClass: "manual")]
        ]
        try cluster.create(set)
        let first = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data-web-0")
        try cluster.delete(.persistentVolumeClaims, namespace: "default", name: "data-web-0")
        cluster.advance(seconds: 10)
        let again = try cluster.get(.persistentVolumeClaims, namespace: "default", name: "data-web-0")
        #expect(again.uid != first.uid)
    }

    @Test("the controller records its events as stateful_pod_control.go words them")
    func events() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(replicas: 1))
        try cluster.replace(StatefulSetFixture.web(replicas: 0))
        let messages = cluster.list(.events, namespace: "default")
            .filter { $0[path: "involvedObject.name"] == "web" }
            .map { "\($0[path: "reason"].string ?? "") \($0[path: "message"].string ?? "")" }
        #expect(messages.contains("SuccessfulCreate create Claim data-web-0 Pod web-0 in StatefulSet web success"))
        #expect(messages.contains("SuccessfulCreate create Pod web-0 in StatefulSet web successful"))
        #expect(messages.contains("SuccessfulDelete delete Pod web-0 in StatefulSet web successful"))
    }
}

extension JSONValue {
    /// A claim spec with `storageClassName` set.
    fileprivate func merging(storageClass: String) -> JSONValue {
        var spec = self
        spec["storageClassName"] = .string(storageClass)
        return spec
    }
}
