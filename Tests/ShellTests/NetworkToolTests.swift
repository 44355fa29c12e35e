import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

@Suite("curl, wget, nc and ping inside pods and on the host")
struct NetworkToolTests {
    private static let worldDirectory: String = {
        var path = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        path.removeLast(3)
        return path.joined(separator: "/") + "/lessons/worlds/tk8s"
    }()

    /// A lab with nginx `web` behind Service `web`, an nginx `tools` pod and a busybox `client`.
    private func lab() throws -> HostLab {
        let lab = HostLab(world: try World.load(directory: Self.worldDirectory))
        for line in [
            "kubectl run web --image=nginx --labels=app=web", "kubectl expose pod web --port=80",
            "kubectl run tools --image=nginx", "kubectl run client --image=busybox -- sleep 3600", "sleep 20",
        ] {
            _ = lab.run(line, sink: OutputBuffer())
        }
        return lab
    }

    private func run(_ lab: HostLab, _ line: String) -> (out: String, err: String, status: Int32) {
        let buffer = OutputBuffer()
        let status = lab.run(line, sink: buffer).status
        return (buffer.stdout, buffer.stderr, status)
    }

    @Test("curl's options: clustered short flags, values glued or apart, unknown ones refused")
    func parse() throws {
        guard case .success(let options) = CurlCommand.parse(["-sSI", "-m5", "-o", "f", "--connect-timeout", "2", "web"]) else {
            Issue.record("did not parse")
            return
        }
        #expect(options.silent && options.showError && options.head)
        #expect(options.maxTime == 5 && options.connectTimeout == 2 && options.output == "f" && options.urls == ["web"])
        guard case .failure(let problem) = CurlCommand.parse(["--nope"]) else { Issue.record("accepted --nope"); return }
        #expect(problem.text == "option --nope: is unknown")
    }

    @Test("curl's data options: -X and -d glued or apart, the long forms kept in order with their kinds")
    func parseData() throws {
        guard case .success(let options) = CurlCommand.parse(["-XPATCH", "-d", "a", "--data-raw", "@b", "--json", "{}", "-d@f", "web"]) else {
            Issue.record("did not parse")
            return
        }
        #expect(options.method == "PATCH")
        #expect(options.data.map(\.text) == ["a", "@b", "{}", "@f"])
        #expect(options.data.map(\.kind) == [.ascii, .raw, .json, .ascii])
        var upload = options
        upload.uploadFile = "dir/pod.json"
        #expect(CurlCommand.uploadURL("http://web/", upload) == "http://web/pod.json")
        #expect(CurlCommand.uploadURL("web:8001", upload) == "web:8001/pod.json")
        #expect(CurlCommand.uploadURL("http://web/api/v1/x", upload) == "http://web/api/v1/x")
        guard case .failure(let problem) = CurlCommand.parse(["web", "--data-binary"]) else { Issue.record("accepted no data"); return }
        #expect(problem.text == "option --data-binary: requires parameter")
    }

    @Test("URLs: scheme, port and path, with HTTP and port 80 by default")
    func urls() {
        let plain = URLTarget("web")
        #expect(plain?.host == "web" && plain?.port == 80 && plain?.target == "/")
        let full = URLTarget("https://web.default:8443/a?b=c")
        #expect(full?.scheme == "https" && full?.port == 8443 && full?.target == "/a?b=c")
        #expect(URLTarget("ftp://x") == nil)
        #expect(BusyboxWget.fileName("/") == "index.html" && BusyboxWget.fileName("/a/b.txt?x") == "b.txt")
    }

    @Test("the progress meter's last line and its five-character sizes")
    func meter() {
        #expect(CurlCommand.meterLine(615, 615) == "\r100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k")
        #expect(CurlCommand.size5(99_999) == "99999" && CurlCommand.size5(100_000) == "  97k")
    }

    @Test("curl in nginx reaches the Service; refused and unresolved names fail with curl's codes")
    func curlInPod() throws {
        let lab = try lab()
        let ok = run(lab, "kubectl exec tools -- curl -s web")
        #expect(ok.status == 0 && ok.out.contains("<title>Welcome to nginx!</title>"))
        let refused = run(lab, "kubectl exec tools -- curl -sS web:81")
        #expect(refused.err == "curl: (7) Failed to connect to web port 81 after 0 ms: Couldn't connect to server\ncommand terminated with exit code 7\n")
        let unknown = run(lab, "kubectl exec tools -- curl -sS nothing")
        #expect(unknown.err.hasPrefix("curl: (6) Could not resolve host: nothing\n"))
        let head = run(lab, "kubectl exec tools -- curl -sI web")
        #expect(head.out.hasPrefix("HTTP/1.1 200 OK\r\nServer: nginx/") && head.out.hasSuffix("Accept-Ranges: bytes\r\n\r\n"))
    }

