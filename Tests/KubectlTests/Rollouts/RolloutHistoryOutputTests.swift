import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl rollout history -o and label -A")
struct RolloutHistoryOutputTests {
    @Test("-o prints a Deployment's ReplicaSets oldest first, or the one --revision names")
    func historyObjects() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx")
        _ = lab.run("set", "image", "deploy/web", "nginx=nginx:1.27")
        let all = lab.run("rollout", "history", "deploy/web", "-o", "jsonpath={.spec.template.spec.containers[0].image} ")
        #expect(all.out == "nginx nginx:1.27 ")
        let one = lab.run("rollout", "history", "deploy/web", "--revision=1", "-o", "name")
        #expect(one.out.hasPrefix("replicaset.apps/web-"))
        #expect(one.out.split(separator: "\n").count == 1)
    }

    @Test("-A labels what a selector picks in every namespace, and refuses a name")
    func labelAllNamespaces() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "one", "--image=nginx", "-l", "team=x")
        _ = lab.run("create", "namespace", "dev")
        _ = lab.run("run", "two", "--image=nginx", "-l", "team=x", "-n", "dev")
        #expect(lab.run("label", "pods", "-A", "-l", "team=x", "tier=a").out == "pod/one labeled\npod/two labeled\n")
        #expect(try lab.cluster.get(.pods, namespace: "dev", name: "two").labels["tier"] == "a")
        let named = lab.run("label", "pod", "one", "-A", "tier=b")
        #expect(named.err == "error: a resource cannot be retrieved by name across all namespaces\n")
    }
}
