import Cluster
import KubeAPI
import Kubectl
import Testing

@Suite("kubectl logs and attach")
struct LogsVerbTests {
    @Test("a workload's logs come from one of its pods, named on stderr")
    func workload() throws {
        let h = try KubectlHarness()
        let result = h.run("logs", "-n", "kube-system", "deploy/coredns")
        #expect(result.err.hasPrefix("Found 2 pods, using pod/coredns-"))
        #expect(result.out == ".:53\nCoreDNS-1.11.3\nlinux/amd64, go1.21.11, a6338e9\n")
    }

    @Test("a pod with several containers uses its first, and says so")
    func defaulted() throws {
        let h = try KubectlHarness()
        let canal = try #require(h.cluster.list(.pods, namespace: "kube-system").first { $0.name.hasPrefix("canal-") })
        let result = h.run("logs", "-n", "kube-system", canal.name)
        #expect(result.err == "Defaulted container \"calico-node\" out of: calico-node, kube-flannel\n")
        #expect(result.code == 0)
    }

    @Test("--prefix names each line's pod and container")
    func prefix() throws {
        let h = try KubectlHarness()
        _ = h.run("run", "once", "--image=busybox", "--restart=Never", "--", "echo", "hi")
        h.cluster.advance(seconds: 30)
        #expect(h.run("logs", "once", "--prefix").out == "[pod/once/once] hi\n")
        #expect(h.run("logs", "-l", "run=once", "--timestamps").out.hasSuffix("Z hi\n"))
    }

    @Test(
        "bad input is refused as kubectl words it",
        arguments: [
            (["logs"], "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"),
            (["logs", "nosuch"], "error: error from server (NotFound): pods \"nosuch\" not found in namespace \"default\"\n"),
            (["logs", "goweb", "-c", "nope"], "error: container nope is not valid for pod goweb\n"),
            (["logs", "goweb", "--tail=-5"], "error: --tail must be greater than or equal to -1\n"),
            (["logs", "goweb", "--since=2"], "error: invalid argument \"2\" for \"--since\" flag: time: missing unit in duration \"2\"\nSee 'kubectl logs --help' for usage.\n"),
            (["logs", "goweb", "-p"], "Error from server (BadRequest): previous terminated container \"goweb\" in pod \"goweb\" not found\n"),
            (["logs", "cj/nosuch"], "error: error from server (NotFound): cronjobs.batch \"nosuch\" not found in namespace \"default\"\n"),
            (["attach"], "error: at least 1 argument is required for attach\n"),
            (["attach", "nosuch"], "Error from server (NotFound): pods \"nosuch\" not found\n"),
        ])
    func badInput(_ arguments: [String], _ expected: String) throws {
        let h = try KubectlHarness()
        let result = h.run(arguments)
        #expect(result.err == expected)
        #expect(result.code == 1)
    }

    @Test("attach streams what the container prints from then on; -t without the container's terminal is refused aside")
    func attach() throws {
        let h = try KubectlHarness()
        _ = h.run("run", "t", "--image=busybox", "--", "sh", "-c", "while true; do echo tick; sleep 20; done")
        h.cluster.advance(seconds: 30)
        let before = h.cluster.now
        let result = h.run("attach", "t", "-it")
        #expect(
            result.err
                == "error: Unable to use a TTY - container t did not allocate one\nIf you don't see a command prompt, try pressing enter.\n")
        // The minute it follows holds three ticks; the ones before it are not replayed.
        #expect(result.out == "tick\ntick\ntick\n")
        #expect(result.code == 0)
        #expect(h.cluster.now == before.adding(seconds: 60))
        #expect(h.run("attach", "t", "-q").err == "")
    }

    @Test("-f follows the clock until the container stops, within its bound")
    func follow() throws {
        let h = try KubectlHarness()
        _ = h.run("run", "t", "--image=busybox", "--", "sh", "-c", "while true; do date +%S; sleep 20; done")
        h.cluster.advance(seconds: 10)
        let before = h.cluster.now
        let lines = h.run("logs", "t", "-f").out.split(separator: "\n")
        #expect(h.cluster.now == before.adding(seconds: 60))
        #expect(lines.count == 4)
    }
}
