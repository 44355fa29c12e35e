import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// `--as` on the verbs that read and change objects: each request kubectl sends is authorized
/// in turn, so the first one the user may not make is the one the apiserver refuses.
@Suite struct ImpersonationWriteTests {
    private func forbidden(_ verb: String, _ resource: String, name: String? = nil, group: String = "", ns: String = "default", user: String = "jane") -> String {
        let qualified = group.isEmpty ? resource.split(separator: "/").first.map(String.init) ?? resource : "\(resource.split(separator: "/")[0]).\(group)"
        let subject = name.map { "\(qualified) \"\($0)\"" } ?? qualified
        return "Error from server (Forbidden): \(subject) is forbidden: User \"\(user)\" cannot \(verb) resource \"\(resource)\" in API group \"\(group)\" in the namespace \"\(ns)\"\n"
    }

    /// jane may read pods and deployments in default (the view role), nothing more.
    private func viewer() throws -> KubectlHarness {
        let lab = try KubectlHarness()
        _ = lab.run("create", "rolebinding", "jane-view", "--clusterrole=view", "--user=jane")
        return lab
    }

    @Test("label, annotate and patch GET the object, then are refused the PATCH")
    func patchVerbs() throws {
        let lab = try viewer()
        #expect(lab.run("label", "pod", "goweb", "tier=web", "--as=jane").err == forbidden("patch", "pods", name: "goweb"))
        #expect(lab.run("annotate", "pod", "goweb", "note=x", "--as=jane").err == forbidden("patch", "pods", name: "goweb"))
        #expect(lab.run("patch", "pod", "goweb", "-p", #"{"metadata":{"labels":{"a":"b"}}}"#, "--as=jane").err
            == forbidden("patch", "pods", name: "goweb"))
        // Someone who may not even read the pod is refused the GET.
        #expect(lab.run("label", "pod", "goweb", "tier=web", "--as=bob").err == forbidden("get", "pods", name: "goweb", user: "bob"))
    }

    @Test("scale patches the scale subresource; rollout restart patches the Deployment")
    func workloads() throws {
        let lab = try viewer()
        _ = lab.run("create", "deployment", "web", "--image=nginx")
        #expect(lab.run("scale", "deployment", "web", "--replicas=2", "--as=jane").err
            == forbidden("patch", "deployments/scale", name: "web", group: "apps"))
        // rollout restart words a failed patch itself.
        #expect(lab.run("rollout", "restart", "deployment", "web", "--as=jane").err
            == "error: failed to patch: " + forbidden("patch", "deployments", name: "web", group: "apps").dropFirst(31))
        #expect(lab.run("rollout", "status", "deployment", "web", "--as=bob").err
            == forbidden("get", "deployments", name: "web", group: "apps", user: "bob"))
    }

    @Test("logs needs get on pods/log (view has it); port-forward needs create on pods/portforward")
    func podSubresources() throws {
        let lab = try viewer()
        #expect(lab.run("logs", "goweb", "--as=jane").code == 0)
        #expect(lab.run("logs", "goweb", "--as=bob").err == forbidden("get", "pods", name: "goweb", user: "bob"))
        #expect(lab.run("port-forward", "pod/goweb", "8080:80", "--as=jane").err == """
            error: error upgrading connection: pods "goweb" is forbidden: User "jane" cannot create resource "pods/portforward" in API group "" in the namespace "default"

            """)
    }

    @Test("get -w lists and then watches; a user who may list but not watch sees the list, then the refusal")
    func watch() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "role", "lister", "--verb=list", "--resource=pods")
        _ = lab.run("create", "rolebinding", "lister", "--role=lister", "--user=jane")
        let result = lab.run("get", "pods", "-w", "--as=jane")
        #expect(result.out.hasPrefix("NAME"))
        #expect(result.err == forbidden("watch", "pods"))
    }
}
