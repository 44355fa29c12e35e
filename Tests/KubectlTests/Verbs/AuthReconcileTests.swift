import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// `kubectl auth reconcile`: RBAC objects created or extended without losing what they grant,
/// the report on stderr laid out as kubectl 1.32 prints it (checked against the real kubectl).
@Suite struct AuthReconcileTests {
    private func reconcile(_ h: KubectlHarness, _ manifest: String, _ extra: [String] = []) -> (out: String, err: String, code: Int32) {
        let buffer = OutputBuffer()
        let code = h.kubectl.run(["auth", "reconcile", "-f", "-"] + extra, io: IOStreams(input: manifest, sink: buffer))
        return (buffer.stdout, buffer.stderr, code)
    }

    private func create(_ h: KubectlHarness, _ manifest: String) {
        _ = h.kubectl.run(["create", "-f", "-"], io: IOStreams(input: manifest, sink: OutputBuffer()))
    }

    private let reader = """
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: reader, namespace: default}
        rules:
        - apiGroups: ["", "apps"]
          resources: [pods]
          verbs: [get]
        - nonResourceURLs: [/healthz]
          verbs: [get]

        """

    @Test("a missing role is created, every rule reported as Go's %+v prints it")
    func create() throws {
        let h = try KubectlHarness()
        let result = reconcile(h, reader)
        #expect(result.code == 0)
        #expect(result.out == "role.rbac.authorization.k8s.io/reader reconciled\n")
        #expect(result.err == """
            \treconciliation required create
            \tmissing rules added:
            \t\t{Verbs:[get] APIGroups:[ apps] Resources:[pods] ResourceNames:[] NonResourceURLs:[]}
            \t\t{Verbs:[get] APIGroups:[] Resources:[] ResourceNames:[] NonResourceURLs:[/healthz]}

            """)
        #expect(h.cluster.list(.roles, namespace: "default").contains { $0.name == "reader" })
        // Nothing left to do the second time.
        let again = reconcile(h, reader)
        #expect(again.out == "role.rbac.authorization.k8s.io/reader reconciled\n" && again.err.isEmpty)
    }

    @Test("missing rules are added one verb and resource at a time; extras stay unless asked")
    func update() throws {
        let h = try KubectlHarness()
        create(h, """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: default}
            rules:
            - {apiGroups: [""], resources: [pods], verbs: [get]}
            - {apiGroups: [apps], resources: [deployments], verbs: [list]}

            """)
        let wanted = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: reader, namespace: default}
            rules:
            - apiGroups: [""]
              resources: [pods, services]
              verbs: [get, list]

            """
        let dry = reconcile(h, wanted, ["--remove-extra-permissions", "--dry-run=client"])
        #expect(dry.out == "role.rbac.authorization.k8s.io/reader reconciled (dry run)\n")
        #expect(dry.err.contains("\textra rules removed:\n\t\t{Verbs:[list] APIGroups:[apps] Resources:[deployments]"))
        let result = reconcile(h, wanted)
        #expect(result.err == """
            \treconciliation required update
            \tmissing rules added:
            \t\t{Verbs:[list] APIGroups:[] Resources:[pods] ResourceNames:[] NonResourceURLs:[]}
            \t\t{Verbs:[get] APIGroups:[] Resources:[services] ResourceNames:[] NonResourceURLs:[]}
            \t\t{Verbs:[list] APIGroups:[] Resources:[services] ResourceNames:[] NonResourceURLs:[]}

            """)
        let rules = try h.cluster.get(.roles, namespace: "default", name: "reader").value["rules"].array
        #expect(rules.count == 5)
    }

    @Test("a binding gains subjects; a changed roleRef means delete and create again")
    func bindings() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "rolebinding", "rb", "--clusterrole=view", "--user=bob")
        let binding = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: rb, namespace: default}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
            subjects:
            - {kind: User, apiGroup: rbac.authorization.k8s.io, name: alice}

            """
        let result = reconcile(h, binding, ["--remove-extra-subjects"])
        #expect(result.err == """
            \treconciliation required update
            \tmissing subjects added:
            \t\t{Kind:User APIGroup:rbac.authorization.k8s.io Name:alice Namespace:}
            \textra subjects removed:
            \t\t{Kind:User APIGroup:rbac.authorization.k8s.io Name:bob Namespace:}

