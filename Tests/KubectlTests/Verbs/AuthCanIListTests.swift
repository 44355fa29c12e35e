import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// `kubectl auth can-i --list`: the review's rules broken down, merged, sorted by their Go
/// string and laid out as kubectl 1.32 prints them (checked against the real kubectl).
@Suite struct AuthCanIListTests {
    @Test("the lab's admin holds cluster-admin and the rules every authenticated user has")
    func admin() throws {
        let lab = try KubectlHarness()
        let result = lab.run("auth", "can-i", "--list")
        #expect(result.code == 0)
        #expect(result.out == """
            Resources                                       Non-Resource URLs   Resource Names   Verbs
            *.*                                             []                  []               [*]
                                                            [*]                 []               [*]
            selfsubjectreviews.authentication.k8s.io        []                  []               [create]
            selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]
            selfsubjectrulesreviews.authorization.k8s.io    []                  []               [create]
                                                            [/api/*]            []               [get]
                                                            [/api]              []               [get]
                                                            [/apis/*]           []               [get]
                                                            [/apis]             []               [get]
                                                            [/healthz]          []               [get]
                                                            [/healthz]          []               [get]
                                                            [/livez]            []               [get]
                                                            [/livez]            []               [get]
                                                            [/openapi/*]        []               [get]
                                                            [/openapi]          []               [get]
                                                            [/readyz]           []               [get]
                                                            [/readyz]           []               [get]
                                                            [/version/]         []               [get]
                                                            [/version/]         []               [get]
                                                            [/version]          []               [get]
                                                            [/version]          []               [get]

            """)
    }

    @Test("verbs gather per resource in the order met; names and subresources keep their own rows")
    func compactAndSort() {
        var review = SubjectRules()
        review.resourceRules = [
            .init(verbs: ["watch", "get", "list"], apiGroups: ["", "apps"], resources: ["pods", "pods/log", "deployments"], resourceNames: []),
            .init(verbs: ["update", "get"], apiGroups: [""], resources: ["pods"], resourceNames: []),
            .init(verbs: ["get", "update"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["b", "a"]),
            .init(verbs: ["get"], apiGroups: [], resources: ["secrets"], resourceNames: []),
        ]
        review.nonResourceRules = [.init(verbs: ["get", "post"], urls: ["/logs", "/api"])]
        #expect(AuthCanIList.table(review, headers: false) == """
            configmaps         []        [a]   [get update]
            configmaps         []        [b]   [get update]
                               [/api]    []    [get]
                               [/logs]   []    [get]
                               [/api]    []    [post]
                               [/logs]   []    [post]
            pods               []        []    [watch get list update]
            deployments        []        []    [watch get list]
            pods/log           []        []    [watch get list]
            deployments.apps   []        []    [watch get list]
            pods.apps/log      []        []    [watch get list]
            pods.apps          []        []    [watch get list]

            """)
    }

    @Test("a RoleBinding in the namespace adds its Role's rules; --list refuses what it cannot combine with")
    func namespaced() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "namespace", "dev").code == 0)
        #expect(lab.run("create", "role", "cm-reader", "--verb=get", "--resource=configmaps", "-n", "dev").code == 0)
        #expect(lab.run("create", "rolebinding", "all-read", "--role=cm-reader", "--group=system:authenticated", "-n", "dev").code == 0)
        #expect(lab.run("auth", "can-i", "--list", "-n", "dev").out.contains("\nconfigmaps                                      []                  []               [get]\n"))
        #expect(!lab.run("auth", "can-i", "--list").out.contains("configmaps"))
        #expect(lab.run("auth", "can-i", "--list", "get", "pods").err == "error: list option must be specified with no arguments\n")
        #expect(lab.run("auth", "can-i", "--list", "-A").err
            == "error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n")
        #expect(lab.run("auth", "can-i", "get", "pods", "--no-headers").err == "error: --no-headers cannot be set without --list specified\n")
    }

    @Test("a binding to a missing role is an evaluation error, not a warning: RBAC calls the list complete")
    func missingRole() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "clusterrolebinding", "dangling", "--clusterrole=nosuch", "--group=system:authenticated").code == 0)
        let review = lab.cluster.rulesReview(for: .kubeadmAdmin, namespace: "default")
        #expect(review.evaluationError == "clusterrole.rbac.authorization.k8s.io \"nosuch\" not found")
        #expect(!review.incomplete)
        #expect(lab.run("auth", "can-i", "--list").err == "")
    }
}
