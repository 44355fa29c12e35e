import KubeAPI
import OrderedCollections

/// What the apiserver fills in on an `autoscaling/v2` HorizontalPodAutoscaler it creates:
/// the spec's defaults, and a fresh status (`desiredReplicas: 0`, `currentMetrics: null`).
enum HorizontalPodAutoscalerDefaults {
    static func apply(to object: KubeObject) -> KubeObject {
        var hpa = applySpec(to: object)
        hpa.value["status"] = freshStatus
        return hpa
    }

    /// The spec's defaults, which every decoding of the object applies (a create, a replace, a
    /// patch): minReplicas 1, a CPU target of 80% when no metric is given, the default rules of
    /// a behavior that is given.
    static func applySpec(to object: KubeObject) -> KubeObject {
        var hpa = object
        if hpa[path: "spec.minReplicas"].isNull { hpa[path: "spec.minReplicas"] = 1 }
        if hpa[path: "spec.metrics"].array.isEmpty {
            hpa[path: "spec.metrics"] = [HorizontalPodAutoscalerV1.cpuUtilization(HorizontalPodAutoscalerV1.defaultCPUUtilization)]
        }
        let behavior = hpa[path: "spec.behavior"]
        if !behavior.isNull { hpa[path: "spec.behavior"] = AutoscalerBehavior.defaulted(behavior) }
        return hpa
    }

    /// The status of an autoscaler the controller has not synced yet.
    static var freshStatus: JSONValue {
        .object(
            OrderedDictionary(uniqueKeysWithValues: [("currentMetrics", JSONValue.null), ("desiredReplicas", .int(0))]))
    }
}