            """)
        let recreated = reconcile(h, binding.replacing("name: view", with: "name: edit"))
        #expect(recreated.err == "\treconciliation required recreate\n")
        #expect(try h.cluster.get(.roleBindings, namespace: "default", name: "rb").value["roleRef"]["name"] == "edit")
    }

    @Test("an object that opted out is reported but left alone")
    func protected() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "role", "locked", "--verb=get", "--resource=pods")
        _ = h.run("annotate", "role", "locked", "rbac.authorization.kubernetes.io/autoupdate=false")
        let result = reconcile(h, """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: locked, namespace: default}
            rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]

            """)
        #expect(result.err.hasPrefix(
            "\treconciliation required update, but object opted out (rbac.authorization.kubernetes.io/autoupdate: false)\n"))
        #expect(try h.cluster.get(.roles, namespace: "default", name: "locked").value["rules"].array.count == 1)
    }

    @Test("the rules the aggregation controller filled into a ClusterRole are not extras")
    func aggregated() throws {
        let h = try KubectlHarness()
        let monitoring = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: monitoring}
            aggregationRule:
              clusterRoleSelectors:
              - matchLabels: {example.com/aggregate-to-monitoring: "true"}
            rules: []
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata:
              name: endpoints-reader
              labels: {example.com/aggregate-to-monitoring: "true"}
            rules: [{apiGroups: [""], resources: [endpoints], verbs: [get]}]

            """
        #expect(reconcile(h, monitoring).code == 0)
        let filled = try h.cluster.get(.clusterRoles, namespace: nil, name: "monitoring").value["rules"].array
        #expect(filled.count == 1)
        let again = reconcile(h, monitoring, ["--remove-extra-permissions"])
        #expect(again.err.isEmpty)
        #expect(again.out == """
            clusterrole.rbac.authorization.k8s.io/monitoring reconciled
            clusterrole.rbac.authorization.k8s.io/endpoints-reader reconciled

            """)
    }

    @Test("errors are kubectl's; other kinds are skipped; a Role without a namespace cannot be created")
    func errors() throws {
        let h = try KubectlHarness()
        #expect(h.run("auth", "reconcile").err == "error: must specify one of -f and -k\n")
        #expect(h.run("auth", "reconcile", "x", "-f", "a.yaml").err == "error: no arguments are allowed\n")
        #expect(h.run("auth", "reconcile", "-f", "a.yaml", "--dry-run=server").err
            == "error: --dry-run=server for command reconcile is not supported yet\n")
        let skipped = reconcile(h, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")
        #expect(skipped.out.isEmpty && skipped.err.isEmpty && skipped.code == 0)
        let bare = reconcile(h, "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: x}\n")
        #expect(bare.err == "error: resource name may not be empty\n" && bare.code == 1)
    }

    @Test("-o json prints the typed object in Go's field order")
    func json() throws {
        let h = try KubectlHarness()
        let result = reconcile(h, """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: r}
            rules: [{apiGroups: [""], resources: [pods], verbs: [get]}]

            """, ["--dry-run=client", "-o", "json"])
        #expect(result.out == """
            {
                "kind": "Role",
                "apiVersion": "rbac.authorization.k8s.io/v1",
                "metadata": {
                    "name": "r",
                    "creationTimestamp": null
                },
                "rules": [
                    {
                        "verbs": [
                            "get"
                        ],
                        "apiGroups": [
                            ""
                        ],
                        "resources": [
                            "pods"
                        ]
                    }
                ]
            }

            """)
    }
}
