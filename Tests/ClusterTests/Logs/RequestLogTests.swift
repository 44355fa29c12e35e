@testable import Cluster
import KubeAPI
import Testing

/// The lines a server writes for each request it answers (the bootcamp app's `console.log`).
@Suite("Request logs")
struct RequestLogTests {
    private func pod(_ name: String, image: String) -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "default"],
            "spec": ["containers": [["name": .string(name), "image": .string(image)]]]])
    }

    @Test("each answered request adds a line: its count in this run, the uptime since listening, the time")
    func bootcamp() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(pod("boot", image: "gcr.io/google-samples/kubernetes-bootcamp:v1"))
        cluster.advance(seconds: 30)
        let running = try cluster.get(.pods, namespace: "default", name: "boot")
        let server = try #require(cluster.listener(in: running, port: 8080))
        let body = try #require(cluster.httpResponse(of: server, target: "/"))
        #expect(body.body == "Hello Kubernetes bootcamp! | Running on: boot | v=1\n")
        cluster.advance(seconds: 2)
        _ = cluster.httpResponse(of: try #require(cluster.listener(in: running, port: 8080)), target: "/x")
        let lines = try cluster.podLog(namespace: "default", name: "boot", PodLogOptions(container: "boot")).text
            .split(separator: "\n", omittingEmptySubsequences: false)
        let uptime = Cluster.javaScriptSeconds(milliseconds: server.elapsedMilliseconds - 150)
        #expect(lines[2] == "Running On: boot | Total Requests: 1 | App Uptime: \(uptime) seconds | Log Time: \(cluster.now.adding(seconds: -2).cFormat("%Y-%m-%dT%H:%M:%S.%3NZ"))")
        #expect(lines[3].hasPrefix("Running On: boot | Total Requests: 2 | "))
    }

    @Test("an HTTP probe's request is logged at each tick; a TCP probe's connection is not")
    func probes() throws {
        let cluster = try WorldFixture.tk8s()
        var probed = pod("probed", image: "gcr.io/google-samples/kubernetes-bootcamp:v1")
        probed[path: "spec.containers"] = [[
            "name": "probed", "image": "gcr.io/google-samples/kubernetes-bootcamp:v1",
            "readinessProbe": ["httpGet": ["path": "/", "port": 8080], "periodSeconds": 5],
            "livenessProbe": ["tcpSocket": ["port": 8080], "periodSeconds": 5],
        ]]
        _ = try cluster.create(probed)
        cluster.advance(seconds: 20)
        let text = try cluster.podLog(namespace: "default", name: "probed", PodLogOptions(container: "probed")).text
        let requests = text.split(separator: "\n").filter { $0.hasPrefix("Running On: probed | Total Requests: ") }
        #expect(requests.count == 4)
        #expect(requests.last?.hasPrefix("Running On: probed | Total Requests: 4 | ") == true)
    }

    @Test("a server without a request line in the catalog logs nothing per request")
    func nginx() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(pod("web", image: "nginx"))
        cluster.advance(seconds: 30)
        let before = try cluster.podLog(namespace: "default", name: "web", PodLogOptions(container: "web")).text
        let running = try cluster.get(.pods, namespace: "default", name: "web")
        _ = cluster.httpResponse(of: try #require(cluster.listener(in: running, port: 80)), target: "/")
        #expect(try cluster.podLog(namespace: "default", name: "web", PodLogOptions(container: "web")).text == before)
    }

    @Test("JavaScript prints a number of seconds without trailing zeros", arguments: [
        (53850, "53.85"), (3000, "3"), (30832, "30.832"), (5, "0.005"), (0, "0"),
    ])
    func seconds(_ milliseconds: Int64, _ text: String) {
        #expect(Cluster.javaScriptSeconds(milliseconds: milliseconds) == text)
    }
}
