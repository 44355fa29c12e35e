import Cluster
import KubeAPI
import Testing

@Suite("The Endpoints controller dates each change and marks headless Services' Endpoints")
struct EndpointsTriggerTimeTests {
    private let annotation = "endpoints.kubernetes.io/last-change-trigger-time"

    private func cluster(clusterIP: String? = nil) throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "a", "namespace": "default", "labels": ["app": "a"]],
            "spec": ["containers": [["name": "c", "image": "nginx"]]],
        ]))
        var spec: JSONValue = ["selector": ["app": "a"], "ports": [["port": 80]]]
        if let clusterIP { spec["clusterIP"] = .string(clusterIP) }
        try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "a", "namespace": "default"], "spec": spec,
        ]))
        return cluster
    }

    @Test("a new Service's Endpoints are dated by its creation, later changes by the pod's readiness")
    func triggerTimes() throws {
        let cluster = try cluster()
        let service = try cluster.get(.services, namespace: "default", name: "a")
        let first = try cluster.get(.endpoints, namespace: "default", name: "a")
        #expect(first.annotations[annotation] == service.creationTimestamp?.rfc3339)
        cluster.advance(seconds: 30)
        let pod = try cluster.get(.pods, namespace: "default", name: "a")
        let ready = pod[path: "status.conditions"].array.first { $0["type"] == "Ready" }
        let later = try cluster.get(.endpoints, namespace: "default", name: "a")
        #expect(later.annotations[annotation] == ready?["lastTransitionTime"].string)
        #expect(later.annotations[annotation] != first.annotations[annotation])
    }

    @Test("a headless Service's Endpoints carry the headless label; others do not", arguments: [true, false])
    func headless(_ isHeadless: Bool) throws {
        let cluster = try cluster(clusterIP: isHeadless ? "None" : nil)
        cluster.advance(seconds: 30)
        let endpoints = try cluster.get(.endpoints, namespace: "default", name: "a")
        #expect((endpoints.labels["service.kubernetes.io/headless"] != nil) == isHeadless)
    }
}
