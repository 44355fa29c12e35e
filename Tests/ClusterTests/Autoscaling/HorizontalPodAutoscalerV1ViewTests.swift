import KubeAPI
import Testing

@testable import Cluster

/// autoscaling/v1's view of a stored v2 autoscaler, as the apiserver converts it.
@Suite struct HorizontalPodAutoscalerV1ViewTests {
    static let stored = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web, namespace: default, annotations: {team: blue}}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 1
          maxReplicas: 5
          metrics:
          - type: Resource
            resource: {name: memory, target: {type: AverageValue, averageValue: 100Mi}}
          - type: Resource
            resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
        status:
          currentReplicas: 2
          desiredReplicas: 3
          currentMetrics:
          - type: Resource
            resource: {name: cpu, current: {averageUtilization: 75, averageValue: 150m}}
          conditions:
          - {type: AbleToScale, status: "True", lastTransitionTime: "2025-04-23T07:25:15Z", reason: SucceededRescale, message: "the HPA controller was able to update the target scale to 3"}
        """

    @Test("the CPU target and current value become v1 fields; the rest goes into annotations as Go writes JSON")
    func convert() throws {
        let v2 = KubeObject(try #require(try YAMLDecoding.documents(Self.stored).first))
        let v1 = HorizontalPodAutoscalerV1View.convert(v2)
        #expect(v1.apiVersion == "autoscaling/v1")
        #expect(v1[path: "spec.targetCPUUtilizationPercentage"] == 60)
        #expect(v1[path: "spec.metrics"].isNull)
        #expect(v1[path: "status.currentCPUUtilizationPercentage"] == 75)
        #expect(v1[path: "status.desiredReplicas"] == 3)
        let annotations = v1.annotations
        #expect(annotations["team"] == "blue")
        #expect(annotations["autoscaling.alpha.kubernetes.io/metrics"] == #"[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"100Mi"}}]"#)
        #expect(annotations["autoscaling.alpha.kubernetes.io/current-metrics"]
            == #"[{"type":"Resource","resource":{"name":"cpu","currentAverageUtilization":75,"currentAverageValue":"150m"}}]"#)
        #expect(annotations["autoscaling.alpha.kubernetes.io/conditions"]
            == #"[{"type":"AbleToScale","status":"True","lastTransitionTime":"2025-04-23T07:25:15Z","reason":"SucceededRescale","message":"the HPA controller was able to update the target scale to 3"}]"#)
    }

    @Test("a v1 autoscaler is stored as v2 (80% CPU by default); the create's answer and reads of v1 are v1")
    func fresh() throws {
        let cluster = try WorldFixture.tk8s()
        let hpa = try cluster.create(KubeObject(try #require(try YAMLDecoding.documents("""
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata: {name: x, namespace: default}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: none}
              maxReplicas: 3
            """).first)))
        #expect(hpa.apiVersion == "autoscaling/v1")
        #expect(hpa[path: "spec.targetCPUUtilizationPercentage"] == 80)
        #expect(try cluster.get(.horizontalPodAutoscalers, namespace: "default", name: "x").apiVersion == "autoscaling/v2")
        let v1Type = try #require(ResourceType.otherVersions.first { $0.kind == "HorizontalPodAutoscaler" })
        let v1 = try cluster.get(v1Type, namespace: "default", name: "x")
        #expect(v1.apiVersion == "autoscaling/v1")
        #expect(v1[path: "spec.targetCPUUtilizationPercentage"] == 80)
        #expect(v1[path: "status.currentReplicas"] == 0)
        #expect(cluster.list(v1Type, namespace: "default").map(\.apiVersion) == ["autoscaling/v1"])
    }
}
