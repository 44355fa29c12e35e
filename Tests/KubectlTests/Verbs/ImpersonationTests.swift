import Cluster
import KubeAPI
import Testing

@testable import Kubectl

/// `--as` / `--as-group`: the apiserver authorizes the impersonated user through the world's RBAC
/// and words a refusal as its authorization filter does.
@Suite struct ImpersonationTests {
    @Test("a service account gets its fixed groups; everyone but anonymous is authenticated")
    func groups() {
        #expect(UserInfo.impersonated("system:serviceaccount:team:app", groups: []).groups
            == ["system:serviceaccounts", "system:serviceaccounts:team", "system:authenticated"])
        #expect(UserInfo.impersonated("jane", groups: ["ops"]).groups == ["ops", "system:authenticated"])
        #expect(UserInfo.impersonated("jane", groups: ["system:unauthenticated"]).groups == ["system:unauthenticated"])
        #expect(UserInfo.impersonated("system:anonymous", groups: []).groups == ["system:unauthenticated"])
    }

    @Test("the Forbidden message names the resource, the name when there is one, and the scope")
    func messages() throws {
        let lab = try KubectlHarness()
        let sa = "--as=system:serviceaccount:default:default"
        #expect(lab.run("get", "pods", sa).err == """
            Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"

            """)
        #expect(lab.run("get", "deploy", "coredns", "-n", "kube-system", "--as=jane").err == """
            Error from server (Forbidden): deployments.apps "coredns" is forbidden: User "jane" cannot get resource "deployments" in API group "apps" in the namespace "kube-system"

            """)
        let nodes = lab.run("get", "nodes", "--as=jane")
        #expect(nodes.code == 1)
        #expect(nodes.err.hasSuffix("cannot list resource \"nodes\" in API group \"\" at the cluster scope\n"))
        #expect(lab.run("run", "x", "--image=nginx", "--as=jane").err.hasPrefix("Error from server (Forbidden): pods is forbidden: User \"jane\" cannot create"))
    }

    @Test("a RoleBinding lets the user through in its namespace only; can-i answers for the user")
    func roleBinding() throws {
        let lab = try KubectlHarness()
        let sa = "--as=system:serviceaccount:default:default"
        #expect(lab.run("auth", "can-i", "list", "pods", sa) == ("no\n", "", 1))
        _ = lab.run("create", "role", "r", "--verb=list", "--resource=pods")
        _ = lab.run("create", "rolebinding", "b", "--role=r", "--serviceaccount=default:default")
        #expect(lab.run("auth", "can-i", "list", "pods", sa) == ("yes\n", "", 0))
        #expect(lab.run("auth", "can-i", "get", "pods", sa).out == "no\n")
        #expect(lab.run("get", "pods", sa).code == 0)
        #expect(lab.run("get", "pods", "-n", "kube-system", sa).code == 1)
        // Without --as the admin may do anything.
        #expect(lab.run("auth", "can-i", "delete", "nodes").out == "yes\n")
    }

    @Test("groups or a uid without a user are refused before any request")
    func groupWithoutUser() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("get", "pods", "--as-group=ops") == (
            "", "error: requesting uid, groups or user-extra for kubernetes-admin without impersonating a user\n", 1))
    }
}

extension ImpersonationTests {
    @Test("describe asks for get or list, exec for create on pods/exec")
    func describeAndExec() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("describe", "pod", "goweb", "--as=jane").err.hasPrefix(
            "Error from server (Forbidden): pods \"goweb\" is forbidden: User \"jane\" cannot get resource \"pods\""))
        _ = lab.run("create", "role", "r", "--verb=get", "--resource=pods")
        _ = lab.run("create", "rolebinding", "b", "--role=r", "--user=jane")
        #expect(lab.run("describe", "pod", "goweb", "--as=jane").code == 0)
        #expect(lab.run("exec", "goweb", "--as=jane", "--", "hostname").err == """
            Error from server (Forbidden): pods "goweb" is forbidden: User "jane" cannot create resource "pods/exec" in API group "" in the namespace "default"

            """)
    }
}
