import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl rollout on kinds it cannot drive, and its own flags")
struct RolloutKindTests {
    @Test("each subcommand words the refusal as kubectl 1.32", arguments: [
        ("status", "error: no status viewer has been implemented for Pod\n"),
        ("history", "error: no history viewer has been implemented for \"Pod\"\n"),
        ("undo", "error: no rollbacker has been implemented for \"Pod\"\n"),
        ("restart", "error: pods \"p\" restarting is not supported\n"),
        ("pause", "error: pods \"p\" pausing is not supported\n"),
        ("resume", "error: pods \"p\" resuming is not supported\n"),
    ])
    func unsupported(sub: String, message: String) throws {
        let lab = try KubectlHarness()
        #expect(lab.run("run", "p", "--image=nginx").code == 0)
        #expect(lab.run("rollout", sub, "pod/p").err == message)
        #expect(lab.run("rollout", sub, "pod/nosuch").err == "Error from server (NotFound): pods \"nosuch\" not found\n")
    }

    @Test("restart has no --dry-run; history refuses a negative revision")
    func flags() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx").code == 0)
        #expect(lab.run("rollout", "restart", "deploy/web", "--dry-run=client").err
            == "error: unknown flag: --dry-run\nSee 'kubectl rollout restart --help' for usage.\n")
        #expect(lab.run("rollout", "history", "deploy/web", "--revision=-1").err
            == "error: revision must be a positive integer: -1\n")
    }

    @Test("history --revision shows that revision's pod template with kubectl's bare tabs")
    func revisionTemplate() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("create", "deployment", "web", "--image=nginx:1.26").code == 0)
        lab.cluster.advance(seconds: 20)
        #expect(lab.run("set", "image", "deployment/web", "nginx=nginx:1.27").code == 0)
        lab.cluster.advance(seconds: 60)
        let out = lab.run("rollout", "history", "deployment/web", "--revision=1").out
        #expect(out.hasPrefix("deployment.apps/web with revision #1\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash="))
        #expect(out.contains("    Image:\tnginx:1.26\n"))
        #expect(out.hasSuffix("  Tolerations:\t<none>\n\n"))
        #expect(lab.run("rollout", "history", "deployment/web", "--revision=7").err == "error: unable to find the specified revision\n")
    }
}
