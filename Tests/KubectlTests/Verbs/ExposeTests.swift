import Cluster
import KubeAPI
import Testing

/// `kubectl expose`: the Service it builds, the addresses the cluster gives it, and its errors.
@Suite("kubectl expose")
struct ExposeTests {
    @Test("C78: a Deployment exposed on a port, sending to a target port")
    func exposed() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "nginx", "--image=nginx")
        #expect(h.run("expose", "deployment", "nginx", "--port=80", "--target-port=8080").out == "service/nginx exposed\n")
        let service = try h.cluster.get(.services, namespace: "default", name: "nginx")
        #expect(service[path: "spec.selector"] == ["app": "nginx"])
        #expect(service[path: "spec.ports"].isEquivalent(to: [["port": 80, "protocol": "TCP", "targetPort": 8080]]))
        let ip = try #require(service[path: "spec.clusterIP"].string)
        #expect(ip.hasPrefix("10.98.0.") && ip != "10.98.0.1" && ip != "10.98.0.10")
    }

    @Test("NodePort Services get a free port from 30000-32767 on every port")
    func nodePort() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx", "--port=80")
        _ = h.run("expose", "deploy/web", "--type=NodePort", "--name=a")
        _ = h.run("expose", "deploy/web", "--type=NodePort", "--name=b")
        let ports = try ["a", "b"].map { name in
            try h.cluster.get(.services, namespace: "default", name: name)[path: "spec.ports"][0]["nodePort"].int
        }
        #expect(ports.allSatisfy { $0.map { (30000...32767).contains($0) } ?? false })
        #expect(ports[0] != ports[1])
    }

    @Test("a port the container declares is used when --port is missing")
    func portFromTemplate() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx", "--port=8080")
        let out = h.run("expose", "deploy", "web", "--dry-run=client", "-o", "yaml").out
        #expect(out.contains("  - port: 8080\n    protocol: TCP\n    targetPort: 8080\n"))
    }

    @Test("errors are kubectl's, and nothing is created")
    func errors() throws {
        let h = try KubectlHarness()
        _ = h.run("create", "deployment", "web", "--image=nginx")
        let before = h.cluster.list(.services).count
        #expect(h.run("expose", "deploy", "web").err == "error: couldn't find port via --port flag or introspection\n")
        #expect(h.run("expose", "node", "tk8s-worker1").err == "error: cannot expose a Node\n")
        #expect(h.run("expose", "deploy", "web", "--port=x").err == "error: strconv.Atoi: parsing \"x\": invalid syntax\n")
        #expect(h.run("expose", "deploy", "nosuch", "--port=80").err == "Error from server (NotFound): deployments.apps \"nosuch\" not found\n")
        #expect(h.cluster.list(.services).count == before)
    }
}
