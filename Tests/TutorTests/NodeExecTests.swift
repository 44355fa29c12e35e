import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// `podman exec` / `docker exec` into the lab's node containers, over the world's node files.
@Suite("Node containers: podman exec")
struct NodeExecTests {
    static func lab() throws -> any Lab {
        try makeLab(world: "tk8s", clock: .manual, worldsDirectory: SimulatedLabTests.worlds)
    }

    /// Runs one line; stdout, stderr and the status.
    static func run(_ lab: any Lab, _ line: String) -> (out: String, err: String, status: Int32) {
        let buffer = OutputBuffer()
        let result = lab.run(line, sink: buffer)
        return (buffer.stdout, buffer.stderr, result.status)
    }

    @Test("the notes' proxyMode check prints kube-proxy's mode, and curl adds no newline")
    func proxyMode() throws {
        let lab = try Self.lab()
        #expect(Self.run(lab, "sudo podman exec tk8s-worker2 curl -s localhost:10249/proxyMode; echo").out == "nftables\n")
        #expect(Self.run(lab, "docker exec tk8s-worker1 curl -s http://127.0.0.1:10249/proxyMode").out == "nftables")
    }

    @Test("curl to a port nothing listens on in a node is refused with status 7; -s hides the message")
    func curlRefused() throws {
        let lab = try Self.lab()
        let loud = Self.run(lab, "docker exec -t tk8s-worker1 curl localhost:8080")
        #expect(loud.err == "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n")
        #expect(loud.status == 7)
        let quiet = Self.run(lab, "docker exec tk8s-worker1 curl -s https://10.98.0.1/")
        #expect(quiet.err.isEmpty && quiet.status == 7)
    }

    @Test("-it bash opens the node's shell at the prompt; exit goes back to the host")
    func interactiveShell() throws {
        let lab = try Self.lab()
        #expect(Self.run(lab, "docker exec -it tk8s-control-plane bash").status == 0)
        #expect(lab.prompt == "root@tk8s-control-plane:/# ")
        #expect(Self.run(lab, "hostname; pwd; whoami").out == "tk8s-control-plane\n/\nroot\n")
        #expect(Self.run(lab, "cat /etc/hostname").out == "tk8s-control-plane\n")
        #expect(lab.completions(line: "cric", cursor: 4) == ["crictl"])
        let exit = Self.run(lab, "exit")
        #expect(exit.err == "exit\n")
        #expect(lab.prompt == "bigred@taroko:~$ ")
        _ = Self.run(lab, "sudo podman exec -it tk8s-worker1 bash")
        #expect(Self.run(lab, "cd /etc/containerd; exit 3").err == "exit\n")
        #expect(Self.run(lab, "echo $?; pwd").out == "3\n/home/bigred\n")
    }

    @Test("without -i a shell has no input and ends at once")
    func shellWithoutInput() throws {
        let lab = try Self.lab()
        #expect(Self.run(lab, "sudo podman exec tk8s-worker1 bash").status == 0)
        #expect(lab.prompt == "bigred@taroko:~$ ")
        #expect(Self.run(lab, "sudo podman exec tk8s-worker1 bash -c 'hostname; echo hi'").out == "tk8s-worker1\nhi\n")
    }

