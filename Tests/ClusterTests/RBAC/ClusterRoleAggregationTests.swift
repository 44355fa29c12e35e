import Cluster
import KubeAPI
import Testing

/// The world's bootstrap policy and the clusterrole-aggregation controller: admin, edit and view
/// hold the rules of the roles labelled to join them, and the authorizer uses them.
@Suite struct ClusterRoleAggregationTests {
    private func rules(_ lab: Cluster, _ name: String) -> [JSONValue] {
        (try? lab.get(.clusterRoles, namespace: nil, name: name))?.value["rules"].array ?? []
    }

    @Test("the world holds Kubernetes 1.32's bootstrap ClusterRoles, controller roles and kubeadm's")
    func bootstrapRoles() throws {
        let lab = try WorldFixture.tk8s()
        let names = Set(lab.list(.clusterRoles).map(\.name))
        for name in ["admin", "edit", "view", "system:node", "system:kube-scheduler", "system:controller:deployment-controller",
                     "system:controller:legacy-service-account-token-cleaner", "kubeadm:get-nodes", "system:coredns"] {
            #expect(names.contains(name), "\(name)")
        }
        // Feature-gated roles of alpha and off-by-default beta gates are not there.
        #expect(!names.contains("system:controller:resource-claim-controller"))
        #expect(!names.contains("system:controller:service-cidrs-controller"))
        #expect(lab.list(.clusterRoles).count(where: { $0.name.hasPrefix("system:controller:") }) == 33)
        #expect((try? lab.get(.roleBindings, namespace: "kube-public", name: "kubeadm:bootstrap-signer-clusterinfo")) != nil)
    }

    @Test("view aggregates system:aggregate-to-view and metrics-server's reader; edit and admin take view's and edit's, each rule once")
    func aggregated() throws {
        let lab = try WorldFixture.tk8s()
        let view = rules(lab, "view")
        let toView = rules(lab, "system:aggregate-to-view")
        #expect(view.count == toView.count + 1)
        // Name order: system:aggregate-to-view before system:aggregated-metrics-reader.
        #expect(Array(view.prefix(toView.count)) == toView)
        #expect(view.last?["apiGroups"].array == ["metrics.k8s.io"])
        let edit = rules(lab, "edit")
        #expect(Array(edit.prefix(rules(lab, "system:aggregate-to-edit").count)) == rules(lab, "system:aggregate-to-edit"))
        // Then metrics-server's reader (labelled for edit too), then view's rules but that one.
        #expect(edit.suffix(view.count).elementsEqual([view.last!] + view.dropLast()))
        let admin = rules(lab, "admin")
        // edit comes first by name; its metrics rule is already there, so the reader adds nothing.
        #expect(Array(admin.prefix(edit.count)) == edit)
        #expect(admin.count == edit.count + rules(lab, "system:aggregate-to-admin").count)
    }

    @Test("a role labelled to join view is added to view, edit and admin, and dropped when it goes")
    func newRoleJoins() throws {
        let lab = try WorldFixture.tk8s()
        let before = rules(lab, "view").count
        var role = KubeObject([
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
            "rules": [["apiGroups": ["example.com"], "resources": ["widgets"], "verbs": ["get"]]],
        ])
        role.name = "widget-viewer"
        role.labels = ["rbac.authorization.k8s.io/aggregate-to-view": "true"]
        _ = try lab.create(role)
        #expect(rules(lab, "view").count == before + 1)
        #expect(rules(lab, "admin").contains { $0["resources"].array == ["widgets"] })
        _ = try lab.delete(.clusterRoles, namespace: nil, name: "widget-viewer")
        #expect(rules(lab, "view").count == before)
    }

    @Test("a service account bound to view may read pods in its namespace but not secrets or elsewhere")
    func viewBinding() throws {
        let lab = try WorldFixture.tk8s()
        var binding = KubeObject([
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
            "roleRef": ["apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"],
            "subjects": [["kind": "ServiceAccount", "name": "default", "namespace": "default"]],
        ])
        binding.name = "sa-view"
        binding.namespace = "default"
        _ = try lab.create(binding)
        let sa = UserInfo.impersonated("system:serviceaccount:default:default", groups: [])
        #expect(lab.isAllowed(AccessRequest(verb: "list", .pods, namespace: "default"), as: sa))
        #expect(lab.isAllowed(AccessRequest(verb: "get", .pods, subresource: "log", namespace: "default", name: "goweb"), as: sa))
        #expect(!lab.isAllowed(AccessRequest(verb: "list", .secrets, namespace: "default"), as: sa))
        #expect(!lab.isAllowed(AccessRequest(verb: "list", .pods, namespace: "kube-system"), as: sa))
        #expect(!lab.isAllowed(AccessRequest(verb: "delete", .pods, namespace: "default", name: "goweb"), as: sa))
    }
}
