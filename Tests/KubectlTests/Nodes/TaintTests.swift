import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl taint")
struct TaintTests {
    @Test("adding puts the new taint first; removing by key and effect or by key alone")
    func addAndRemove() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("taint", "nodes", "tk8s-worker1", "a=1:NoSchedule").out == "node/tk8s-worker1 tainted\n")
        #expect(lab.run("taint", "node", "tk8s-worker1", "b:PreferNoSchedule").out == "node/tk8s-worker1 tainted\n")
        let taints = try lab.cluster.get(.nodes, namespace: nil, name: "tk8s-worker1")[path: "spec.taints"].array
        #expect(taints.map { $0["key"].string } == ["b", "a"])
        #expect(lab.run("taint", "no", "tk8s-worker1", "a=2:NoSchedule", "--overwrite").out == "node/tk8s-worker1 modified\n")
        #expect(lab.run("taint", "nodes", "tk8s-worker1", "a:NoSchedule-").out == "node/tk8s-worker1 untainted\n")
        #expect(lab.run("taint", "nodes", "tk8s-worker1", "b-").out == "node/tk8s-worker1 untainted\n")
        #expect(try lab.cluster.get(.nodes, namespace: nil, name: "tk8s-worker1")[path: "spec.taints"].isNull)
    }

    @Test("kubectl's error texts")
    func errors() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("taint", "nodes", "tk8s-worker1").err == "error: at least one taint update is required\n")
        #expect(lab.run("taint", "a=b:NoSchedule").err == "error: one or more resources must be specified as <resource> <name>\n")
        #expect(lab.run("taint", "nodes", "a=b:NoSchedule").err
            == "error: at least one resource name must be specified since 'all' parameter is not set\n")
        #expect(lab.run("taint", "pods", "x", "a=b:NoSchedule").err == "error: invalid resource type pods, only node types are supported\n")
        #expect(lab.run("taint", "nodes", "tk8s-worker1", "a:").err
            == "error: invalid taint effect: , unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n")
        #expect(lab.run("taint", "nodes", "tk8s-worker1", "a:NoSchedule-").err == "error: taint \"a:NoSchedule\" not found\n")
        #expect(lab.run("taint", "nodes", "nosuch", "a=b:NoSchedule").err == "Error from server (NotFound): nodes \"nosuch\" not found\n")
        #expect(lab.run("taint", "nodes", "tk8s-worker1", "a=b:NoSchedule", "a:NoSchedule-").err
            == "error: can not both modify and remove the following taint(s) in the same command: a=NoSchedule\n")
    }
}
