import KubeAPI
import Testing

@testable import Cluster

@Suite("What one probe finds in a simulated container")
struct ProberTests {
    static func process(_ image: String, command: [String] = [], args: [String] = []) throws -> ContainerProcess {
        guard case .found(let entry) = try WorldFixture.tk8s().runtime.images.lookup(image) else {
            throw CatalogMissing()
        }
        return ContainerProcess.of(command: command, args: args, image: entry)
    }

    struct CatalogMissing: Error {}

    @Test("nginx: / answers, other paths 404, port 8080 refused, HTTPS to plain HTTP refused by the client")
    func nginx() throws {
        let prober = Prober(podIP: "10.244.1.8", process: try Self.process("nginx"), elapsed: 1000)
        #expect(prober.failure(of: .httpGet(port: 80, path: "/", scheme: "HTTP"), timeoutSeconds: 1) == nil)
        #expect(prober.failure(of: .httpGet(port: 80, path: "/index.html", scheme: "HTTP"), timeoutSeconds: 1) == nil)
        #expect(
            prober.failure(of: .httpGet(port: 80, path: "/healthz", scheme: "HTTP"), timeoutSeconds: 1)
                == "HTTP probe failed with statuscode: 404")
        #expect(
            prober.failure(of: .httpGet(port: 8080, path: "/", scheme: "HTTP"), timeoutSeconds: 1)
                == "Get \"http://10.244.1.8:8080/\": dial tcp 10.244.1.8:8080: connect: connection refused")
        #expect(
            prober.failure(of: .httpGet(port: 80, path: "/", scheme: "HTTPS"), timeoutSeconds: 1)
                == "Get \"https://10.244.1.8:80/\": http: server gave HTTP response to HTTPS client")
        #expect(prober.failure(of: .tcpSocket(port: 80), timeoutSeconds: 1) == nil)
        #expect(
            prober.failure(of: .grpc(port: 80), timeoutSeconds: 1)
                == "timeout: failed to connect service \"10.244.1.8:80\" within 1s: context deadline exceeded")
    }

    @Test("a command that replaces the server leaves its ports closed")
    func replacedServer() throws {
        let prober = Prober(
            podIP: "10.244.1.8", process: try Self.process("nginx", command: ["sleep", "3600"]), elapsed: 1000)
        #expect(
            prober.failure(of: .tcpSocket(port: 80), timeoutSeconds: 1)
                == "dial tcp 10.244.1.8:80: connect: connection refused")
        let same = Prober(
            podIP: "10.244.1.8", process: try Self.process("nginx", command: ["nginx", "-g", "daemon off;"]), elapsed: 0
        )
        #expect(same.failure(of: .tcpSocket(port: 80), timeoutSeconds: 1) == nil)
    }

    @Test("databases listen on their ports; an HTTP probe there gets EOF")
    func databases() throws {
        for (image, port) in [("redis", 6379), ("postgres", 5432), ("mysql", 3306)] {
            let prober = Prober(podIP: "10.244.1.8", process: try Self.process(image), elapsed: 0)
            #expect(prober.failure(of: .tcpSocket(port: port), timeoutSeconds: 1) == nil)
            #expect(
                prober.failure(of: .httpGet(port: port, path: "/", scheme: "HTTP"), timeoutSeconds: 1)
                    == "Get \"http://10.244.1.8:\(port)/\": EOF")
        }
    }

    @Test("agnhost netexec answers any path on its --http-port; grpc-health-checking serves gRPC health")
    func agnhost() throws {
        let image = "registry.k8s.io/e2e-test-images/agnhost:2.40"
        let netexec = Prober(
            podIP: "10.244.1.8", process: try Self.process(image, args: ["netexec", "--http-port=9000"]), elapsed: 0)
        #expect(netexec.failure(of: .httpGet(port: 9000, path: "/hostname", scheme: "HTTP"), timeoutSeconds: 1) == nil)
        #expect(netexec.failure(of: .tcpSocket(port: 8080), timeoutSeconds: 1) != nil)
        let grpc = Prober(
            podIP: "10.244.1.8", process: try Self.process(image, args: ["grpc-health-checking"]), elapsed: 0)
        #expect(grpc.failure(of: .grpc(port: 5000), timeoutSeconds: 1) == nil)
    }

    @Test("exec probes see the files the container's script has created, and only while they exist")
    func execFiles() throws {
        let script = ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
        let process = try Self.process("registry.k8s.io/busybox:1.27.2", args: script)
        let early = ExecProbe(process: process, elapsed: 29_000)
        let late = ExecProbe(process: process, elapsed: 31_000)
        #expect(early.failure(of: ["cat", "/tmp/healthy"]) == nil)
        #expect(
            late.failure(of: ["cat", "/tmp/healthy"]) == "cat: can't open '/tmp/healthy': No such file or directory\n")
        #expect(late.failure(of: ["test", "-e", "/tmp/healthy"]) == "")
        #expect(late.failure(of: ["ls", "/tmp/healthy"]) == "ls: /tmp/healthy: No such file or directory\n")
        #expect(late.failure(of: ["sh", "-c", "test -e /tmp/healthy || exit 0"]) == nil)
        #expect(early.failure(of: ["sh", "-c", "cat /tmp/healthy && false"]) == "")
        #expect(late.failure(of: ["cat", "/etc/hostname"]) == nil)
    }

    @Test("GNU images word a missing file as coreutils does; image files exist")
    func gnuMessages() throws {
        let probe = ExecProbe(process: try Self.process("nginx"), elapsed: 0)
        #expect(probe.failure(of: ["cat", "/tmp/healthy"]) == "cat: /tmp/healthy: No such file or directory\n")
        #expect(probe.failure(of: ["ls", "/tmp/x"]) == "ls: cannot access '/tmp/x': No such file or directory\n")
        #expect(probe.failure(of: ["cat", "/usr/share/nginx/html/index.html"]) == nil)
    }

    @Test("the worker changes its result only at a threshold, and holds after a liveness failure")
    func worker() throws {
        let container: JSONValue = [
            "name": "c", "livenessProbe": ["exec": ["command": ["true"]], "failureThreshold": 2],
        ]
        let spec = try #require(ProbeSpec(.liveness, of: container))
        var worker = ProbeWorker(kind: .liveness, containerID: "a")
        #expect(worker.record(false, spec) == nil)
        #expect(worker.record(true, spec) == nil)
        #expect(worker.record(false, spec) == nil)
        #expect(worker.record(false, spec) == false)
        #expect(worker.onHold)
        worker.replaceContainer("b", kind: .liveness)
        #expect(!worker.onHold)
        #expect(worker.result == true)
    }

    @Test("stress's sizes are powers of 1024")
    func stressSizes() {
        #expect(ContainerProcess.stressBytes(["stress", "--vm", "2", "--vm-bytes", "250M"]) == 500 << 20)
        #expect(ContainerProcess.stressBytes(["stress", "--cpu", "1"]) == 0)
        #expect(ContainerProcess.stressBytes(["/usr/bin/stress", "--vm", "1"]) == 256 << 20)
    }
}