    @Test("podman's errors: unknown or stopped container, missing command or executable")
    func errors() throws {
        let lab = try Self.lab()
        let unknown = Self.run(lab, "sudo podman exec x ls")
        #expect(unknown.err == "Error: no container with name or ID \"x\" found: no such container\n")
        #expect(unknown.status == 125)
        #expect(Self.run(lab, "podman exec tk8s-worker1 ls").err.contains("no such container"))
        #expect(
            Self.run(lab, "sudo podman exec tk8s-worker1").err
                == "Error: must provide a non-empty command to start an exec session: invalid argument\n")
        #expect(
            Self.run(lab, "sudo podman exec").err == "Error: exec requires the name or ID of a container or the --latest flag\n")
        let missing = Self.run(lab, "sudo podman exec tk8s-worker1 nosuch")
        #expect(
            missing.err
                == "Error: crun: executable file `nosuch` not found in $PATH: No such file or directory: OCI runtime attempted to invoke a command that was not found\n"
        )
        #expect(missing.status == 127)
        #expect(Self.run(lab, "sudo podman exec tk8s-worker1 /etc").status == 126)
        _ = Self.run(lab, "sudo podman stop tk8s-worker1")
        let stopped = Self.run(lab, "sudo podman exec -it tk8s-worker1 bash")
        #expect(stopped.err == "Error: can only create exec sessions on running containers: container state improper\n")
        #expect(stopped.status == 125)
        #expect(lab.prompt == "bigred@taroko:~$ ")
        #expect(Self.run(lab, "docker exec tk8s-worker2 curl -s localhost:10249/proxyMode").out == "nftables")
    }

    @Test("the control plane has kubeadm's manifests and admin.conf; workers have neither")
    func nodeFiles() throws {
        let lab = try Self.lab()
        #expect(
            Self.run(lab, "docker exec tk8s-control-plane ls /etc/kubernetes/manifests").out
                == "etcd.yaml\nkube-apiserver.yaml\nkube-controller-manager.yaml\nkube-scheduler.yaml\n")
        #expect(Self.run(lab, "docker exec tk8s-worker1 ls /etc/kubernetes/manifests").out.isEmpty)
        #expect(Self.run(lab, "docker exec tk8s-worker1 ls /etc/kubernetes/admin.conf").status == 2)
        let admin = Self.run(lab, "docker exec tk8s-control-plane grep server: /etc/kubernetes/admin.conf").out
        #expect(admin == "    server: https://172.22.0.1:6443\n")
        let apiserver = Self.run(
            lab, "docker exec tk8s-control-plane grep -e service-cluster -e image: /etc/kubernetes/manifests/kube-apiserver.yaml")
        #expect(apiserver.out == "    - --service-cluster-ip-range=10.98.0.0/24\n    image: registry.k8s.io/kube-apiserver:v1.32.2\n")
        let kubelet = Self.run(lab, "docker exec tk8s-worker2 grep -A1 -e maxPods -e clusterD /var/lib/kubelet/config.yaml")
        #expect(kubelet.out == "clusterDNS:\n- 10.98.0.10\nclusterDomain: tk8s.k8s\ncontainerLogMaxFiles: 3\n--\nmaxPods: 80\nmemorySwap: {}\n")
        #expect(Self.run(lab, "docker exec tk8s-worker2 cat /etc/resolv.conf").out == "search dns.podman\nnameserver 10.89.0.1\n")
        let runtimes = Self.run(lab, "docker exec tk8s-worker2 grep BinaryName /etc/containerd/config.toml").out
        #expect(runtimes == "    BinaryName = \"/usr/bin/crun\"\n    BinaryName = \"/usr/local/bin/runsc\"\n")
        #expect(Self.run(lab, "docker exec tk8s-worker2 ls /usr/bin/crun /usr/local/bin/runsc").status == 0)
        #expect(Self.run(lab, "docker exec -t tk8s-control-plane ls /etc/kubernetes/manifests").out.contains("\t"))
    }

    @Test("kcn's volumes: the host's /opt/zfs/tk8s is the node's /opt/zfs, bigred's files as uid 1000")
    func mountedVolumes() throws {
        let lab = try Self.lab()
        let listing = Self.run(lab, "docker exec tk8s-control-plane ls -l /opt/zfs").out
        #expect(listing.contains("-rw------- 1 1000 1000 5630 Apr 21 08:53 config\n"))
        #expect(Self.run(lab, "docker exec tk8s-worker1 ls /opt/wulin").out == "yaml\n")
    }

    @Test("a node keeps its files between execs; other nodes and the host do not see them")
    func filesPersistPerNode() throws {
        let lab = try Self.lab()
        _ = Self.run(lab, "docker exec tk8s-worker1 touch /root/note")
        #expect(Self.run(lab, "docker exec tk8s-worker1 ls /root").out == "note\n")
        #expect(Self.run(lab, "docker exec tk8s-worker2 ls /root").out.isEmpty)
        #expect(Self.run(lab, "sudo ls /root").out.isEmpty)
    }

    @Test("crictl lists the node's running containers, its pod sandboxes and its images as crictl does")
    func crictl() throws {
        let lab = try Self.lab()
        let ps = Self.run(lab, "docker exec tk8s-worker1 crictl ps").out.split(separator: "\n")
        #expect(
            ps.first
                == "CONTAINER           IMAGE               CREATED             STATE               NAME                ATTEMPT             POD ID              POD                               NAMESPACE"
        )
        let proxy = ps.first { $0.contains(" kube-proxy ") }.map { $0.split(separator: " ").map(String.init) } ?? []
        // ID, image ID, "7 hours ago" (three words), state, name, attempt, pod ID, pod, namespace.
        #expect(proxy.count == 11)
        #expect(proxy.first?.count == 13)
        #expect(proxy[2...7] == ["7", "hours", "ago", "Running", "kube-proxy", "3"])
        #expect(proxy.suffix(2) == ["kube-proxy-lstnd", "kube-system"])
        let all = Self.run(lab, "docker exec tk8s-worker1 crictl ps -a").out
        #expect(all.contains("Exited"))
        let pods = Self.run(lab, "docker exec tk8s-worker1 crictl pods").out.split(separator: "\n")
        #expect(pods.first?.hasPrefix("POD ID              CREATED             STATE               NAME") == true)
        #expect(pods.dropFirst().allSatisfy { $0.hasSuffix("(default)") })
        let images = Self.run(lab, "docker exec tk8s-control-plane crictl images").out
        #expect(images.contains("registry.k8s.io/pause                           3.10                "))
        #expect(images.hasSuffix("320kB\n"))
        let ids = Self.run(lab, "docker exec tk8s-worker1 crictl ps -q").out.split(separator: "\n")
        #expect(ids.count == 5 && ids.allSatisfy { $0.count == 64 })
        let wrong = Self.run(lab, "docker exec tk8s-worker1 crictl pods -a")
        #expect(wrong.err == "time=\"2025-04-23T07:25:00Z\" level=fatal msg=\"flag provided but not defined: -a\"\n")
        #expect(wrong.status == 1)
    }
}
