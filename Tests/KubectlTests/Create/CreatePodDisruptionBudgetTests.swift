import Cluster
import Foundation
import KubeAPI
import Kubectl
import Testing

/// `kubectl create poddisruptionbudget`, `get pdb`, `describe pdb` and drain against a budget.
@Suite("kubectl and PodDisruptionBudgets")
struct CreatePodDisruptionBudgetTests {
    @Test("create pdb --dry-run=client -o yaml prints the budget as kubectl 1.32 does")
    func dryRunYAML() throws {
        let lab = try KubectlHarness()
        let result = lab.run(
            "create", "pdb", "p", "--selector=a in (c,b),!d,g,h notin (x),z==1", "--min-available=50%", "--dry-run=client",
            "-o", "yaml")
        #expect(
            result.out == """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata:
                  creationTimestamp: null
                  name: p
                spec:
                  minAvailable: 50%
                  selector:
                    matchExpressions:
                    - key: a
                      operator: In
                      values:
                      - b
                      - c
                    - key: d
                      operator: DoesNotExist
                    - key: g
                      operator: Exists
                    - key: h
                      operator: NotIn
                      values:
                      - x
                    matchLabels:
                      z: "1"
                status:
                  currentHealthy: 0
                  desiredHealthy: 0
                  disruptionsAllowed: 0
                  expectedPods: 0

                """)
    }

    @Test("create pdb -o json keeps Go's field order, maxUnavailable after the selector")
    func dryRunJSON() throws {
        let lab = try KubectlHarness()
        let out = lab.run("create", "pdb", "p", "--selector=a=b", "--max-unavailable=1", "--dry-run=client", "-o", "json").out
        let selector = try #require(out.range(of: "\"selector\""))
        let bound = try #require(out.range(of: "\"maxUnavailable\": 1"))
        #expect(selector.lowerBound < bound.lowerBound)
        #expect(out.contains("\"disruptionsAllowed\": 0,\n        \"currentHealthy\": 0"))
    }

    @Test("create pdb refuses what kubectl refuses, with its words", arguments: [
        (["--min-available=1"], "error: a selector must be specified\n"),
        (["--selector=a=b"], "error: one of min-available or max-unavailable must be specified\n"),
        (["--selector=a=b", "--min-available=1", "--max-unavailable=1"], "error: min-available and max-unavailable cannot be both specified\n"),
        (["--selector=a=b", "--min-available=x"], "error: invalid format specified for min-available\n"),
        (["--selector=a=b", "--max-unavailable=10Gb"], "error: invalid format specified for max-unavailable\n"),
        (["--selector=a!=b", "--max-unavailable=1"], "error: \"!=\" is not a valid label selector operator\n"),
    ])
    func refusals(flags: [String], message: String) throws {
        let lab = try KubectlHarness()
        let result = lab.run(["create", "pdb", "p", "--dry-run=client"] + flags)
        #expect(result.err == message)
        #expect(result.code == 1)
    }

    @Test("get pdb shows both bounds, N/A for the unset one, and what the controller allows")
    func table() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx", "--replicas=3")
        _ = lab.cluster.wait(timeoutSeconds: 30) { false }
        #expect(lab.run("create", "pdb", "web", "--selector=app=web", "--min-available=2").out == "poddisruptionbudget.policy/web created\n")
        _ = lab.run("create", "pdb", "half", "--selector=app=web", "--max-unavailable=50%")
        #expect(
            lab.run("get", "pdb").out == """
                NAME   MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
                half   N/A             50%               2                     0s
                web    2               N/A               1                     0s

                """)
        #expect(
            lab.run("describe", "pdb", "half").out == """
                Name:             half
                Namespace:        default
                Max unavailable:  50%
                Selector:         app=web
                Status:
                    Allowed disruptions:  2
                    Current:              3
                    Desired:              1
                    Total:                3
                Events:                   <none>

                """)
    }

    @Test("drain asks again every 5 seconds for a pod its budget protects, until a replacement is ready")
    func drainRetries() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx", "--replicas=3")
        _ = lab.cluster.wait(timeoutSeconds: 30) { false }
        _ = lab.run("create", "pdb", "web", "--selector=app=web", "--min-available=2")
        let onWorker2 = lab.cluster.list(.pods, namespace: "default").filter {
            $0.name.hasPrefix("web-") && $0[path: "spec.nodeName"] == "tk8s-worker2"
        }.map(\.name)
        try #require(onWorker2.count == 2)
        let result = lab.run("drain", "tk8s-worker2", "--ignore-daemonsets", "--pod-selector=app=web")
        let refusal =
            "error when evicting pods/\"\(onWorker2[1])\" -n \"default\" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n"
        #expect(result.err == refusal)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "node/tk8s-worker2 cordoned")
        #expect(lines.filter { $0 == "evicting pod default/\(onWorker2[1])" }.count == 2)
        #expect(lines.contains("pod/\(onWorker2[0]) evicted"))
        #expect(lines.contains("pod/\(onWorker2[1]) evicted"))
        #expect(lines.last == "node/tk8s-worker2 drained")
        #expect(result.code == 0)
    }

    @Test("with --timeout, drain stops asking once the time is up and says so")
    func drainTimeout() throws {
        let lab = try KubectlHarness()
        _ = lab.run("create", "deployment", "web", "--image=nginx", "--replicas=2")
        _ = lab.cluster.wait(timeoutSeconds: 30) { false }
        _ = lab.run("create", "pdb", "web", "--selector=app=web", "--min-available=2")
        let pod = try #require(lab.cluster.list(.pods, namespace: "default").first {
            $0.name.hasPrefix("web-") && $0[path: "spec.nodeName"] == "tk8s-worker2"
        })
        let result = lab.run("drain", "tk8s-worker2", "--pod-selector=app=web", "--timeout=12s")
        let error = "error when evicting pods/\"\(pod.name)\" -n \"default\": global timeout reached: 12s"
        // Asked at 0, 5 and 10 s; the fourth time, at 15 s, the time is up.
        #expect(result.out.components(separatedBy: "evicting pod default/\(pod.name)\n").count == 5)
        // One node's aggregate of one error: CheckErr prints it without the error: prefix.
        #expect(result.err.hasSuffix("There are pending nodes to be drained:\n tk8s-worker2\n\(error)\n"))
        #expect(result.code == 1)
    }
}
