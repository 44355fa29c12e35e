import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// What runs inside the node containers, read from the cluster: `ps`, `ip`, `ss` and `kubectl`.
@Suite("Node containers: processes, network and sockets")
struct NodeOSTests {
    static func run(_ lab: any Lab, _ line: String) -> (out: String, err: String, status: Int32) {
        NodeExecTests.run(lab, line)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test("ps aux: procps's header, systemd as PID 1, containerd and the kubelet with its unit's flags")
    func psAux() throws {
        let lab = try NodeExecTests.lab()
        let out = Self.lines(Self.run(lab, "docker exec tk8s-worker1 ps aux | cat").out)
        #expect(out[0] == "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND")
        #expect(out[1].hasPrefix("root           1  0.0  0.0  20060 11392 ?        Ss   "))
        #expect(out[1].hasSuffix(" /sbin/init bash"))
        #expect(out[2].hasSuffix(" /lib/systemd/systemd-journald"))
        let kubelet = try #require(out.first { $0.contains("/usr/bin/kubelet") })
        #expect(kubelet.hasSuffix(
            "/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf "
                + "--kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml "
                + "--container-runtime-endpoint=unix:///run/containerd/containerd.sock "
                + "--pod-infra-container-image=registry.k8s.io/pause:3.10 --runtime-cgroups=/system.slice/containerd.service"))
        // A VSZ wider than its column pushes RSS right; TTY's padding takes the excess up.
        #expect(kubelet.contains(" 2421576 88904 ?       Ssl "))
        #expect(out.contains { $0.hasSuffix(" /opt/bin/flanneld --ip-masq --kube-subnet-mgr") })
        #expect(out.last?.hasSuffix(" ps aux") == true)
    }

    @Test("every pod sandbox has a runc shim with /pause and the pod's processes under it")
    func shimsAndPause() throws {
        let lab = try NodeExecTests.lab()
        let out = Self.lines(Self.run(lab, "docker exec tk8s-worker1 ps -ef | cat").out)
        #expect(out[0] == "UID          PID    PPID  C STIME TTY          TIME CMD")
        let shims = out.filter { $0.contains("containerd-shim-runc-v2 -namespace k8s.io -id ") }
        let pauses = out.filter { $0.hasSuffix(" /pause") }
        #expect(!shims.isEmpty && shims.count == pauses.count)
        let shimPID = shims[0].split(separator: " ")[1]
        let children = out.filter { $0.split(separator: " ")[2] == shimPID }
        #expect(children.count >= 2)
    }

    @Test("ps straight from podman exec has no shell and no terminal; comm names stop at 15 characters")
    func psWithoutTerminal() throws {
        let lab = try NodeExecTests.lab()
        let aux = Self.lines(Self.run(lab, "docker exec tk8s-worker1 ps aux").out)
        #expect(aux.last?.contains(" ?        Rs   ") == true && aux.last?.hasSuffix(" ps aux") == true)
        #expect(!aux.contains { $0.contains("pts/1") })
        let plain = Self.run(lab, "docker exec tk8s-worker1 ps").out
        #expect(Self.lines(plain).contains { $0.hasPrefix("    106 ?        ") && $0.hasSuffix(" containerd-shim") })
    }

    @Test("static pods run with their manifests' flags")
    func staticPods() throws {
        let lab = try NodeExecTests.lab()
        let out = Self.run(lab, "docker exec tk8s-control-plane ps aux | grep -c -e --etcd-servers= -e --listen-peer-urls=").out
        #expect(out == "2\n")
    }

    @Test("kube-proxy runs with kubeadm's flags, $(NODE_NAME) expanded from the pod's fieldRef")
    func kubeProxyFlags() throws {
        let lab = try NodeExecTests.lab()
        let out = Self.run(lab, "docker exec tk8s-worker1 ps aux | grep hostname-override").out
        #expect(out.hasSuffix(" /usr/local/bin/kube-proxy --config=/var/lib/kube-proxy/config.conf --hostname-override=tk8s-worker1\n"))
        let yaml = Self.run(lab, "kubectl -n kube-system get ds kube-proxy -o jsonpath='{.spec.template.spec.volumes[*].name} {.spec.template.spec.containers[0].env[0].valueFrom.fieldRef}'").out
        #expect(yaml == "kube-proxy xtables-lock lib-modules {\"apiVersion\":\"v1\",\"fieldPath\":\"spec.nodeName\"}")
    }

    @Test("on a terminal ps cuts lines at 80 columns; ww does not")
    func psWidth() throws {
        let lab = try NodeExecTests.lab()
        _ = Self.run(lab, "docker exec -it tk8s-control-plane bash")
        #expect(Self.lines(Self.run(lab, "ps aux").out).allSatisfy { $0.count <= 80 })
        #expect(Self.lines(Self.run(lab, "ps auxww").out).contains { $0.count > 80 })
        #expect(Self.run(lab, "ps").out.hasPrefix("    PID TTY          TIME CMD\n"))
        let bad = Self.run(lab, "ps -Q")
        #expect(bad.err.hasPrefix("error: unsupported SysV option\n") && bad.status == 1)
    }

    @Test("ip route: the default via the lab's gateway, other nodes' pod /25s via flannel.1, a /32 per local pod")
    func routes() throws {
        let lab = try NodeExecTests.lab()
        let out = Self.lines(Self.run(lab, "docker exec tk8s-worker1 ip route").out)
        #expect(out.first == "default via 172.22.0.254 dev eth0 proto static metric 100 ")
        #expect(out.contains("10.244.0.0/25 via 10.244.0.0 dev flannel.1 onlink "))
        #expect(out.contains("10.244.1.0/25 via 10.244.1.0 dev flannel.1 onlink "))
        #expect(!out.contains { $0.hasPrefix("10.244.0.128/25") })
        #expect(out.last == "172.22.0.0/24 dev eth0 proto kernel scope link src 172.22.0.2 ")
        #expect(out.contains { $0.hasPrefix("10.244.0.1") && $0.contains(" dev cali") && $0.hasSuffix(" scope link ") })
    }

    @Test("ip addr: lo, eth0 with the node's IP, flannel.1 with its subnet's /32, Calico's veths; no cni0")
    func addresses() throws {
        let lab = try NodeExecTests.lab()
        let out = Self.run(lab, "docker exec tk8s-worker2 ip a").out
        #expect(out.hasPrefix("1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n"))
        #expect(out.contains("    inet 172.22.0.3/24 brd 172.22.0.255 scope global eth0\n"))
        #expect(out.contains("3: flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN group default \n"))
        #expect(out.contains("    inet 10.244.1.0/32 scope global flannel.1\n"))
        #expect(!out.contains("cni0"))
        let show = Self.run(lab, "docker exec tk8s-worker2 ip addr show dev eth9")
        #expect(show.err == "Device \"eth9\" does not exist.\n" && show.status == 1)
        #expect(Self.run(lab, "docker exec tk8s-worker2 ip foo").err == "Object \"foo\" is unknown, try \"ip help\".\n")
        #expect(Self.run(lab, "docker exec tk8s-worker2 ip addr show dev").err == "Command line is not complete. Try option \"help\"\n")
    }

    @Test("Calico names a pod's veth after SHA-1 of NAMESPACE.POD")
    func vethNames() throws {
        let lab = try NodeExecTests.lab()
        let pods = Self.run(lab, "kubectl get pods -A -o wide --field-selector spec.nodeName=tk8s-worker1 --no-headers").out
        let routes = Self.run(lab, "docker exec tk8s-worker1 ip route").out
        let ips = Self.lines(pods).compactMap { $0.split(separator: " ").first { $0.hasPrefix("10.244.") } }
        #expect(!ips.isEmpty)
        for ip in ips { #expect(routes.contains("\(ip) dev cali")) }
    }

    @Test("ss -lntp: the kubelet, kube-proxy and Felix on a worker; the control plane's static pods too")
    func sockets() throws {
        let lab = try NodeExecTests.lab()
        let worker = Self.lines(Self.run(lab, "docker exec tk8s-worker1 ss -lntp").out)
        #expect(worker[0].hasPrefix("State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess"))
        #expect(worker.contains { $0.hasPrefix("LISTEN 0      4096       127.0.0.1:10248      0.0.0.0:*    users:((\"kubelet\",pid=") })
        #expect(worker.contains { $0.hasPrefix("LISTEN 0      4096               *:10250            *:*    users:((\"kubelet\",") })
        #expect(worker.contains { $0.contains(":10249 ") && $0.contains("\"kube-proxy\"") })
        #expect(!worker.contains { $0.contains(":6443") })
        let control = Self.run(lab, "docker exec tk8s-control-plane ss -lntp").out
        for port in [":6443 ", ":2379 ", ":2380 ", ":2381 ", ":10257 ", ":10259 "] { #expect(control.contains(port)) }
        #expect(control.contains("\"kube-controller\""))
        #expect(!Self.run(lab, "docker exec tk8s-worker1 ss -lnt").out.contains("users:"))
    }

    @Test("kubectl in a node: refused at localhost:8080 without a kubeconfig, the cluster with admin.conf")
    func kubectlInNodes() throws {
        let lab = try NodeExecTests.lab()
        let refused = Self.run(lab, "docker exec tk8s-worker1 kubectl get pods")
        let errors = Self.lines(refused.err)
        #expect(errors.count == 6 && refused.status == 1)
        #expect(errors[0].hasSuffix(
            " memcache.go:265] \"Unhandled Error\" err=\"couldn't get current server API group list: Get "
                + "\\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection refused\""))
        #expect(errors[5] == "The connection to the server localhost:8080 was refused - did you specify the right host or port?")
        let missing = Self.run(lab, "docker exec tk8s-worker1 kubectl --kubeconfig /etc/kubernetes/admin.conf get nodes")
        #expect(missing.err == "error: stat /etc/kubernetes/admin.conf: no such file or directory\n")
        let noValue = Self.run(lab, "docker exec tk8s-worker1 kubectl get pods --kubeconfig")
        #expect(noValue.err == "error: flag needs an argument: --kubeconfig\nSee 'kubectl get --help' for usage.\n")
        let nodes = Self.run(lab, "docker exec tk8s-control-plane kubectl --kubeconfig=/etc/kubernetes/admin.conf get nodes")
        #expect(nodes.out == Self.run(lab, "kubectl get nodes").out)
        let exported = Self.run(lab, "docker exec tk8s-control-plane bash -c 'KUBECONFIG=/etc/kubernetes/admin.conf kubectl get ns'")
        #expect(exported.out.hasPrefix("NAME "))
    }

    @Test("kubectl in a node reads the node's files, and the host's kubectl its own again after")
    func kubectlReadsNodeFiles() throws {
        let lab = try NodeExecTests.lab()
        let manifests = Self.run(lab, "docker exec tk8s-control-plane kubectl get -f /etc/kubernetes/manifests/etcd.yaml")
        #expect(Self.lines(manifests.err).last == "unable to recognize \"/etc/kubernetes/manifests/etcd.yaml\": Get \"http://localhost:8080/api?timeout=32s\": dial tcp 127.0.0.1:8080: connect: connection refused")
        #expect(Self.run(lab, "kubectl get -f /etc/kubernetes/manifests/etcd.yaml").err
            == "error: the path \"/etc/kubernetes/manifests/etcd.yaml\" does not exist\n")
    }

    @Test("a stopped node container runs nothing")
    func stoppedNode() throws {
        let lab = try NodeExecTests.lab()
        _ = Self.run(lab, "sudo podman stop tk8s-worker2")
        #expect(Self.run(lab, "sudo podman exec tk8s-worker2 ps aux").status != 0)
    }
}
