import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl delete flag checks and output")
struct DeleteFlagTests {
    @Test("flag conflicts are refused with kubectl's words, nothing deleted", arguments: [
        (["pods", "web", "--all"], "error: name cannot be provided when a selector is specified\n"),
        (["pods", "--all", "-l", "app=web"], "error: setting 'all' parameter but found a non empty selector. \n"),
        (["pod/web", "--all"], "error: selectors and the all flag cannot be used when passing resource/name arguments\n"),
        (["--all"], "error: at least one resource must be specified to use a selector\n"),
        (["pod", "web", "--now", "--grace-period=5"], "error: --now and --grace-period cannot be specified together\n"),
        (["pod", "web", "--force", "--grace-period=5"], "error: --force and --grace-period greater than 0 cannot be specified together\n"),
        (["pod", "web", "-o", "yaml"], "error: unexpected -o output mode: yaml. We only support '-o name'\n"),
        (["-f", "x.yaml", "pod", "web"], "error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well\n"),
    ])
    func conflicts(arguments: [String], message: String) throws {
        let lab = try KubectlHarness()
        #expect(lab.run("run", "web", "--image=nginx").code == 0)
        let result = lab.run(["delete"] + arguments)
        #expect(result.err == message)
        #expect(result.code == 1)
        #expect(lab.run("get", "pod", "web", "-o", "name").out == "pod/web\n")
    }

    @Test("a client dry run names the object without asking the server")
    func clientDryRun() throws {
        let lab = try KubectlHarness()
        let result = lab.run("delete", "deploy", "nosuch", "--dry-run=client")
        #expect(result.out == "deployment.apps \"nosuch\" deleted (dry run)\n")
        #expect(result.code == 0)
    }

    @Test("-o name prints type/name; --force prints force deleted")
    func outputs() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("run", "a", "--image=nginx").code == 0)
        #expect(lab.run("run", "b", "--image=nginx").code == 0)
        #expect(lab.run("delete", "pod", "a", "-o", "name").out == "pod/a\n")
        let forced = lab.run("delete", "pod", "b", "--grace-period=0", "--force")
        #expect(forced.out == "pod \"b\" force deleted\n")
        #expect(forced.err.hasPrefix("Warning: Immediate deletion"))
    }
}
