import KubeAPI

/// `describeHorizontalPodAutoscalerV2`: target, each metric as `current / target`, bounds,
/// behavior, replica counts and conditions.
enum HorizontalPodAutoscalerDescriber {
    static func describe(_ autoscaler: KubeObject, _ context: DescribeContext) -> String {
        let spec = autoscaler.value["spec"]
        let status = autoscaler.value["status"]
        var w = DescribeWriter()
        w.header(autoscaler)
        w.field(0, "CreationTimestamp", DescribeTime.rfc1123Z(autoscaler.metadata["creationTimestamp"]))
        let target = spec["scaleTargetRef"]
        w.field(0, "Reference", "\(target["kind"].text)/\(target["name"].text)")
        w.field(0, "Metrics", "( current / target )")
        for (index, metric) in spec["metrics"].array.enumerated() {
            self.metric(metric, current: status["currentMetrics"][index], into: &w)
        }
        w.field(0, "Min replicas", spec["minReplicas"].int.map(String.init) ?? "<unset>")
        w.field(0, "Max replicas", "\(spec["maxReplicas"].int ?? 0)")
        if !spec["behavior"].isNull {
            w.write(0, "Behavior:\n")
            behavior("Scale Up", spec["behavior"]["scaleUp"], into: &w)
            behavior("Scale Down", spec["behavior"]["scaleDown"], into: &w)
        }
        w.field(
            0, "\(target["kind"].text) pods",
            "\(status["currentReplicas"].int ?? 0) current / \(status["desiredReplicas"].int ?? 0) desired")
        let conditions = status["conditions"].array
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tReason\tMessage\n")
            w.write(1, "----\t------\t------\t-------\n")
            for c in conditions {
                w.write(1, "\(c["type"].text)\t\(c["status"].text)\t\(c["reason"].text)\t\(c["message"].text)\n")
            }
        }
        w.events(context.events(for: autoscaler), context: context)
        return w.finish()
    }

    /// One metric line; a missing quantity prints as Go prints a nil `*Quantity`.
    private static func metric(_ metric: JSONValue, current: JSONValue, into w: inout DescribeWriter) {
        func amount(_ value: JSONValue) -> String { value.isNull ? "<nil>" : value.quantity?.description ?? value.text }
        let type = metric["type"].text
        switch type {
        case "External", "Pods", "Object":
            let key = type == "External" ? "external" : type == "Pods" ? "pods" : "object"
            let source = metric[key]
            let now = current[key]
            let name = "\"\(source["metric"]["name"].text)\""
            let useAverage = type == "Pods" || !source["target"]["averageValue"].isNull
            let field = useAverage ? "averageValue" : "value"
            let shown = now.isNull ? "<unknown>" : amount(now["current"][field])
            let label: String
            switch type {
            case "Pods": label = "\(name) on pods"
            case "Object":
                let object = source["describedObject"]
                label =
                    "\(name) on \(object["kind"].text)/\(object["name"].text) (target \(useAverage ? "average " : "")value)"
            default: label = "\(name) (target \(useAverage ? "average " : "")value)"
            }
            w.write(1, "\(label):\t\(shown) / \(amount(source["target"][field]))\n")
        case "Resource", "ContainerResource":
            let key = type == "Resource" ? "resource" : "containerResource"
            let source = metric[key]
            let now = current[key]
            var label = "resource \(source["name"].text)"
            if type == "ContainerResource" { label += " of container \"\(source["container"].text)\"" }
            label += " on pods"
            if !source["target"]["averageValue"].isNull {
                let shown = now.isNull ? "<unknown>" : amount(now["current"]["averageValue"])
                w.write(1, "\(label):\t\(shown) / \(amount(source["target"]["averageValue"]))\n")
            } else {
                var shown = "<unknown>"
                if let utilization = now["current"]["averageUtilization"].int {
                    shown = "\(utilization)% (\(amount(now["current"]["averageValue"])))"
                }
                let goal = source["target"]["averageUtilization"].int.map { "\($0)%" } ?? "<auto>"
                w.write(1, "\(label)  (as a percentage of request):\t\(shown) / \(goal)\n")
            }
        default:
            w.write(1, "<unknown metric type \"\(type)\">\n")
        }
    }

    private static func behavior(_ direction: String, _ rules: JSONValue, into w: inout DescribeWriter) {
        guard !rules.isNull else { return }
        w.write(1, "\(direction):\n")
        if let window = rules["stabilizationWindowSeconds"].int {
            w.write(2, "Stabilization Window: \(window) seconds\n")
        }
        let policies = rules["policies"].array
        guard !policies.isEmpty else { return }
        w.write(2, "Select Policy: \(rules["selectPolicy"].string ?? "Max")\n")
        w.write(2, "Policies:\n")
        for policy in policies {
            w.write(
                3,
                "- Type: \(policy["type"].text)\tValue: \(policy["value"].int ?? 0)\t"
                    + "Period: \(policy["periodSeconds"].int ?? 0) seconds\n")
        }
    }
}
