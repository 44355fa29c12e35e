import Cluster
import KubeAPI
import Testing

@Suite("A Service with publishNotReadyAddresses publishes pods that are not ready")
struct PublishNotReadyTests {
    /// A pod whose readiness probe never passes, and a Service over it publishing as `publish` says.
    private func cluster(publish: Bool) throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "unready", "namespace": "default", "labels": ["app": "unready"]],
            "spec": ["containers": [[
                "name": "web", "image": "nginx", "readinessProbe": ["httpGet": ["path": "/missing", "port": 80]],
            ]]],
        ]))
        try cluster.create(KubeObject([
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": "svc", "namespace": "default"],
            "spec": ["selector": ["app": "unready"], "publishNotReadyAddresses": .bool(publish), "ports": [["port": 80]]],
        ]))
        cluster.advance(seconds: 30)
        return cluster
    }

    @Test("Endpoints list the address as ready only when the Service publishes not-ready ones", arguments: [true, false])
    func endpoints(publish: Bool) throws {
        let cluster = try cluster(publish: publish)
        let subset = try cluster.get(.endpoints, namespace: "default", name: "svc")[path: "subsets"][0]
        #expect(subset["addresses"].isNull == !publish)
        #expect(subset["notReadyAddresses"].isNull == publish)
    }

    @Test("the slice's endpoint is ready when published, but serving only when the pod is ready", arguments: [true, false])
    func slice(publish: Bool) throws {
        let cluster = try cluster(publish: publish)
        let slice = try #require(cluster.list(.endpointSlices, namespace: "default").first { $0.labels["kubernetes.io/service-name"] == "svc" })
        let conditions = slice[path: "endpoints"][0]["conditions"]
        #expect(conditions["ready"] == .bool(publish))
        #expect(conditions["serving"] == false)
    }
}
