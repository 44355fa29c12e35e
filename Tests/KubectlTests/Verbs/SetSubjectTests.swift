import Cluster
import KubeAPI
import Testing

/// `kubectl set subject` on RoleBindings and ClusterRoleBindings.
@Suite("kubectl set subject")
struct SetSubjectTests {
    private func binding() throws -> KubectlHarness {
        let h = try KubectlHarness()
        _ = h.run("create", "rolebinding", "rb", "--clusterrole=view", "--user=alice")
        return h
    }

    private func subjects(_ h: KubectlHarness) throws -> [String] {
        try h.cluster.get(.roleBindings, namespace: "default", name: "rb").value["subjects"].array.map { subject in
            [subject["kind"].string, subject["namespace"].string, subject["name"].string].compactMap { $0 }.joined(separator: ":")
        }
    }

    @Test("new subjects are appended users, groups, accounts, each sorted; known ones are not added again")
    func appends() throws {
        let h = try binding()
        let out = h.run("set", "subject", "rolebinding", "rb", "--user=carl", "--user=alice", "--user=bob",
            "--group=devs", "--serviceaccount=ci:builder", "--serviceaccount=:default").out
        #expect(out == "rolebinding.rbac.authorization.k8s.io/rb subjects updated\n")
        #expect(try subjects(h) == [
            "User:alice", "User:bob", "User:carl", "Group:devs", "ServiceAccount:default:default", "ServiceAccount:ci:builder",
        ])
        #expect(h.run("set", "subject", "rolebinding", "rb", "--user=bob").out == "")
    }

    @Test("a bad --serviceaccount, no subject, or another kind is refused")
    func refusals() throws {
        let h = try binding()
        #expect(h.run("set", "subject", "rolebinding", "rb").err
            == "error: you must specify at least one value of user, group or serviceaccount\n")
        #expect(h.run("set", "subject", "rolebinding", "rb", "--serviceaccount=builder").err
            == "error: serviceaccount must be <namespace>:<name>\n")
        #expect(h.run("set", "subject", "clusterrolebinding", "cluster-admin", "--serviceaccount=:x").err
            == "error: serviceaccount must be <namespace>:<name>, namespace must be specified\n")
        #expect(h.run("set", "subject", "service", "kubernetes", "--user=x").err
            == "error: services/kubernetes setting subjects is only supported for RoleBinding/ClusterRoleBinding\n")
    }

    @Test("a missing binding is reported before a missing subject")
    func notFoundFirst() throws {
        let h = try binding()
        #expect(h.run("set", "subject", "rolebinding", "nope").err
            == "Error from server (NotFound): rolebindings.rbac.authorization.k8s.io \"nope\" not found\n")
    }

    @Test("--user is a subject here, and the global kubeconfig user for the other set commands")
    func userFlag() throws {
        let h = try binding()
        #expect(h.run("set", "subject", "rolebinding", "rb", "--user=nobody").code == 0)
        #expect(h.run("set", "sa", "deployment", "web", "x", "--user=nobody").err == "error: auth info \"nobody\" does not exist\n")
    }
}