    @Test("busybox has no curl: its sh says so; its wget and nc work")
    func busybox() throws {
        let lab = try lab()
        let missing = run(lab, "kubectl exec client -- sh -c 'curl web'")
        #expect(missing.err == "sh: curl: not found\ncommand terminated with exit code 127\n")
        #expect(run(lab, "kubectl exec client -- wget -qO- web").out.contains("Welcome to nginx!"))
        #expect(run(lab, "kubectl exec client -- nc -zv web 80").err.hasSuffix("(\(try clusterIP(lab)):80) open\n"))
        let timedOut = run(lab, "kubectl exec client -- wget -T 2 -qO- 10.98.0.77")
        #expect(timedOut.err.hasPrefix("wget: "))
    }

    @Test("ping reaches pods, never a ClusterIP, and takes virtual time")
    func ping() throws {
        let lab = try lab()
        let before = lab.cluster.now
        let service = run(lab, "kubectl exec client -- ping -c 3 web")
        #expect(service.out.hasSuffix("3 packets transmitted, 0 packets received, 100% packet loss\n") && service.status == 1)
        #expect(lab.cluster.now.milliseconds(since: before) == 3000)
        let podIP = lab.cluster.list(.pods, namespace: "default").first { $0.name == "web" }?[path: "status.podIP"].string ?? ""
        #expect(run(lab, "kubectl exec client -- ping -c 1 \(podIP)").out.contains("1 packets received, 0% packet loss"))
    }

    @Test("on the host, curl reaches a port forward on localhost and a NodePort on a node")
    func host() throws {
        let lab = try lab()
        _ = run(lab, "kubectl port-forward pod/web 8080:80")
        #expect(run(lab, "curl -s localhost:8080").out.contains("Welcome to nginx!"))
        #expect(run(lab, "curl localhost:8081").err == "curl: (7) Failed to connect to localhost port 8081 after 0 ms: Couldn't connect to server\n")
        _ = run(lab, "kubectl expose pod web --name=web-np --port=80 --type=NodePort")
        let port = run(lab, "kubectl get svc web-np -o jsonpath={.spec.ports[0].nodePort}").out
        #expect(run(lab, "curl -s 172.22.0.2:\(port)").out.contains("Welcome to nginx!"))
    }

    @Test("in a node, curl reaches a ClusterIP through kube-proxy, a pod, and the node's own daemons on loopback")
    func node() throws {
        let lab = try lab()
        let ip = try clusterIP(lab)
        #expect(run(lab, "sudo podman exec tk8s-worker1 curl -s \(ip)").out.contains("Welcome to nginx!"))
        let pod = try lab.cluster.get(.pods, namespace: "default", name: "web")[path: "status.podIP"].string ?? ""
        #expect(run(lab, "sudo podman exec tk8s-worker2 curl -s \(pod)").out.contains("Welcome to nginx!"))
        #expect(run(lab, "sudo podman exec tk8s-worker1 curl -s localhost:10248/healthz").out == "ok")
        #expect(run(lab, "sudo podman exec tk8s-worker1 curl -s 127.0.0.1:10249/proxyMode?x=1").out == "nftables")
        #expect(run(lab, "sudo podman exec tk8s-worker1 curl -s localhost:10249/").out == "404 page not found\n")
        let refused = run(lab, "sudo podman exec tk8s-worker1 curl -sS localhost:80")
        #expect(refused.err == "curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n")
        // Without -t its output is no terminal, so the progress meter goes to stderr.
        #expect(run(lab, "sudo podman exec tk8s-worker1 curl \(ip)").err.hasPrefix("  % Total"))
        #expect(run(lab, "sudo podman exec -t tk8s-worker1 curl \(ip)").err.isEmpty)
    }

    private func clusterIP(_ lab: HostLab) throws -> String {
        try lab.cluster.get(.services, namespace: "default", name: "web")[path: "spec.clusterIP"].string ?? ""
    }
}
