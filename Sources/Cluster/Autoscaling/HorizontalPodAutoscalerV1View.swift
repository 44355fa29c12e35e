import OrderedCollections
import KubeAPI

/// An autoscaler as `autoscaling/v1` shows it, converted from the stored `autoscaling/v2` object
/// as the apiserver's conversion does: the CPU utilization target and current value become
/// `targetCPUUtilizationPercentage` and `currentCPUUtilizationPercentage`; every other metric,
/// the current metrics, the conditions and the behavior are kept as JSON in `autoscaling.alpha.kubernetes.io`
/// annotations, written as Go's encoding/json writes the v1 types.
enum HorizontalPodAutoscalerV1View {
    static let metricsAnnotation = "autoscaling.alpha.kubernetes.io/metrics"
    static let currentMetricsAnnotation = "autoscaling.alpha.kubernetes.io/current-metrics"
    static let conditionsAnnotation = "autoscaling.alpha.kubernetes.io/conditions"
    static let behaviorAnnotation = "autoscaling.alpha.kubernetes.io/behavior"

    static func convert(_ hpa: KubeObject) -> KubeObject {
        let spec = hpa.value["spec"], status = hpa.value["status"]
        var out = OrderedDictionary<String, JSONValue>()
        out["apiVersion"] = "autoscaling/v1"
        out["kind"] = "HorizontalPodAutoscaler"
        var metadata = hpa.metadata
        var annotations = hpa.annotations.filter { !HorizontalPodAutoscalerV1.roundTripAnnotations.contains($0.key) }
        let isCPUUtilization = { (metric: JSONValue) in
            metric["type"].string == "Resource" && metric["resource"]["name"].string == "cpu"
                && !metric["resource"]["target"]["averageUtilization"].isNull
        }
        let others = spec["metrics"].array.filter { !isCPUUtilization($0) }
        if !others.isEmpty { annotations[metricsAnnotation] = GoJSON.marshal(.array(others.map(metricSpec))) }
        let current = status["currentMetrics"].array
        if !current.isEmpty { annotations[currentMetricsAnnotation] = GoJSON.marshal(.array(current.map(metricStatus))) }
        let conditions = status["conditions"].array
        if !conditions.isEmpty { annotations[conditionsAnnotation] = GoJSON.marshal(.array(conditions.map(condition))) }
        if !spec["behavior"].isNull { annotations[behaviorAnnotation] = HorizontalPodAutoscalerV1Behavior.annotation(spec["behavior"]) }
        metadata["annotations"] = annotations.isEmpty ? nil : .stringMap(annotations)
        out["metadata"] = metadata

        var v1Spec = OrderedDictionary<String, JSONValue>()
        v1Spec["scaleTargetRef"] = spec["scaleTargetRef"]
        if !spec["minReplicas"].isNull { v1Spec["minReplicas"] = spec["minReplicas"] }
        v1Spec["maxReplicas"] = spec["maxReplicas"]
        // The first CPU Resource metric decides, whatever its target type.
        if let cpu = spec["metrics"].array.first(where: { $0["type"].string == "Resource" && $0["resource"]["name"].string == "cpu" }),
            !cpu["resource"]["target"]["averageUtilization"].isNull
        {
            v1Spec["targetCPUUtilizationPercentage"] = cpu["resource"]["target"]["averageUtilization"]
        }
        out["spec"] = .object(v1Spec)

        var v1Status = OrderedDictionary<String, JSONValue>()
        for key in ["observedGeneration", "lastScaleTime"] where !status[key].isNull { v1Status[key] = status[key] }
        v1Status["currentReplicas"] = .int(status["currentReplicas"].int ?? 0)
        v1Status["desiredReplicas"] = .int(status["desiredReplicas"].int ?? 0)
        // Every CPU Resource metric overwrites it: the last one's utilization shows.
        for metric in current where metric["type"].string == "Resource" && metric["resource"]["name"].string == "cpu" {
            let utilization = metric["resource"]["current"]["averageUtilization"]
            if !utilization.isNull { v1Status["currentCPUUtilizationPercentage"] = utilization }
        }
        out["status"] = .object(v1Status)
        return KubeObject(.object(out))
    }

