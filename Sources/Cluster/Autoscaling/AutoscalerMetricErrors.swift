import KubeAPI

/// Why the autoscaler gets no value for a Pods, Object or External metric in this lab: no
/// custom metrics API and no external metrics API is registered (only metrics-server's
/// resource metrics). Worded as the replica calculator and the metric step wrap each error.
enum AutoscalerMetricErrors {
    static func unavailable(_ type: String, _ spec: JSONValue, namespace: String) -> Cluster.MetricFailure {
        switch type {
        case "Pods":
            let detail = "unable to get metric \(spec[path: "pods.metric.name"].string ?? ""): \(noCustomMetricsAPI)"
            return .init(
                reason: "FailedGetPodsMetric", detail: detail, wrapped: "failed to get pods metric value: \(detail)")
        case "Object":
            let source = spec["object"]
            let name = source[path: "metric.name"].string ?? ""
            let described = source["describedObject"]
            let detail =
                "unable to get metric \(name): \(described["kind"].string ?? "") on \(namespace) \(described["name"].string ?? "")/\(noCustomMetricsAPI)"
            // A per-pod (average value) target's error gains the metric's name on its way out.
            let target = source["target"]
            let returned =
                target["type"].string == "AverageValue" && !target["averageValue"].isNull
                ? "failed to get \(name) object metric: \(detail)" : detail
            return .init(
                reason: "FailedGetObjectMetric", detail: detail,
                wrapped: "failed to get object metric value: \(returned)")
        case "External":
            let source = spec["external"]
            let name = source[path: "metric.name"].string ?? ""
            let detail =
                "unable to get external metric \(namespace)/\(name)/\(goString(selector: source[path: "metric.selector"])): "
                + "unable to fetch metrics from external metrics API: the server could not find the requested resource "
                + "(get \(name).external.metrics.k8s.io)"
            let returned =
                source[path: "target.averageValue"].isNull
                ? "failed to get external metric \(name): \(detail)"
                : "failed to get \(name) external metric: \(detail)"
            return .init(
                reason: "FailedGetExternalMetric", detail: detail,
                wrapped: "failed to get \(name) external metric value: \(returned)")
        default:
            let message = "unknown metric source type \"\(type)\""
            return .init(reason: "InvalidMetricSourceType", detail: message, wrapped: message)
        }
    }

    static let noCustomMetricsAPI =
        "unable to fetch metrics from custom metrics API: no custom metrics API (custom.metrics.k8s.io) registered"

    /// A `*metav1.LabelSelector` as Go's `%+v` prints it (its generated `String()`): `nil` when absent.
    static func goString(selector: JSONValue) -> String {
        guard !selector.isNull else { return "nil" }
        let labels = selector["matchLabels"].stringMap.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)," }
        let expressions = selector["matchExpressions"].array.map { requirement in
            let values = requirement["values"].array.compactMap(\.string).joined(separator: " ")
            return
                "LabelSelectorRequirement{Key:\(requirement["key"].string ?? ""),Operator:\(requirement["operator"].string ?? ""),"
                + "Values:[\(values)],},"
        }
        return "&LabelSelector{MatchLabels:map[string]string{\(labels.joined())},"
            + "MatchExpressions:[]LabelSelectorRequirement{\(expressions.joined())},}"
    }
}
