import KubeAPI
import Testing

@testable import Cluster

@Suite("A pod that calls a Service in a loop raises the CPU of the Service's ready endpoints")
struct RequestLoadTests {
    private static let manifests = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: php-apache}
        spec:
          replicas: 2
          selector: {matchLabels: {run: php-apache}}
          template:
            metadata: {labels: {run: php-apache}}
            spec:
              containers:
              - name: php-apache
                image: registry.k8s.io/hpa-example
                ports: [{containerPort: 80}]
                resources: {limits: {cpu: 500m}, requests: {cpu: 200m}}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: php-apache}
        spec:
          ports: [{port: 80}]
          selector: {run: php-apache}
        """

    private func generator(_ name: String, _ script: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "namespace": "default"],
            "spec": [
                "restartPolicy": "Never",
                "containers": [
                    ["name": .string(name), "image": "busybox:1.28", "args": ["/bin/sh", "-c", .string(script)]]
                ],
            ],
        ])
    }

    private func cpu(_ cluster: Cluster, prefix: String) -> [Int64] {
        cluster.podMetrics(namespace: "default").filter { $0.name.hasPrefix(prefix) }.map {
            $0.containers[0].usage.cpuMillicores
        }
    }

    @Test("the generator's command is read as data: its URL, port and pause")
    func parsing() {
        let docs = LoadGenerator.of(
            command: [], args: ["/bin/sh", "-c", "while sleep 0.01; do wget -q -O- http://php-apache; done"])
        #expect(docs == LoadGenerator(host: "php-apache", port: 80, pauseMicroseconds: 10_000))
        let curl = LoadGenerator.of(
            command: ["sh", "-c"], args: ["while true; do curl -s -o /dev/null web.shop:8080/x; sleep 1; done"])
        #expect(curl == LoadGenerator(host: "web.shop", port: 8080, pauseMicroseconds: 1_000_000))
        #expect(LoadGenerator.of(command: ["sh", "-c", "wget -q -O- http://php-apache"], args: []) == nil)
        #expect(LoadGenerator.of(command: ["sleep", "3600"], args: []) == nil)
        // One loop waits for each answer, so it never asks for more than a core.
        #expect(docs?.demandMillicores(requestCost: 20_000) == 666)
        #expect(LoadGenerator(host: "x", port: 80, pauseMicroseconds: 0).demandMillicores(requestCost: 20_000) == 1000)
    }

    @Test("the load is spread over the ready endpoints, held to each limit, and gone when the generator stops")
    func spreadAndStop() throws {
        let cluster = try WorldFixture.tk8s()
        for document in try YAMLDecoding.documents(Self.manifests) { try cluster.create(KubeObject(document)) }
        cluster.advance(seconds: 60)
        #expect(cpu(cluster, prefix: "php-apache") == [1, 1])
        try cluster.create(generator("load", "while sleep 0.01; do wget -q -O- http://php-apache; done"))
        cluster.advance(seconds: 60)
        #expect(cpu(cluster, prefix: "php-apache") == [334, 334])
        try cluster.create(
            generator("load2", "while sleep 0.01; do wget -q -O- http://php-apache.default.svc.tk8s.k8s; done"))
        cluster.advance(seconds: 60)
        #expect(cpu(cluster, prefix: "php-apache") == [500, 500])
        try cluster.delete(.pods, namespace: "default", name: "load", gracePeriodSeconds: 0)
        try cluster.delete(.pods, namespace: "default", name: "load2", gracePeriodSeconds: 0)
        cluster.advance(seconds: 5)
        #expect(cpu(cluster, prefix: "php-apache") == [1, 1])
    }

    @Test("a name that does not resolve, or a port the Service does not have, adds no load")
    func unreachable() throws {
        let cluster = try WorldFixture.tk8s()
        for document in try YAMLDecoding.documents(Self.manifests) { try cluster.create(KubeObject(document)) }
        try cluster.create(generator("typo", "while sleep 0.01; do wget -q -O- http://php-apach; done"))
        try cluster.create(generator("port", "while sleep 0.01; do wget -q -O- http://php-apache:8080; done"))
        cluster.advance(seconds: 60)
        #expect(cpu(cluster, prefix: "php-apache") == [1, 1])
    }
}
