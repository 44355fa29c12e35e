import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl run -i: attach, --rm and the container's exit")
struct RunAttachTests {
    @Test("-i --restart=Never shows what the command prints, deletes the pod with --rm, and exits 0")
    func printsAndRemoves() throws {
        let lab = try KubectlHarness()
        let result = lab.run("run", "-i", "--rm", "--restart=Never", "hello", "--image=busybox", "--", "sh", "-c", "sleep 3; echo done")
        #expect(result.err == "If you don't see a command prompt, try pressing enter.\n")
        #expect(result.out == "done\npod \"hello\" deleted\n")
        #expect(result.code == 0)
    }

    @Test("a container that fails makes kubectl fail with its exit code, after --rm's deletion")
    func failingContainer() throws {
        let lab = try KubectlHarness()
        let result = lab.run("run", "-i", "--rm", "--restart=Never", "fails", "--image=busybox", "--", "sh", "-c", "sleep 3; exit 4")
        #expect(result.out == "pod \"fails\" deleted\n")
        #expect(result.err.hasSuffix("pod default/fails terminated (Error)\n"))
        #expect(result.code == 4)
    }

    @Test("-q keeps kubectl's own lines out of the output")
    func quiet() throws {
        let lab = try KubectlHarness()
        let result = lab.run("run", "-iq", "--rm", "--restart=Never", "hush", "--image=busybox", "--", "sh", "-c", "sleep 2; echo hi")
        #expect(result.out == "hi\n")
        #expect(result.err.isEmpty)
    }

    @Test("a pod that never runs times out after --pod-running-timeout, deleted first with --rm")
    func timesOut() throws {
        let lab = try KubectlHarness()
        let start = lab.cluster.now
        let result = lab.run("run", "-i", "--rm", "nopull", "--image=nosuch/image:9", "--pod-running-timeout=20s", "--", "sh")
        #expect(result.out == "pod \"nopull\" deleted\n")
        #expect(result.err == "error: timed out waiting for the condition\n")
        #expect(result.code == 1)
        #expect(lab.cluster.now.milliseconds(since: start) == 20_000)
    }

    @Test("a command that never ends is followed for a minute of lab time, then left")
    func endlessCommand() throws {
        let lab = try KubectlHarness()
        let start = lab.cluster.now
        let result = lab.run(
            "run", "-i", "--rm", "--restart=Never", "load", "--image=busybox", "--", "sh", "-c", "while sleep 0.01; do wget -q -O- http://php-apache; done")
        #expect(result.out == "pod \"load\" deleted\n")
        #expect(result.code == 0)
        #expect(lab.cluster.now.milliseconds(since: start) > 60_000)
    }

    @Test("a shell with its stdin kept open keeps running")
    func openStdinShell() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "-i", "--attach=false", "box", "--image=busybox", "--", "sh")
        lab.cluster.advance(seconds: 30)
        #expect(lab.run("get", "pod", "box", "--no-headers").out.contains("1/1   Running   0"))
    }

    @Test("-i keeps Always as the default restart policy and asks for stdin in the container")
    func stdinPod() throws {
        let lab = try KubectlHarness()
        let yaml = lab.run("run", "x", "--image=busybox", "-it", "--attach=false", "--dry-run=client", "-o", "yaml").out
        #expect(yaml.contains("    stdin: true\n    stdinOnce: true\n    tty: true\n"))
        #expect(yaml.contains("  restartPolicy: Always\n"))
    }

    @Test("kubectl's checks of the attach flags, worded as kubectl words them")
    func validations() throws {
        let lab = try KubectlHarness()
        let hint = "\nSee 'kubectl run -h' for help and examples\n"
        #expect(lab.run("run", "web", "--rm", "--image=nginx").err == "error: --rm should only be used for attached containers" + hint)
        #expect(lab.run("run", "-t", "web", "--image=nginx").err == "error: -i/--stdin is required for containers with -t/--tty=true" + hint)
        #expect(
            lab.run("run", "-i", "web", "--image=nginx", "--dry-run=server").err
                == "error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)" + hint)
        #expect(lab.run("run", "-it", "web", "--image=nginx", "--pod-running-timeout=0s").err == "error: --pod-running-timeout must be higher than zero" + hint)
        #expect(lab.run("get", "pod", "web").code == 1)
    }
}
