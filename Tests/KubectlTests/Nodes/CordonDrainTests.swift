import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl cordon, uncordon and drain")
struct CordonDrainTests {
    @Test("cordon and uncordon say what changed, or that nothing did")
    func cordonMessages() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("cordon", "tk8s-worker1").out == "node/tk8s-worker1 cordoned\n")
        #expect(lab.run("cordon", "tk8s-worker1").out == "node/tk8s-worker1 already cordoned\n")
        #expect(lab.run("get", "nodes", "tk8s-worker1").out.contains("Ready,SchedulingDisabled"))
        #expect(lab.run("uncordon", "tk8s-worker1").out == "node/tk8s-worker1 uncordoned\n")
        #expect(lab.run("uncordon", "tk8s-worker1").out == "node/tk8s-worker1 already uncordoned\n")
        #expect(lab.run("cordon", "tk8s-worker1", "--dry-run=client").out == "node/tk8s-worker1 cordoned (dry run)\n")
        #expect(lab.run("get", "nodes", "tk8s-worker1").out.contains("SchedulingDisabled") == false)
    }

    @Test("cordon of a node that does not exist, and without a node")
    func cordonErrors() throws {
        let lab = try KubectlHarness()
        let missing = lab.run("cordon", "nosuch")
        #expect(missing.err == "Error from server (NotFound): nodes \"nosuch\" not found\n")
        #expect(missing.code == 1)
        #expect(lab.run("cordon").err == "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n")
    }

    @Test("drain refuses DaemonSet pods, bare pods and pods with emptyDir data, naming them, and leaves the node cordoned")
    func drainRefuses() throws {
        let lab = try KubectlHarness()
        let result = lab.run("drain", "tk8s-worker1", "--ignore-daemonsets")
        #expect(result.out == "node/tk8s-worker1 cordoned\n")
        // kubectl 1.32 says "cannot delete" twice for bare pods; CheckErr prints several errors one a line.
        let errors = [
            "cannot delete Pods with local storage (use --delete-emptydir-data to override): kube-system/metrics-server-8467fcc7b7-d9x4b",
            "cannot delete cannot delete Pods that declare no controller (use --force to override): default/goweb",
        ]
        #expect(
            result.err == """
                error: unable to drain node "tk8s-worker1" due to error: [\(errors.joined(separator: ", "))], continuing command...
                There are pending nodes to be drained:
                 tk8s-worker1
                \(errors.joined(separator: "\n"))

                """)
        #expect(result.code == 1)
    }

    @Test("drain evicts in virtual time and reports each pod once it is gone")
    func drainEvicts() throws {
        let lab = try KubectlHarness()
        let result = lab.run(
            "drain", "tk8s-worker1", "--ignore-daemonsets", "--force", "--delete-emptydir-data", "--grace-period=5")
        #expect(result.code == 0)
        #expect(result.err.hasPrefix("Warning: deleting Pods that declare no controller: default/goweb; ignoring DaemonSet-managed Pods: "))
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "node/tk8s-worker1 cordoned")
        #expect(lines.last == "node/tk8s-worker1 drained")
        #expect(lines.contains("evicting pod default/goweb"))
        #expect(lines.contains("pod/goweb evicted"))
        let left = lab.cluster.list(.pods).filter { $0[path: "spec.nodeName"].string == "tk8s-worker1" }
        #expect(left.allSatisfy { $0.controllerUID != nil && $0.labels["k8s-app"] != nil })
    }

    @Test("drain --dry-run=client lists what it would evict and changes nothing")
    func drainDryRun() throws {
        let lab = try KubectlHarness()
        let result = lab.run(
            "drain", "tk8s-worker1", "--ignore-daemonsets", "--force", "--delete-emptydir-data", "--dry-run=client")
        #expect(result.out.contains("evicting pod default/goweb (dry run)\n"))
        #expect(result.out.hasSuffix("node/tk8s-worker1 drained (dry run)\n"))
        #expect((try lab.cluster.get(.pods, namespace: "default", name: "goweb")).deletionTimestamp == nil)
    }
}
