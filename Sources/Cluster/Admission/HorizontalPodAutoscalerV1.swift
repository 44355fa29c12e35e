import KubeAPI
import OrderedCollections

/// An `autoscaling/v1` HorizontalPodAutoscaler as the apiserver stores it in `autoscaling/v2`:
/// minReplicas defaults to 1; the metrics kept in the `autoscaling.alpha.kubernetes.io/metrics`
/// annotation come first, then the CPU target (80% when there is no metric at all); a behavior
/// kept in its annotation comes back; the round-trip annotations themselves are dropped. As in
/// kube-apiserver 1.32, an annotation that does not decode is passed over, not refused.
enum HorizontalPodAutoscalerV1 {
    static let defaultCPUUtilization = 80

    static func isV1(_ object: KubeObject) -> Bool {
        object.kind == "HorizontalPodAutoscaler" && object.apiVersion == "autoscaling/v1"
    }

    /// The annotations only conversion writes, which no stored object keeps.
    static let roundTripAnnotations = [
        HorizontalPodAutoscalerV1View.metricsAnnotation, HorizontalPodAutoscalerV1View.behaviorAnnotation,
        HorizontalPodAutoscalerV1View.currentMetricsAnnotation, HorizontalPodAutoscalerV1View.conditionsAnnotation,
    ]

    static func toV2(_ object: KubeObject) -> KubeObject {
        var hpa = object
        hpa.value["apiVersion"] = "autoscaling/v2"
        let spec = object.value["spec"], annotations = object.annotations
        var v2Spec = OrderedDictionary<String, JSONValue>()
        v2Spec["scaleTargetRef"] = spec["scaleTargetRef"].isNull ? [:] : spec["scaleTargetRef"]
        v2Spec["minReplicas"] = spec["minReplicas"].isNull ? 1 : spec["minReplicas"]
        v2Spec["maxReplicas"] = spec["maxReplicas"].isNull ? 0 : spec["maxReplicas"]
        let specs = annotationJSON(annotations[HorizontalPodAutoscalerV1View.metricsAnnotation], decodingAs: "[]v1.MetricSpec")
        var metrics = (specs ?? .null).array.map(metricSpec)
        if let cpu = spec["targetCPUUtilizationPercentage"].int {
            metrics.append(cpuUtilization(cpu))
        } else if metrics.isEmpty {
            metrics.append(cpuUtilization(defaultCPUUtilization))
        }
        v2Spec["metrics"] = .array(metrics)
        let behavior = annotationJSON(annotations[HorizontalPodAutoscalerV1View.behaviorAnnotation]) ?? .null
        if HorizontalPodAutoscalerV1Behavior.isWellFormed(behavior) {
            v2Spec["behavior"] = HorizontalPodAutoscalerV1Behavior.fromInternal(behavior)
        }
        hpa.value["spec"] = .object(v2Spec)
        hpa = droppingRoundTripAnnotations(hpa)
        hpa.value["status"] = HorizontalPodAutoscalerDefaults.freshStatus
        return hpa
    }

    /// The object without the round-trip annotations, which any version's conversion drops.
    static func droppingRoundTripAnnotations(_ object: KubeObject) -> KubeObject {
        let annotations = object.annotations
        guard roundTripAnnotations.contains(where: { annotations[$0] != nil }) else { return object }
        var hpa = object
        let kept = annotations.filter { !roundTripAnnotations.contains($0.key) }
        hpa[path: "metadata.annotations"] = kept.isEmpty ? nil : .stringMap(kept)
        return hpa
    }

    /// A Resource metric of CPU utilization.
    static func cpuUtilization(_ percent: Int) -> JSONValue {
        ["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": .int(percent)]]]
    }

    /// A v1 MetricSpec (from the annotation) as the v2 type, in its field order.
    static func metricSpec(_ metric: JSONValue) -> JSONValue {
        var out = OrderedDictionary<String, JSONValue>()
        let type = metric["type"].string ?? ""
        out["type"] = .string(type)
        switch type {
        case "Object":
            let source = metric["object"]
            let averaged = !source["averageValue"].isNull
            out["object"] = HorizontalPodAutoscalerV1View.object([
                ("describedObject", source["target"]),
                ("target", target(averaged ? "AverageValue" : "Value", value: source["targetValue"], average: source["averageValue"])),
                ("metric", identifier(source["metricName"], source["selector"])),
            ])
        case "Pods":
            let source = metric["pods"]
            out["pods"] = HorizontalPodAutoscalerV1View.object([
                ("metric", identifier(source["metricName"], source["selector"])),
                ("target", target("AverageValue", average: source["targetAverageValue"])),
            ])
        case "Resource", "ContainerResource":
            let key = type == "Resource" ? "resource" : "containerResource"
            let source = metric[key]
            let utilization = source["targetAverageUtilization"]
            var members: [(String, JSONValue)] = [
                ("name", source["name"]),
                ("target", target(utilization.isNull ? "AverageValue" : "Utilization", average: source["targetAverageValue"], utilization: utilization)),
            ]
            if type == "ContainerResource" { members.append(("container", source["container"])) }
            out[key] = HorizontalPodAutoscalerV1View.object(members)
        case "External":
            let source = metric["external"]
            let valued = !source["targetValue"].isNull
            out["external"] = HorizontalPodAutoscalerV1View.object([
                ("metric", identifier(source["metricName"], source["metricSelector"])),
                ("target", target(valued ? "Value" : "AverageValue", value: source["targetValue"], average: source["targetAverageValue"])),
            ])
        default: break
        }
        return .object(out)
    }

    /// A v2 MetricTarget, its empty members left out and its quantities canonical.
    private static func target(_ type: String, value: JSONValue = .null, average: JSONValue = .null, utilization: JSONValue = .null) -> JSONValue {
        HorizontalPodAutoscalerV1View.object([
            ("type", .string(type)), ("value", QuantityDefaults.canonical(value)),
            ("averageValue", QuantityDefaults.canonical(average)), ("averageUtilization", utilization),
        ])
    }

    /// A v2 MetricIdentifier.
    private static func identifier(_ name: JSONValue, _ selector: JSONValue) -> JSONValue {
        HorizontalPodAutoscalerV1View.object([("name", name.isNull ? "" : name), ("selector", selector)], always: ["name"])
    }
}
