import KubeAPI
import Testing

@testable import Cluster

@Suite("The HPA controller scales a Deployment over virtual time and reports why")
struct HorizontalPodAutoscalerTests {
    private func setUp(requests: Bool = true) throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        let resources: JSONValue = requests ? ["limits": ["cpu": "500m"], "requests": ["cpu": "200m"]] : .emptyObject
        try cluster.create(
            KubeObject([
                "apiVersion": "apps/v1", "kind": "Deployment",
                "metadata": ["name": "php-apache", "namespace": "default"],
                "spec": [
                    "selector": ["matchLabels": ["run": "php-apache"]],
                    "template": [
                        "metadata": ["labels": ["run": "php-apache"]],
                        "spec": [
                            "containers": [
                                ["name": "php-apache", "image": "registry.k8s.io/hpa-example", "resources": resources]
                            ]
                        ],
                    ],
                ],
            ]))
        try cluster.create(
            KubeObject([
                "apiVersion": "v1", "kind": "Service", "metadata": ["name": "php-apache", "namespace": "default"],
                "spec": ["ports": [["port": 80]], "selector": ["run": "php-apache"]],
            ]))
        try cluster.create(
            KubeObject([
                "apiVersion": "autoscaling/v1", "kind": "HorizontalPodAutoscaler",
                "metadata": ["name": "php-apache", "namespace": "default"],
                "spec": [
                    "maxReplicas": 10, "targetCPUUtilizationPercentage": 50,
                    "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "php-apache"],
                ],
            ]))
        return cluster
    }

    private func hpa(_ cluster: Cluster) throws -> KubeObject {
        try cluster.get(.horizontalPodAutoscalers, namespace: "default", name: "php-apache")
    }

    private func replicas(_ cluster: Cluster) throws -> Int? {
        try cluster.get(.deployments, namespace: "default", name: "php-apache")[path: "spec.replicas"].int
    }

    @Test("load scales up to 4, then 7; five minutes after it stops, back to 1")
    func walkthrough() throws {
        let cluster = try setUp()
        cluster.advance(seconds: 60)
        #expect(
            try hpa(cluster)[path: "status.currentMetrics"].array.first?[path: "resource.current.averageUtilization"]
                == 0)
        try cluster.create(
            KubeObject([
                "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "load-generator", "namespace": "default"],
                "spec": [
                    "restartPolicy": "Never",
                    "containers": [
                        [
                            "name": "load-generator", "image": "busybox:1.28",
                            "args": ["/bin/sh", "-c", "while sleep 0.01; do wget -q -O- http://php-apache; done"],
                        ]
                    ],
                ],
            ]))
        cluster.advance(seconds: 15)
        #expect(try replicas(cluster) == 4)
        cluster.advance(seconds: 180)
        #expect(try replicas(cluster) == 7)
        let messages = cluster.list(.events, namespace: "default").filter { $0.value["reason"] == "SuccessfulRescale" }
            .compactMap { $0.value["message"].string }
        #expect(messages.contains("New size: 4; reason: cpu resource utilization (percentage of request) above target"))
        try cluster.delete(.pods, namespace: "default", name: "load-generator", gracePeriodSeconds: 0)
        cluster.advance(seconds: 285)
        #expect(try replicas(cluster) == 7)
        cluster.advance(seconds: 30)
        #expect(try replicas(cluster) == 1)
        let conditions = try hpa(cluster)[path: "status.conditions"].array.map {
            "\($0["type"].string ?? "")=\($0["reason"].string ?? "")"
        }
        #expect(
            conditions == [
                "AbleToScale=SucceededRescale", "ScalingActive=ValidMetricFound", "ScalingLimited=TooFewReplicas",
            ])
    }

    @Test("pods without a CPU request leave the autoscaler unable to compute, with <unknown> metrics")
    func missingRequest() throws {
        let cluster = try setUp(requests: false)
        cluster.advance(seconds: 60)
        let status = try hpa(cluster)[path: "status"]
        #expect(status["currentMetrics"] == [["type": ""]])
        let active = status["conditions"].array.first { $0["type"] == "ScalingActive" }
        #expect(active?["reason"] == "FailedGetResourceMetric")
        let pod = try #require(cluster.list(.pods, namespace: "default").first { $0.name.hasPrefix("php-apache") })
        #expect(
            active?["message"].string
                == "the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container php-apache of Pod \(pod.name)"
        )
        #expect(try replicas(cluster) == 1)
    }

    @Test("a target outside the bounds is brought inside them first")
    func bounds() throws {
        let cluster = try setUp()
        var deployment = try cluster.get(.deployments, namespace: "default", name: "php-apache")
        deployment[path: "spec.replicas"] = 12
        try cluster.replace(deployment)
        cluster.advance(seconds: 15)
        #expect(try replicas(cluster) == 10)
        let messages = cluster.list(.events, namespace: "default").compactMap { $0.value["message"].string }
        #expect(messages.contains("New size: 10; reason: Current number of replicas above Spec.MaxReplicas"))
    }
}
