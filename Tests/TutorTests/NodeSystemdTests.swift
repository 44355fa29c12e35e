import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// systemd inside the node containers: `systemctl` over kind's units and `journalctl` over the
/// journal the kubelet's actions fill.
@Suite("Node containers: systemctl and journalctl")
struct NodeSystemdTests {
    static func run(_ lab: any Lab, _ line: String) -> (out: String, err: String, status: Int32) {
        NodeExecTests.run(lab, line)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test("systemctl status kubelet: systemd's layout, kubeadm's drop-ins, the process with its expanded flags")
    func statusKubelet() throws {
        let lab = try NodeExecTests.lab()
        let result = Self.run(lab, "docker exec tk8s-worker1 systemctl status kubelet")
        #expect(result.status == 0 && result.err.isEmpty)
        let out = Self.lines(result.out)
        #expect(out[0] == "● kubelet.service - kubelet: The Kubernetes Node Agent")
        #expect(out[1] == "     Loaded: loaded (/etc/systemd/system/kubelet.service; enabled; preset: enabled)")
        #expect(out[2] == "    Drop-In: /etc/systemd/system/kubelet.service.d")
        #expect(out[3] == "             └─10-kubeadm.conf, 11-kind.conf")
        // The host rebooted at 00:41 and the clock starts at 07:25: 6h44m is shown as whole hours.
        #expect(out[4] == "     Active: active (running) since Wed 2025-04-23 00:41:02 UTC; 6h ago")
        #expect(out[5] == "       Docs: http://kubernetes.io/docs/")
        #expect(out[6].hasPrefix("    Process: 80 ExecStartPre=/bin/sh -euc if [ -f /sys/fs/cgroup/cgroup.controllers ]; then "))
        #expect(out.contains("   Main PID: 83 (kubelet)"))
        #expect(out.contains("      Tasks: 16 (limit: 307)"))
        #expect(out.contains("     CGroup: /kubelet.slice/kubelet.service"))
        #expect(out.contains { $0.hasPrefix("             └─83 /usr/bin/kubelet --bootstrap-kubeconfig=") && $0.hasSuffix(" --runtime-cgroups=/system.slice/containerd.service") })
        #expect(result.out.hasSuffix(
            "\n\nApr 23 00:41:02 tk8s-worker1 systemd[1]: Starting kubelet.service - kubelet: The Kubernetes Node Agent...\n"
                + "Apr 23 00:41:02 tk8s-worker1 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.\n"))
    }

    @Test("systemctl status containerd: no task limit, the shims in its control group, PIDs aligned")
    func statusContainerd() throws {
        let lab = try NodeExecTests.lab()
        let out = Self.lines(Self.run(lab, "docker exec tk8s-worker1 systemctl status containerd.service").out)
        #expect(out[0] == "● containerd.service - containerd container runtime")
        #expect(!out.contains { $0.hasPrefix("    Drop-In:") })
        #expect(out.contains("    Process: 79 ExecStartPre=/sbin/modprobe overlay (code=exited, status=0/SUCCESS)"))
        #expect(out.contains("      Tasks: 57"))
        #expect(out.contains("             ├─ 82 /usr/local/bin/containerd"))
        #expect(out.contains { $0.hasPrefix("             └─198 /usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id ") })
    }

    @Test("unknown units, is-active and is-enabled answer with systemctl's words and exit codes")
    func unknownAndQueries() throws {
        let lab = try NodeExecTests.lab()
        let missing = Self.run(lab, "docker exec tk8s-worker1 systemctl status foo")
        #expect(missing.err == "Unit foo.service could not be found.\n" && missing.status == 4)
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl is-active kubelet containerd").out == "active\nactive\n")
        let enabled = Self.run(lab, "docker exec tk8s-worker1 systemctl is-enabled kubelet foo")
        #expect(enabled.out == "enabled\n" && enabled.status == 1)
        #expect(enabled.err == "Failed to get unit file state for foo.service: No such file or directory\n")
        let stop = Self.run(lab, "docker exec tk8s-worker1 systemctl stop nosuch")
        #expect(stop.status == 5 && stop.err == "Failed to stop nosuch.service: Unit nosuch.service not loaded.\n")
    }

    @Test("systemctl stop containerd: inactive with its shims left in the control group, and crictl cannot connect")
    func containerdStop() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl stop containerd").status == 0)
        let active = Self.run(lab, "docker exec tk8s-worker1 systemctl is-active containerd")
        #expect(active.out == "inactive\n" && active.status == 3)
        let status = Self.run(lab, "docker exec tk8s-worker1 systemctl status containerd").out
        #expect(status.contains("     Active: inactive (dead) since "))
        #expect(status.contains(" ExecStart=/usr/local/bin/containerd (code=exited, status=0/SUCCESS)\n"))
        #expect(status.contains("/usr/local/bin/containerd-shim-runc-v2 -namespace k8s.io -id "))
        #expect(status.contains("(containerd-shim) remains running after unit stopped.\n"))
        let crictl = Self.run(lab, "docker exec tk8s-worker1 crictl ps")
        #expect(crictl.status == 1 && crictl.err.contains("dial unix /run/containerd/containerd.sock: connect: no such file or directory"))
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl start containerd").status == 0)
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl is-active containerd").out == "active\n")
        #expect(Self.run(lab, "docker exec tk8s-worker1 journalctl -u containerd").out.contains("in control group while starting unit. Ignoring.\n"))
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl frobnicate").err == "Unknown command verb 'frobnicate'.\n")
    }

    @Test("the unit files are the node's own files, and cat shows them")
    func unitFiles() throws {
        let lab = try NodeExecTests.lab()
        let dropIn = Self.run(lab, "docker exec tk8s-worker1 cat /etc/systemd/system/kubelet.service.d/10-kubeadm.conf").out
        #expect(dropIn.hasSuffix("ExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n"))
        #expect(Self.run(lab, "docker exec tk8s-worker1 cat /etc/default/kubelet").out == "KUBELET_EXTRA_ARGS=--runtime-cgroups=/system.slice/containerd.service")
    }

    @Test("journalctl -u kubelet: the kubelet's klog lines for a crash loop, a failed pull and a pod start")
    func kubeletJournal() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet").out.split(separator: "\n").count == 2)
        _ = Self.run(lab, "kubectl run flaky --image=busybox --overrides='{\"spec\":{\"nodeName\":\"tk8s-worker1\"}}' -- sh -c 'sleep 3; exit 3'")
        _ = Self.run(lab, "kubectl run typo --image=nginxx:1.27 --overrides='{\"spec\":{\"nodeName\":\"tk8s-worker1\"}}'")
        _ = Self.run(lab, "sleep 30")
        let out = Self.lines(Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet --no-pager").out)
        #expect(out.allSatisfy { $0.isEmpty || $0.hasPrefix("Apr 23 ") })
        let started = try #require(out.first { $0.contains("\"Observed pod startup duration\" pod=\"default/flaky\"") })
        #expect(started.hasPrefix("Apr 23 07:25:02 tk8s-worker1 kubelet[83]: I0423 07:25:02."))
        #expect(started.contains("      83 pod_startup_latency_tracker.go:104] "))
        #expect(started.contains(" podCreationTimestamp=\"2025-04-23 07:25:00 +0000 UTC\" "))
        #expect(out.contains {
            $0.contains("E0423 ") && $0.contains(" pod_workers.go:1301] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"flaky\\\" with CrashLoopBackOff: \\\"back-off 10s restarting failed container=flaky pod=flaky_default(")
        })
        #expect(out.contains { $0.contains("for \\\"typo\\\" with ImagePullBackOff: \\\"Back-off pulling image \\\\\\\"nginxx:1.27\\\\\\\"\\\"\" pod=\"default/typo\" podUID=\"") })
        // Other nodes' kubelets did none of it.
        #expect(!Self.run(lab, "docker exec tk8s-worker2 journalctl -u kubelet").out.contains("flaky"))
    }

    @Test("journalctl's -n, --since, -o cat, -f and its errors")
    func journalOptions() throws {
        let lab = try NodeExecTests.lab()
        _ = Self.run(lab, "kubectl run typo --image=nginxx:1.27 --overrides='{\"spec\":{\"nodeName\":\"tk8s-worker1\"}}'")
        _ = Self.run(lab, "sleep 40")
        let all = Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet").out.split(separator: "\n")
        let last = Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet -n 2").out.split(separator: "\n")
        #expect(Array(last) == Array(all.suffix(2)))
        let since = Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet --since '2025-04-23 07:25:00' -o cat").out
        #expect(since.hasPrefix("E0423 07:25:02.") && !since.contains("systemd"))
        #expect(Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet --since -1s").out == "-- No entries --\n")
        let followed = Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet -f").out.split(separator: "\n")
        #expect(followed.count > 10)
        #expect(Self.run(lab, "date +%T").out == "07:26:40\n")
        #expect(Self.run(lab, "docker exec tk8s-worker1 journalctl --since soon").err == "Failed to parse timestamp: soon\n")
        #expect(Self.run(lab, "docker exec tk8s-worker1 journalctl --bogus").err == "journalctl: unrecognized option '--bogus'\n")
    }

    @Test("a stopped node container has no processes to exec into; started again, its journal begins anew")
    func restartedNode() throws {
        let lab = try NodeExecTests.lab()
        _ = Self.run(lab, "kubectl run typo --image=nginxx:1.27 --overrides='{\"spec\":{\"nodeName\":\"tk8s-worker1\"}}'")
        _ = Self.run(lab, "sleep 20")
        _ = Self.run(lab, "sudo podman stop tk8s-worker1")
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl status kubelet").status == 125)
        _ = Self.run(lab, "sudo podman start tk8s-worker1")
        // Nothing is logged before systemd starts the services.
        #expect(Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet").out == "-- No entries --\n")
        _ = Self.run(lab, "sleep 5")
        let out = Self.run(lab, "docker exec tk8s-worker1 journalctl -u kubelet").out
        // podman stop waited 10 s; the kubelet starts 2 s after its container.
        #expect(out.hasPrefix("Apr 23 07:25:32 tk8s-worker1 systemd[1]: Starting kubelet.service"))
        // What the kubelet logged before the stop went with the container; it retries the pod anew.
        #expect(!out.contains("Apr 23 07:25:0") && out.contains("07:25:32.800000      83 pod_workers.go:1301]"))
        #expect(Self.run(lab, "docker exec tk8s-worker1 systemctl status kubelet").out.contains("since Wed 2025-04-23 07:25:32 UTC; 3s ago\n"))
    }
}