    /// A v2 MetricSpec as the v1 `MetricSpec` type, in its field order.
    static func metricSpec(_ metric: JSONValue) -> JSONValue {
        var out = OrderedDictionary<String, JSONValue>()
        let type = metric["type"].string ?? ""
        out["type"] = .string(type)
        switch type {
        case "Object":
            let source = metric["object"]
            out["object"] = object([
                ("target", source["describedObject"]), ("metricName", source["metric"]["name"]),
                ("targetValue", quantity(source["target"]["value"])), ("selector", source["metric"]["selector"]),
                ("averageValue", source["target"]["averageValue"]),
            ])
        case "Pods":
            let source = metric["pods"]
            out["pods"] = object([
                ("metricName", source["metric"]["name"]), ("targetAverageValue", quantity(source["target"]["averageValue"])),
                ("selector", source["metric"]["selector"]),
            ])
        case "Resource", "ContainerResource":
            let key = type == "Resource" ? "resource" : "containerResource"
            let source = metric[key]
            var fields: [(String, JSONValue)] = [
                ("name", source["name"]), ("targetAverageUtilization", source["target"]["averageUtilization"]),
                ("targetAverageValue", source["target"]["averageValue"]),
            ]
            if type == "ContainerResource" { fields.append(("container", source["container"])) }
            out[key] = object(fields)
        case "External":
            let source = metric["external"]
            out["external"] = object([
                ("metricName", source["metric"]["name"]), ("metricSelector", source["metric"]["selector"]),
                ("targetValue", source["target"]["value"]), ("targetAverageValue", source["target"]["averageValue"]),
            ])
        default: break
        }
        return .object(out)
    }

    /// A v2 MetricStatus as the v1 `MetricStatus` type.
    static func metricStatus(_ metric: JSONValue) -> JSONValue {
        var out = OrderedDictionary<String, JSONValue>()
        let type = metric["type"].string ?? ""
        out["type"] = .string(type)
        switch type {
        case "Object":
            let source = metric["object"]
            out["object"] = object([
                ("target", source["describedObject"]), ("metricName", source["metric"]["name"]),
                ("currentValue", quantity(source["current"]["value"])), ("selector", source["metric"]["selector"]),
                ("averageValue", source["current"]["averageValue"]),
            ])
        case "Pods":
            let source = metric["pods"]
            out["pods"] = object([
                ("metricName", source["metric"]["name"]), ("currentAverageValue", quantity(source["current"]["averageValue"])),
                ("selector", source["metric"]["selector"]),
            ])
        case "Resource", "ContainerResource":
            let key = type == "Resource" ? "resource" : "containerResource"
            let source = metric[key]
            var fields: [(String, JSONValue)] = [
                ("name", source["name"]), ("currentAverageUtilization", source["current"]["averageUtilization"]),
                ("currentAverageValue", quantity(source["current"]["averageValue"])),
            ]
            if type == "ContainerResource" { fields.append(("container", source["container"])) }
            out[key] = object(fields)
        case "External":
            let source = metric["external"]
            out["external"] = object([
                ("metricName", source["metric"]["name"]), ("metricSelector", source["metric"]["selector"]),
                ("currentValue", quantity(source["current"]["value"])), ("currentAverageValue", source["current"]["averageValue"]),
            ])
        default: break
        }
        return .object(out)
    }

    /// A condition as the v1 type writes it: the time always, reason and message when set.
    static func condition(_ condition: JSONValue) -> JSONValue {
        object([
            ("type", condition["type"]), ("status", condition["status"]), ("lastTransitionTime", condition["lastTransitionTime"]),
            ("reason", condition["reason"]), ("message", condition["message"]),
        ], always: ["lastTransitionTime"])
    }

    /// Fields in order, leaving out the empty ones as `omitempty` does, except those always written.
    static func object(_ fields: [(String, JSONValue)], always: Set<String> = []) -> JSONValue {
        var out = OrderedDictionary<String, JSONValue>()
        for (key, value) in fields {
            if always.contains(key) { out[key] = value; continue }
            switch value {
            case .null: continue
            case .string(let text) where text.isEmpty: continue
            default: out[key] = value
            }
        }
        return .object(out)
    }

    /// A Quantity that is not a pointer in v1: `"0"` when the v2 object has none.
    private static func quantity(_ value: JSONValue) -> JSONValue { value.isNull ? "0" : value }
}
