import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// `systemctl stop|start|restart kubelet` inside a node container, as the cluster and the node see it.
@Suite("Node containers: the kubelet service stopped and started")
struct KubeletServiceTests {
    static func run(_ lab: any Lab, _ line: String) -> (out: String, err: String, status: Int32) {
        NodeExecTests.run(lab, line)
    }

    static func ready(_ lab: any Lab, _ node: String) -> String? {
        lab.objects(resource: "nodes", namespace: nil).first { $0.name == node }?[path: "status.conditions"].array
            .first { $0["type"].string == "Ready" }?["status"].string
    }

    @Test("stopped, the node goes Unknown after 40 s and its pods are deleted after 300 s; started, it is Ready again")
    func stopAndStart() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl stop kubelet").status == 0)
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl is-active kubelet").out == "inactive\n")
        _ = Self.run(lab, "sleep 39")
        #expect(Self.ready(lab, "tk8s-worker1") == "True")
        _ = Self.run(lab, "sleep 1")
        #expect(Self.ready(lab, "tk8s-worker1") == "Unknown")
        let message = lab.objects(resource: "nodes", namespace: nil).first { $0.name == "tk8s-worker1" }?[path: "status.conditions"]
            .array.first { $0["type"].string == "Ready" }?["message"].string
        #expect(message == "Kubelet stopped posting node status.")
        _ = Self.run(lab, "sleep 300")
        let goweb = lab.objects(resource: "pods", namespace: "default").first { $0.name == "goweb" }
        #expect(goweb?.deletionTimestamp != nil, "evicted, and Terminating while no kubelet confirms")
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl start kubelet").status == 0)
        #expect(Self.ready(lab, "tk8s-worker1") == "True")
        #expect(!lab.objects(resource: "pods", namespace: "default").contains { $0.name == "goweb" })
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl is-active kubelet").out == "active\n")
    }

    @Test("the pods' containers outlive the kubelet; its health endpoint does not")
    func containersRunOn() throws {
        let lab = try NodeExecTests.lab()
        let before = Self.run(lab, "docker exec tk8s-worker1 crictl ps").out
        _ = Self.run(lab, "docker exec tk8s-worker1 systemctl stop kubelet")
        #expect(Self.run(lab, "docker exec tk8s-worker1 crictl ps").out == before)
        #expect(Self.run(lab, "docker exec tk8s-worker1 curl -s localhost:10248/healthz").status == 7)
    }

    @Test("status shows the stopped service's exit and the journal systemd's stop lines")
    func statusAndJournal() throws {
        let lab = try NodeExecTests.lab()
        _ = Self.run(lab, "docker exec tk8s-worker1 systemctl stop kubelet")
        _ = Self.run(lab, "sleep 5")
        let status = Self.run(lab, "docker exec tk8s-worker1 systemctl status kubelet")
        #expect(status.status == 3)
        let lines = status.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "○ kubelet.service - kubelet: The Kubernetes Node Agent")
        #expect(lines.contains("     Active: inactive (dead) since Wed 2025-04-23 07:25:00 UTC; 5s ago"))
        #expect(lines.contains("   Main PID: 83 (code=exited, status=0/SUCCESS)"))
        let journal = Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet -n 4 --no-pager").out
        #expect(journal == """
            Apr 23 07:25:00 tk8s-worker1 systemd[1]: Stopping kubelet.service - kubelet: The Kubernetes Node Agent...
            Apr 23 07:25:00 tk8s-worker1 systemd[1]: kubelet.service: Deactivated successfully.
            Apr 23 07:25:00 tk8s-worker1 systemd[1]: Stopped kubelet.service - kubelet: The Kubernetes Node Agent.
            Apr 23 07:25:00 tk8s-worker1 systemd[1]: kubelet.service: Consumed 10min 5.950s CPU time.

            """)
    }

    @Test("restart is a new kubelet process; unknown units and other verbs are refused")
    func restartAndRefusals() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl restart kubelet").status == 0)
        let status = Self.run(lab, "docker exec tk8s-worker1 systemctl status kubelet").out
        #expect(status.contains("     Active: active (running) since Wed 2025-04-23 07:25:00 UTC; now"))
        #expect(!status.contains("   Main PID: 83 (kubelet)"))
        #expect(Self.ready(lab, "tk8s-worker1") == "True")
        let unknown = Self.run(lab, "docker exec tk8s-worker1 systemctl stop nosuch")
        #expect(unknown.err == "Failed to stop nosuch.service: Unit nosuch.service not loaded.\n" && unknown.status == 5)
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl reload kubelet").status == 1)
    }
}
