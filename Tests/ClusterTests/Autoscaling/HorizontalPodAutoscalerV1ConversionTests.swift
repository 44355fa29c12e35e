import KubeAPI
import Testing

@testable import Cluster

/// autoscaling/v1 written back: the v1 form, annotations and all, converted to the stored v2.
@Suite struct HorizontalPodAutoscalerV1ConversionTests {
    static let v2 = """
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: {name: web, namespace: default, annotations: {team: blue}}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 2
          maxReplicas: 5
          metrics:
          - type: Resource
            resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
          - type: Pods
            pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: "10"}}
          - type: External
            external: {metric: {name: queue}, target: {type: Value, value: "30"}}
          behavior:
            scaleDown:
              stabilizationWindowSeconds: 60
              selectPolicy: Min
              policies: [{type: Pods, value: 1, periodSeconds: 30}]
        """

    private func object(_ yaml: String) throws -> KubeObject {
        KubeObject(try #require(try YAMLDecoding.documents(yaml).first))
    }

    @Test("v2 to v1 and back keeps every metric (the others before the CPU target) and the behavior, and drops the annotations")
    func roundTrip() throws {
        let v1 = HorizontalPodAutoscalerV1View.convert(try object(Self.v2))
        #expect(v1.annotations["autoscaling.alpha.kubernetes.io/behavior"]
            == #"{"ScaleUp":null,"ScaleDown":{"StabilizationWindowSeconds":60,"SelectPolicy":"Min","Policies":[{"Type":"Pods","Value":1,"PeriodSeconds":30}]}}"#)
        let back = HorizontalPodAutoscalerV1.toV2(v1)
        #expect(back.apiVersion == "autoscaling/v2")
        #expect(back.annotations == ["team": "blue"])
        #expect(back[path: "spec.minReplicas"] == 2)
        let metrics = back[path: "spec.metrics"].array
        #expect(metrics.map { $0["type"].string ?? "" } == ["Pods", "External", "Resource"])
        #expect(GoJSON.marshal(metrics[0]) == #"{"type":"Pods","pods":{"metric":{"name":"rps"},"target":{"type":"AverageValue","averageValue":"10"}}}"#)
        #expect(GoJSON.marshal(metrics[1]) == #"{"type":"External","external":{"metric":{"name":"queue"},"target":{"type":"Value","value":"30"}}}"#)
        #expect(metrics[2][path: "resource.target.averageUtilization"] == 60)
        #expect(GoJSON.marshal(back[path: "spec.behavior"])
            == #"{"scaleDown":{"stabilizationWindowSeconds":60,"selectPolicy":"Min","policies":[{"type":"Pods","value":1,"periodSeconds":30}]}}"#)
    }

    @Test("a v1 autoscaler without a CPU target or other metrics gets 80%; minReplicas defaults to 1")
    func defaults() throws {
        let v1 = try object("""
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata: {name: web, annotations: {autoscaling.alpha.kubernetes.io/conditions: "[]"}}
            spec: {scaleTargetRef: {kind: Deployment, name: web}, maxReplicas: 3}
            """)
        let v2 = HorizontalPodAutoscalerV1.toV2(v1)
        #expect(v2[path: "spec.minReplicas"] == 1)
        #expect(v2[path: "spec.metrics"] == [HorizontalPodAutoscalerV1.cpuUtilization(80)])
        #expect(v2.metadata["annotations"].isNull)
    }

    @Test("a v1 status takes its current metrics from the annotation, else from the CPU utilization")
    func status() throws {
        let v1 = try object("""
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata: {name: web}
            status: {currentReplicas: 2, desiredReplicas: 3, currentCPUUtilizationPercentage: 40}
            """)
        #expect(GoJSON.marshal(HorizontalPodAutoscalerV1.statusToV2(v1))
            == #"{"currentReplicas":2,"desiredReplicas":3,"currentMetrics":[{"type":"Resource","resource":{"name":"cpu","current":{"averageUtilization":40}}}]}"#)
        var annotated = v1
        annotated[path: "metadata.annotations"] = [
            "autoscaling.alpha.kubernetes.io/current-metrics": #"[{"type":"Pods","pods":{"metricName":"rps","currentAverageValue":"7"}}]"#
        ]
        #expect(GoJSON.marshal(HorizontalPodAutoscalerV1.statusToV2(annotated)["currentMetrics"])
            == #"[{"type":"Pods","pods":{"metric":{"name":"rps"},"current":{"averageValue":"7"}}}]"#)
    }

    @Test("a v1 manifest is created, replaced and read in v1 while the store keeps v2")
    func writes() throws {
        let cluster = try WorldFixture.tk8s()
        let manifest = try object("""
            apiVersion: autoscaling/v1
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: default}
            spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, maxReplicas: 3, targetCPUUtilizationPercentage: 50}
            """)
        let created = try cluster.create(manifest)
        #expect(created.apiVersion == "autoscaling/v1")
        var changed = manifest
        changed[path: "spec.targetCPUUtilizationPercentage"] = 70
        let replaced = try cluster.replace(changed)
        #expect(replaced[path: "spec.targetCPUUtilizationPercentage"] == 70)
        let stored = try cluster.get(.horizontalPodAutoscalers, namespace: "default", name: "web")
        #expect(stored.apiVersion == "autoscaling/v2")
        #expect(stored[path: "spec.metrics"] == [HorizontalPodAutoscalerV1.cpuUtilization(70)])
    }

    @Test("a behavior annotation that does not decode, or decodes to nothing, is passed over; a partial one is defaulted")
    func malformedBehavior() throws {
        func behavior(_ annotation: String) throws -> JSONValue {
            var v1 = try object("""
                apiVersion: autoscaling/v1
                kind: HorizontalPodAutoscaler
                metadata: {name: web, namespace: default}
                spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, maxReplicas: 3}
                """)
            v1[path: "metadata.annotations"] = .stringMap(["autoscaling.alpha.kubernetes.io/behavior": annotation])
            return HorizontalPodAutoscalerV1.toV2(v1)[path: "spec.behavior"]
        }
        for ignored in ["not json", "[]", "{}", #"{"ScaleUp":null}"#, #"{"ScaleUp":5}"#, #"{"scaleDown":{"policies":[{"value":"1"}]}}"#] {
            #expect(try behavior(ignored).isNull, "\(ignored)")
        }
        #expect(try behavior(#"{"scaleDown":{"StabilizationWindowSeconds":30}}"#) == ["scaleDown": ["stabilizationWindowSeconds": 30]])
    }

    @Test("a replaced v2 autoscaler gets the defaults a created one gets")
    func replaceDefaults() throws {
        let cluster = try WorldFixture.tk8s()
        var manifest = try object(Self.v2)
        _ = try cluster.create(manifest)
        manifest[path: "spec.minReplicas"] = nil
        manifest[path: "spec.metrics"] = nil
        manifest[path: "spec.behavior"] = ["scaleUp": ["stabilizationWindowSeconds": 10]]
        let replaced = try cluster.replace(manifest)
        #expect(replaced[path: "spec.minReplicas"] == 1)
        #expect(replaced[path: "spec.metrics"] == [HorizontalPodAutoscalerV1.cpuUtilization(80)])
        #expect(replaced[path: "spec.behavior.scaleUp.selectPolicy"] == "Max")
        #expect(replaced[path: "spec.behavior.scaleDown.policies"].array.count == 1)
    }
}
