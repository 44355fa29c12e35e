import KubeAPI
import Testing

@testable import Cluster

/// Canal's and local-path-provisioner's RBAC objects in the world: what their service accounts
/// may do, as the RBAC authorizer decides from the bindings their manifests create.
@Suite struct AddonRBACTests {
    static func account(_ namespace: String, _ name: String) -> UserInfo {
        UserInfo.impersonated("system:serviceaccount:\(namespace):\(name)", groups: [])
    }

    @Test("canal may watch NetworkPolicies and Calico's kinds, patch node status, but not create pods")
    func canal() throws {
        let cluster = try WorldFixture.tk8s()
        let canal = Self.account("kube-system", "canal")
        #expect(cluster.isAllowed(AccessRequest(verb: "watch", group: "networking.k8s.io", resource: "networkpolicies"), as: canal))
        #expect(cluster.isAllowed(AccessRequest(verb: "list", group: "crd.projectcalico.org", resource: "ippools"), as: canal))
        #expect(cluster.isAllowed(AccessRequest(verb: "patch", resource: "nodes", subresource: "status", name: "tk8s-worker1"), as: canal))
        #expect(cluster.isAllowed(AccessRequest(verb: "create", resource: "serviceaccounts", subresource: "token", namespace: "kube-system", name: "calico-cni-plugin"), as: canal))
        #expect(!cluster.isAllowed(AccessRequest(verb: "create", resource: "serviceaccounts", subresource: "token", namespace: "kube-system", name: "coredns"), as: canal))
        #expect(!cluster.isAllowed(AccessRequest(verb: "create", resource: "pods", namespace: "default"), as: canal))
    }

    @Test("the CNI plugin may only read pods, nodes and namespaces and patch pod status")
    func cniPlugin() throws {
        let cluster = try WorldFixture.tk8s()
        let plugin = Self.account("kube-system", "calico-cni-plugin")
        #expect(cluster.isAllowed(AccessRequest(verb: "get", resource: "pods", namespace: "default", name: "goweb"), as: plugin))
        #expect(cluster.isAllowed(AccessRequest(verb: "patch", resource: "pods", subresource: "status", namespace: "default"), as: plugin))
        #expect(!cluster.isAllowed(AccessRequest(verb: "list", resource: "pods", namespace: "default"), as: plugin))
    }

    @Test("calico-kube-controllers manages IPAM blocks and host endpoints")
    func kubeControllers() throws {
        let cluster = try WorldFixture.tk8s()
        let controllers = Self.account("kube-system", "calico-kube-controllers")
        #expect(cluster.isAllowed(AccessRequest(verb: "delete", group: "crd.projectcalico.org", resource: "ipamblocks"), as: controllers))
        #expect(cluster.isAllowed(AccessRequest(verb: "create", group: "crd.projectcalico.org", resource: "hostendpoints"), as: controllers))
        #expect(!cluster.isAllowed(AccessRequest(verb: "watch", group: "crd.projectcalico.org", resource: "hostendpoints"), as: controllers))
    }

    @Test("local-path-provisioner makes volumes anywhere and helper pods only in its own namespace")
    func localPath() throws {
        let cluster = try WorldFixture.tk8s()
        let provisioner = Self.account("local-path-storage", "local-path-provisioner-service-account")
        #expect(cluster.isAllowed(AccessRequest(verb: "create", resource: "persistentvolumes"), as: provisioner))
        #expect(cluster.isAllowed(AccessRequest(verb: "create", resource: "pods", namespace: "local-path-storage"), as: provisioner))
        #expect(!cluster.isAllowed(AccessRequest(verb: "create", resource: "pods", namespace: "default"), as: provisioner))
        #expect(cluster.isAllowed(AccessRequest(verb: "get", resource: "pods", subresource: "log", namespace: "default"), as: provisioner))
        #expect(!cluster.isAllowed(AccessRequest(verb: "delete", group: "storage.k8s.io", resource: "storageclasses"), as: provisioner))
    }

    @Test("the add-ons' roles date from their manifests and keep the versions the world gives")
    func worldData() throws {
        let cluster = try WorldFixture.tk8s()
        let node = try cluster.get(.clusterRoles, namespace: nil, name: "calico-node")
        #expect(node.creationTimestamp?.rfc3339 == "2025-04-21T09:00:41Z")
        let role = try cluster.get(.roles, namespace: "local-path-storage", name: "local-path-provisioner-role")
        #expect(role.creationTimestamp?.rfc3339 == "2025-04-21T09:02:30Z")
        let versions = try ["calico-kube-controllers", "calico-node", "calico-cni-plugin", "flannel", "local-path-provisioner-role"]
            .map { try cluster.get(.clusterRoles, namespace: nil, name: $0).metadata["resourceVersion"].string ?? "" }
        #expect(Set(versions).count == versions.count)
        #expect(versions.allSatisfy { (Int($0) ?? 0) > 0 && (Int($0) ?? 0) <= cluster.store.revision })
    }
}
