import KubeAPI
import Testing

@testable import Cluster

@Suite("Managed fields of the control plane's own writes and of the world's objects")
struct ComponentFieldManagersTests {
    private func entries(_ cluster: Cluster, _ type: ResourceType, _ namespace: String?, _ name: String) throws -> [ManagedFieldsEntry] {
        cluster.managedFields(of: try cluster.get(type, namespace: namespace, name: name))
    }

    private func owns(_ entry: ManagedFieldsEntry?, _ path: FieldPath) -> Bool {
        entry?.fields.paths.contains(path) ?? false
    }

    private static let nodeName: FieldPath = [.field("spec"), .field("nodeName")]
    private static let phase: FieldPath = [.field("status"), .field("phase")]

    @Test("a mirror pod is its kubelet's: the pod itself and, through the status subresource, its status")
    func mirrorPod() throws {
        let cluster = try WorldFixture.tk8s()
        let found = try entries(cluster, .pods, "kube-system", "etcd-tk8s-control-plane")
        #expect(found.map(\.manager) == ["kubelet", "kubelet"])
        #expect(found.map(\.subresource) == [nil, "status"])
        #expect(owns(found.first, Self.nodeName))
    }

    @Test("a world pod of a ReplicaSet: the controller manager made it, the kubelet keeps its status; binding and admission fields are no one's")
    func replicaSetPod() throws {
        let cluster = try WorldFixture.tk8s()
        let found = try entries(cluster, .pods, "kube-system", "coredns-66967f4c59-sc4gn")
        let creator = found.first { $0.manager == "kube-controller-manager" }
        let status = found.first { $0.manager == "kubelet" && $0.subresource == "status" }
        #expect(creator?.operation == .update)
        #expect(owns(creator, [.field("metadata"), .field("ownerReferences")]))
        #expect(!owns(creator, Self.nodeName))
        #expect(!owns(creator, [.field("spec"), .field("priority")]))
        #expect(!creator!.fields.paths.contains { $0.map(\.encoded).contains(#"k:{"name":"kube-api-access-985wk"}"#) })
        #expect(owns(status, Self.phase))
        #expect(!owns(status, [.field("status"), .field("qosClass")]))
        #expect(!owns(status, [.field("status"), .field("conditions")]))
        #expect(status?.time == Timestamp(rfc3339: "2025-04-23T00:41:02Z"))
    }

    @Test("the world's creator rules and writers: kubeadm made CoreDNS, a rollout restart and the controller manager wrote the rest")
    func worldDeployment() throws {
        let cluster = try WorldFixture.tk8s()
        let found = try entries(cluster, .deployments, "kube-system", "coredns")
        #expect(Set(found.map(\.manager)) == ["kubeadm", "kube-controller-manager", "kubectl-rollout"])
        // The restart's entry is dated by the time it wrote.
        #expect(found.first { $0.manager == "kubectl-rollout" }?.time == Timestamp(rfc3339: "2025-04-21T09:06:02Z"))
        let revision: FieldPath = [.field("metadata"), .field("annotations"), .field("deployment.kubernetes.io/revision")]
        let controller = found.first { $0.manager == "kube-controller-manager" && $0.subresource == nil }
        #expect(owns(controller, revision))
        #expect(owns(controller, [.field("metadata"), .field("annotations")]))
        #expect(!owns(found.first { $0.manager == "kubeadm" }, revision))
        #expect(found.contains { $0.manager == "kube-controller-manager" && $0.subresource == "status" })
    }

    @Test("a node: the kubelet registered it and keeps its status; the controller manager gave it its pod CIDR")
    func node() throws {
        let cluster = try WorldFixture.tk8s()
        let found = try entries(cluster, .nodes, nil, "tk8s-control-plane")
        #expect(owns(found.first { $0.manager == "kube-controller-manager" }, [.field("spec"), .field("podCIDR")]))
        let kubeadm = found.first { $0.manager == "kubeadm" }
        #expect(owns(kubeadm, [.field("metadata"), .field("labels"), .field("node-role.kubernetes.io/control-plane")]))
        #expect(found.contains { $0.manager == "kubelet" && $0.subresource == "status" })
    }

    @Test("a new deployment's pod: the controller manager's create, the kubelet's status writes, the scheduler's binding unrecorded")
    func livePod() throws {
        let cluster = try WorldFixture.tk8s()
        let deployment = KubeObject([
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web", "namespace": "default"],
            "spec": [
                "selector": ["matchLabels": ["app": "web"]],
                "template": ["metadata": ["labels": ["app": "web"]], "spec": ["containers": [["name": "nginx", "image": "nginx"]]]],
            ],
        ])
        try cluster.create(deployment, manager: FieldManager("kubectl-create"))
        cluster.advance(seconds: 30)
        let pod = try #require(cluster.list(.pods, namespace: "default").first { $0.labels["app"] == "web" })
        let found = cluster.managedFields(of: pod)
        #expect(found.map(\.manager) == ["kube-controller-manager", "kubelet"])
        let creator = found.first
        #expect(creator?.fields.fieldsV1["f:metadata"]["f:ownerReferences"]["."] == .emptyObject)
        #expect(creator?.fields.fieldsV1["f:spec"]["f:containers"]["."] == .null)
        #expect(!owns(creator, Self.nodeName))
        #expect(!owns(creator, [.field("spec"), .field("tolerations")]))
        let kubelet = found.last
        #expect(kubelet?.subresource == "status")
        #expect(owns(kubelet, Self.phase))
        #expect(kubelet?.fields.fieldsV1["f:status"]["f:podIPs"]["."] == .emptyObject)
        let deploymentEntries = try entries(cluster, .deployments, "default", "web")
        #expect(deploymentEntries.map(\.manager) == ["kube-controller-manager", "kubectl-create", "kube-controller-manager"])
    }
}
