@testable import Cluster
import KubeAPI
import Testing

@Suite("The pod log subresource")
struct PodLogTests {
    private func pod(_ name: String, image: String, args: [String] = []) -> KubeObject {
        var container: JSONValue = ["name": .string(name), "image": .string(image)]
        if !args.isEmpty { container["args"] = .array(args.map(JSONValue.string)) }
        return KubeObject(["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "default"],
            "spec": ["containers": [container]]])
    }

    @Test("the catalog's startup lines, with the tag's version and the node's kernel and CPUs")
    func nginx() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(pod("web", image: "nginx"))
        cluster.advance(seconds: 30)
        let text = try cluster.podLog(namespace: "default", name: "web", PodLogOptions(container: "web")).text
        let lines = text.split(separator: "\n")
        #expect(lines.first == "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration")
        #expect(lines.contains { $0.hasSuffix("[notice] 1#1: nginx/1.27.5") })
        #expect(lines.contains { $0.hasSuffix("[notice] 1#1: OS: Linux 6.8.0-57-generic") })
        #expect(lines.filter { $0.contains("start worker process ") }.count == 4)
    }

    @Test("a restart starts a new log; --previous reads the run before, and only that one")
    func previous() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(pod("flaky", image: "busybox", args: ["sh", "-c", "date +%T; sleep 2; exit 1"]))
        var options = PodLogOptions(container: "flaky")
        options.previous = true
        #expect(throws: APIError(reason: "BadRequest", message: "previous terminated container \"flaky\" in pod \"flaky\" not found", code: 400)) {
            try cluster.podLog(namespace: "default", name: "flaky", options)
        }
        cluster.advance(seconds: 60)
        let status = try cluster.get(.pods, namespace: "default", name: "flaky")[path: "status.containerStatuses"].array[0]
        let previousStart = try #require(status[path: "lastState.terminated.startedAt"].string.flatMap(Timestamp.init(rfc3339:)))
        let previous = try cluster.podLog(namespace: "default", name: "flaky", options).text
        #expect(previous == previousStart.cFormat("%H:%M:%S") + "\n")
    }

    @Test("tail, since and timestamps are applied by the server")
    func filters() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(pod("tick", image: "busybox", args: ["sh", "-c", "while true; do echo x; sleep 10; done"]))
        cluster.advance(seconds: 60)
        var options = PodLogOptions(container: "tick")
        options.tailLines = 2
        options.timestamps = true
        let text = try cluster.podLog(namespace: "default", name: "tick", options).text
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.split(separator: "\n").allSatisfy { $0.hasSuffix("Z x") && $0.count == "2025-04-23T07:25:00.000000000Z x".count })
        options = PodLogOptions(container: "tick")
        options.sinceSeconds = 25
        options.timestamps = true
        let recent = try cluster.podLog(namespace: "default", name: "tick", options).text.split(separator: "\n")
        let since = cluster.now.adding(seconds: -25)
        #expect(recent.count >= 2 && recent.count <= 3)
        #expect(recent.allSatisfy { Timestamp(rfc3339: String($0.prefix(19)) + "Z")! >= since })
    }

    @Test("a container that has not started says what it waits for")
    func waiting() throws {
        let cluster = try WorldFixture.tk8s()
        _ = try cluster.create(pod("web", image: "nginx"))
        #expect(throws: APIError(reason: "BadRequest", message: "container \"web\" in pod \"web\" is waiting to start: ContainerCreating", code: 400)) {
            try cluster.podLog(namespace: "default", name: "web", PodLogOptions(container: "web"))
        }
        #expect(throws: APIError(reason: "BadRequest", message: "container nope is not valid for pod web", code: 400)) {
            try cluster.podLog(namespace: "default", name: "web", PodLogOptions(container: "nope"))
        }
    }
}
