import Cluster
import Kubectl
import Testing

@testable import Shell

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15 running the same `-c` strings.
@Suite("set -u and ${NAME?} under kubectl exec: each image's shell words the error and ends its own way")
struct PodShellUnsetParameterTests {
    @Test("busybox and dash say `parameter not set` and end with 2; bash says `unbound variable` and ends with 127")
    func messages() throws {
        let lab = try tk8sLab(after: [
            "kubectl run box --image=busybox -- sleep 3600", "kubectl run web --image=nginx", "sleep 20",
        ])
        let exit = { (code: Int) in "command terminated with exit code \(code)\n" }
        #expect(run(lab, "kubectl exec box -- sh -c 'set -u; echo $X'").err == "sh: X: parameter not set\n" + exit(2))
        #expect(run(lab, "kubectl exec box -- sh -c ': ${X:?}'").err == "sh: X: parameter not set or null\n" + exit(2))
        #expect(run(lab, "kubectl exec web -- sh -c 'set -u; echo $X'").err == "sh: 1: X: parameter not set\n" + exit(2))
        #expect(run(lab, "kubectl exec web -- bash -c 'set -u; echo $X'").err == "bash: line 1: X: unbound variable\n" + exit(127))
        #expect(run(lab, "kubectl exec web -- bash -c 'echo ${X?}'").err == "bash: line 1: X: parameter not set\n" + exit(127))
    }

    @Test("a failing $(...) ends alone: 2 from dash, 1 from bash; only bash refuses an unset name in $((...))")
    func subshellsAndArithmetic() throws {
        let lab = try tk8sLab(after: ["kubectl run web --image=nginx", "sleep 20"])
        let dash = run(lab, "kubectl exec web -- sh -c 'set -u; v=$(echo $X); echo \"after $?\"; echo $((Y + 1))'")
        #expect(dash.out == "after 2\n1\n" && dash.err == "sh: 1: X: parameter not set\n")
        let bash = run(lab, "kubectl exec web -- bash -c 'set -u; v=$(echo $X); echo \"after $?\"; echo $((Y + 1))'")
        #expect(bash.out == "after 1\n")
        #expect(
            bash.err == "bash: line 1: X: unbound variable\nbash: line 1: Y: unbound variable\ncommand terminated with exit code 127\n")
    }

    @Test("the host's interactive bash keeps its own words and goes on")
    func interactive() throws {
        let lab = try tk8sLab(after: [])
        let result = run(lab, "set -u; echo $X")
        #expect(result.err == "bash: X: unbound variable\n")
    }
}
