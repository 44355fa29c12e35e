import Foundation
import KubeAPI
import Kubectl
import Testing
import Tutor

/// `podman images`, `inspect` and `logs` on the host, from the world's image store and the
/// node containers' state.
@Suite("Node containers: podman images, inspect, logs")
struct PodmanImagesInspectTests {
    static func run(_ lab: any Lab, _ line: String) -> (out: String, err: String, status: Int32) {
        NodeExecTests.run(lab, line)
    }

    @Test("images lists root's node image in podman's table; the learner's own podman has none")
    func images() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "podman images").out == "REPOSITORY  TAG         IMAGE ID    CREATED     SIZE\n")
        let root = Self.run(lab, "sudo podman images").out.split(separator: "\n")
        #expect(root.count == 2)
        #expect(root[1].hasPrefix("quay.io/cloudwalker/taroko  v1.32.2     "))
        #expect(root[1].hasSuffix("ago  1.09 GB"))
    }

    @Test("inspect prints a JSON array indented by five spaces, in libpod's field order")
    func inspectJSON() throws {
        let lab = try NodeExecTests.lab()
        let text = Self.run(lab, "docker inspect tk8s-worker1").out
        #expect(text.hasPrefix("[\n     {\n          \"Id\": \"8504cc6d6722"))
        let keys = ["\"Id\"", "\"Created\"", "\"Path\"", "\"Args\"", "\"State\"", "\"Image\"", "\"Name\"", "\"Mounts\"", "\"Config\"", "\"HostConfig\""]
        let positions = keys.compactMap { text.range(of: "\n          " + $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        #expect(text.hasSuffix("     }\n]\n"))
    }

    @Test("--format runs a Go template per container; stopping a node shows in its state")
    func inspectFormat() throws {
        let lab = try NodeExecTests.lab()
        let format = "docker inspect -f '{{.State.Status}} {{.NetworkSettings.Networks.tk8s.IPAddress}}' tk8s-worker2"
        #expect(Self.run(lab, format).out == "running 172.22.0.3\n")
        _ = Self.run(lab, "docker stop tk8s-worker2")
        #expect(Self.run(lab, format).out == "exited \n")
        #expect(Self.run(lab, "docker inspect -f '{{.State.ExitCode}}' tk8s-worker2").out == "137\n")
    }

    @Test("an unknown name still prints the array, then fails with podman's words")
    func inspectUnknown() throws {
        let lab = try NodeExecTests.lab()
        let result = Self.run(lab, "docker inspect nosuch")
        #expect(result.out == "[]\n")
        #expect(result.err == "Error: inspecting object: no such object: \"nosuch\"\n")
        #expect(result.status == 125)
    }

    @Test("logs hold the entrypoint's and systemd's console lines once for each start, CR LF as a terminal writes them")
    func logs() throws {
        let lab = try NodeExecTests.lab()
        let banner = "INFO: detected IPv4 address: 172.22.0.2\r\nINFO: starting init\r\n"
        let before = Self.run(lab, "docker logs tk8s-worker1").out
        #expect(before.components(separatedBy: banner).count - 1 == 4)
        #expect(before.hasSuffix("Set hostname to <tk8s-worker1>.\r\n"))
        _ = Self.run(lab, "docker restart tk8s-worker1")
        #expect(Self.run(lab, "docker logs tk8s-worker1").out.components(separatedBy: banner).count - 1 == 5)
    }

    @Test("the container runs the image's entrypoint with kcn's command as its arguments")
    func entrypoint() throws {
        let lab = try NodeExecTests.lab()
        let line = "docker inspect -f '{{.Path}} {{.Args}} {{.Config.Entrypoint}} {{.Config.Cmd}}' tk8s-control-plane"
        #expect(Self.run(lab, line).out == "/usr/local/bin/entrypoint [/sbin/init bash] /usr/local/bin/entrypoint /sbin/init [bash]\n")
    }
}
