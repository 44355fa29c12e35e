import KubeAPI
import Kubectl
import Testing
import Tutor

/// `kubectl run -it ... -- sh`: the pod's shell at the prompt, and kubectl's closing lines at its exit.
@Suite("kubectl run -it: the pod's shell at the prompt")
struct RunAttachShellTests {
    @Test("-it --rm opens the pod's shell; exit deletes the pod")
    func removeAtExit() throws {
        let lab = try NodeExecTests.lab()
        let opened = NodeExecTests.run(lab, "kubectl run -it --rm box --image=busybox -- sh")
        #expect(opened.err == "If you don't see a command prompt, try pressing enter.\n")
        #expect(NodeExecTests.run(lab, "hostname").out == "box\n")
        let closed = NodeExecTests.run(lab, "exit")
        // The default restart policy is Always, so kubectl's hint comes before the deletion.
        #expect(closed.out == "Session ended, resume using 'kubectl attach box -c box -i -t' command when the pod is running\npod \"box\" deleted\n")
        #expect(closed.status == 0)
        #expect(NodeExecTests.run(lab, "kubectl get pod box").out.contains("Terminating"))
    }

    @Test("without --rm and with restart Always, kubectl says how to attach again")
    func sessionEnded() throws {
        let lab = try NodeExecTests.lab()
        _ = NodeExecTests.run(lab, "kubectl run -it keep --restart=Always --image=busybox -- sh")
        let closed = NodeExecTests.run(lab, "exit")
        #expect(closed.out == "Session ended, resume using 'kubectl attach keep -c keep -i -t' command when the pod is running\n")
        #expect(NodeExecTests.run(lab, "kubectl get pod keep").out.contains("keep"))
    }

    @Test("with OnFailure, exit 0 completes the pod and kubectl ends quietly")
    func completes() throws {
        let lab = try NodeExecTests.lab()
        _ = NodeExecTests.run(lab, "kubectl run -it once --restart=OnFailure --image=busybox -- sh")
        let closed = NodeExecTests.run(lab, "exit")
        #expect(closed.out.isEmpty && closed.err.isEmpty && closed.status == 0)
        #expect(NodeExecTests.run(lab, "kubectl get pod once --no-headers").out.contains("Completed"))
    }

    @Test("-i with a network client: its output while attached, the pod ending with its status")
    func networkClient() throws {
        let lab = try NodeExecTests.lab()
        let found = NodeExecTests.run(lab, "kubectl run -i --rm look --restart=Never --image=busybox -- nslookup kubernetes.default.svc.tk8s.k8s")
        #expect(found.out.contains("Address: 10.98.0.1\n") && found.out.hasSuffix("pod \"look\" deleted\n"))
        #expect(found.status == 0)
        let missing = NodeExecTests.run(lab, "kubectl run -i miss --restart=Never --image=busybox -- wget -qO- nosuch")
        #expect(missing.err.hasSuffix("wget: bad address 'nosuch'\npod default/miss terminated (Error)\n"))
        #expect(missing.status == 1)
        #expect(NodeExecTests.run(lab, "kubectl get pod miss --no-headers").out.contains("Error"))
    }
}
