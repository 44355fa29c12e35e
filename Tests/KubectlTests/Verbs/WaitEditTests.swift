import Cluster
import KubeAPI
import Testing

/// `kubectl wait` in virtual time, and `kubectl edit` pointing at apply and patch.
@Suite("kubectl wait / edit")
struct WaitEditTests {
    @Test("waiting moves the clock until the condition holds")
    func waitsInVirtualTime() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let start = h.cluster.now
        let result = h.run("wait", "--for=condition=Available", "deployment/web", "--timeout=2m")
        #expect(result.out == "deployment.apps/web condition met\n")
        #expect(h.cluster.now > start)
    }

    @Test("a timeout names the object; --timeout=0 checks once")
    func timeouts() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "job", "pi", "--image=busybox", "--", "sleep", "60")
        #expect(h.run("wait", "--for=condition=Complete", "job/pi", "--timeout=5s").err
            == "error: timed out waiting for the condition on jobs/pi\n")
        #expect(h.run("wait", "--for=condition=Complete", "job/pi", "--timeout=0").err
            == "error: condition not met for jobs/pi\n")
        #expect(h.run("wait", "--for=nothing", "job/pi").err == "error: unrecognized condition: \"nothing\"\n")
    }

    @Test("waiting for a deletion that already happened prints nothing")
    func deleted() throws {
        let h = try KubectlHarness()
        #expect(h.run("wait", "--for=delete", "pod/nosuch").out == "")
        #expect(h.run("wait", "--for=delete", "pod/nosuch").code == 0)
    }

    @Test("edit explains itself with the object's own names and changes nothing")
    func edit() throws {
        let h = try KubectlHarness()
        let result = h.run("edit", "pod", "goweb")
        #expect(result.code == 1)
        #expect(result.err.contains("  kubectl get pod goweb -o yaml > goweb.yaml\n"))
        #expect(result.err.contains("  kubectl apply -f goweb.yaml\n"))
    }
}
