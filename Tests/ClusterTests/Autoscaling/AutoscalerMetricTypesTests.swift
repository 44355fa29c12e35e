import KubeAPI
import Testing

@testable import Cluster

/// Pods, Object, External and ContainerResource metrics: the lab serves only metrics-server's
/// resource metrics, so the first three fail as the HPA controller words it.
@Suite("The HPA controller with each kind of metric")
struct AutoscalerMetricTypesTests {
    private func setUp(_ metrics: JSONValue) throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(
            KubeObject([
                "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web", "namespace": "default"],
                "spec": [
                    "selector": ["matchLabels": ["app": "web"]],
                    "template": [
                        "metadata": ["labels": ["app": "web"]],
                        "spec": [
                            "containers": [
                                ["name": "nginx", "image": "nginx", "resources": ["requests": ["cpu": "100m"]]]
                            ]
                        ],
                    ],
                ],
            ]))
        try cluster.create(
            KubeObject([
                "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
                "metadata": ["name": "web", "namespace": "default"],
                "spec": [
                    "maxReplicas": 5, "metrics": metrics,
                    "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "web"],
                ],
            ]))
        cluster.advance(seconds: 60)
        return cluster
    }

    private func events(_ cluster: Cluster, _ reason: String) -> [String] {
        cluster.list(.events, namespace: "default").filter { $0[path: "reason"].string == reason }
            .compactMap { $0[path: "message"].string }
    }

    private func condition(_ cluster: Cluster) throws -> JSONValue? {
        try cluster.get(.horizontalPodAutoscalers, namespace: "default", name: "web")[path: "status.conditions"].array
            .first { $0["type"] == "ScalingActive" }
    }

    @Test("a Pods metric: no custom metrics API is registered")
    func pods() throws {
        let cluster = try setUp([
            [
                "type": "Pods",
                "pods": ["metric": ["name": "pps"], "target": ["type": "AverageValue", "averageValue": "1k"]],
            ]
        ])
        let detail =
            "unable to get metric pps: unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered"
        #expect(events(cluster, "FailedGetPodsMetric") == [detail])
        #expect(
            events(cluster, "FailedComputeMetricsReplicas")
                == ["invalid metrics (1 invalid out of 1), first error is: failed to get pods metric value: \(detail)"])
        let active = try condition(cluster)
        #expect(active?["status"] == "False")
        #expect(active?["message"].string == "the HPA was unable to compute the replica count: \(detail)")
    }

    @Test("an Object metric names the described object; an average-value one adds the metric's name")
    func object() throws {
        let described: JSONValue = ["apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "name": "main"]
        let cluster = try setUp([
            [
                "type": "Object",
                "object": [
                    "metric": ["name": "rps"], "describedObject": described,
                    "target": ["type": "AverageValue", "averageValue": "10"],
                ],
            ]
        ])
        let detail =
            "unable to get metric rps: Ingress on default main/unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered"
        #expect(events(cluster, "FailedGetObjectMetric") == [detail])
        #expect(
            events(cluster, "FailedComputeMetricsReplicas") == [
                "invalid metrics (1 invalid out of 1), first error is: failed to get object metric value: failed to get rps object metric: \(detail)"
            ])
    }

    @Test("an External metric prints its selector as Go's %+v does; no external metrics API serves it")
    func external() throws {
        let cluster = try setUp([
            [
                "type": "External",
                "external": ["metric": ["name": "queue"], "target": ["type": "Value", "value": "30"]],
            ]
        ])
        let detail =
            "unable to get external metric default/queue/nil: unable to fetch metrics from external metrics API: the server could not find the requested resource (get queue.external.metrics.k8s.io)"
        #expect(events(cluster, "FailedGetExternalMetric") == [detail])
        #expect(
            events(cluster, "FailedComputeMetricsReplicas") == [
                "invalid metrics (1 invalid out of 1), first error is: failed to get queue external metric value: failed to get external metric queue: \(detail)"
            ])
        let selector: JSONValue = [
            "matchLabels": ["q": "a", "b": "c"],
            "matchExpressions": [["key": "tier", "operator": "In", "values": ["x", "y"]]],
        ]
        #expect(
            AutoscalerMetricErrors.goString(selector: selector)
                == "&LabelSelector{MatchLabels:map[string]string{b: c,q: a,},MatchExpressions:[]LabelSelectorRequirement{LabelSelectorRequirement{Key:tier,Operator:In,Values:[x y],},},}"
        )
    }

    @Test("a ContainerResource metric reads that container from metrics-server; a wrong name fails")
    func containerResource() throws {
        let target: JSONValue = ["type": "Utilization", "averageUtilization": 60]
        let cluster = try setUp([
            [
                "type": "ContainerResource",
                "containerResource": ["name": "cpu", "container": "nginx", "target": target],
            ]
        ])
        let hpa = try cluster.get(.horizontalPodAutoscalers, namespace: "default", name: "web")
        let current = hpa[path: "status.currentMetrics"].array.first
        #expect(current?["type"] == "ContainerResource")
        #expect(current?[path: "containerResource.container"] == "nginx")
        #expect(current?[path: "containerResource.current.averageUtilization"].int != nil)
        #expect(
            try condition(cluster)?["message"].string
                == "the HPA was able to successfully calculate a replica count from cpu container resource utilization (percentage of request)"
        )
        let typo = try setUp([
            ["type": "ContainerResource", "containerResource": ["name": "cpu", "container": "web", "target": target]]
        ])
        let pod = try #require(typo.list(.pods, namespace: "default").first { $0.name.hasPrefix("web-") })
        #expect(
            events(typo, "FailedGetContainerResourceMetric").last
                == "failed to get cpu utilization: unable to get metrics for resource cpu: failed to get container metrics: container web not present in metrics for pod default/\(pod.name)"
        )
    }
}
