import KubeAPI
import OrderedCollections

/// An `autoscaling/v1` status as the v2 type, for writes through the status subresource: the
/// current metrics and conditions come from their annotations when there, the current CPU
/// utilization otherwise.
extension HorizontalPodAutoscalerV1 {
    static func statusToV2(_ object: KubeObject) -> JSONValue {
        let status = object.value["status"], annotations = object.annotations
        var out = OrderedDictionary<String, JSONValue>()
        for key in ["observedGeneration", "lastScaleTime"] where !status[key].isNull { out[key] = status[key] }
        out["currentReplicas"] = .int(status["currentReplicas"].int ?? 0)
        out["desiredReplicas"] = .int(status["desiredReplicas"].int ?? 0)
        if let current = annotationJSON(
            annotations[HorizontalPodAutoscalerV1View.currentMetricsAnnotation], decodingAs: "[]v1.MetricStatus") {
            out["currentMetrics"] = .array(current.array.map(metricStatus))
        } else if let cpu = status["currentCPUUtilizationPercentage"].int {
            out["currentMetrics"] = [["type": "Resource", "resource": ["name": "cpu", "current": ["averageUtilization": .int(cpu)]]]]
        }
        if let conditions = annotationJSON(
            annotations[HorizontalPodAutoscalerV1View.conditionsAnnotation], decodingAs: "[]v1.HorizontalPodAutoscalerCondition") {
            out["conditions"] = conditions
        }
        return .object(out)
    }

    /// An annotation's JSON, nil when absent or not JSON, or when it does not decode into the Go
    /// type `typeName` (`[]v1.MetricSpec`): conversion then passes the whole annotation over.
    static func annotationJSON(_ text: String?, decodingAs typeName: String? = nil) -> JSONValue? {
        guard let text, GoJSONSyntax.error(in: text) == nil, let value = try? YAMLDecoding.documents(text).first else {
            return nil
        }
        if let typeName, GoUnmarshal.error(decoding: value, as: typeName) != nil { return nil }
        return value
    }

    /// A v1 MetricStatus as the v2 type, its quantities canonical; a v1 quantity that is no pointer
    /// reads `"0"` when absent.
    static func metricStatus(_ metric: JSONValue) -> JSONValue {
        var out = OrderedDictionary<String, JSONValue>()
        let type = metric["type"].string ?? ""
        out["type"] = .string(type)
        let quantity = { (value: JSONValue) in value.isNull ? JSONValue.string("0") : value }
        let identifier = { (name: JSONValue, selector: JSONValue) -> JSONValue in
            var members: OrderedDictionary<String, JSONValue> = ["name": name.isNull ? "" : name]
            if !selector.isNull { members["selector"] = selector }
            return .object(members)
        }
        let current = { (value: JSONValue, average: JSONValue, utilization: JSONValue) -> JSONValue in
            var members = OrderedDictionary<String, JSONValue>()
            for (key, member) in [("value", value), ("averageValue", average)] where !member.isNull {
                members[key] = QuantityDefaults.canonical(member)
            }
            if !utilization.isNull { members["averageUtilization"] = utilization }
            return .object(members)
        }
        switch type {
        case "Object":
            let source = metric["object"]
            out["object"] = [
                "metric": identifier(source["metricName"], source["selector"]),
                "current": current(quantity(source["currentValue"]), source["averageValue"], .null),
                "describedObject": source["target"].isNull ? [:] : source["target"],
            ]
        case "Pods":
            let source = metric["pods"]
            out["pods"] = [
                "metric": identifier(source["metricName"], source["selector"]),
                "current": current(.null, quantity(source["currentAverageValue"]), .null),
            ]
        case "Resource", "ContainerResource":
            let key = type == "Resource" ? "resource" : "containerResource"
            let source = metric[key]
            var members: OrderedDictionary<String, JSONValue> = [
                "name": source["name"].isNull ? "" : source["name"],
                "current": current(.null, quantity(source["currentAverageValue"]), source["currentAverageUtilization"]),
            ]
            if type == "ContainerResource" { members["container"] = source["container"].isNull ? "" : source["container"] }
            out[key] = .object(members)
        case "External":
            let source = metric["external"]
            out["external"] = [
                "metric": identifier(source["metricName"], source["metricSelector"]),
                "current": current(quantity(source["currentValue"]), source["currentAverageValue"], .null),
            ]
        default: break
        }
        return .object(out)
    }
}
