import KubeAPI

extension ServerTables {
    /// printers.go `printHorizontalPodAutoscaler`: REFERENCE, TARGETS (current/target per metric), pod bounds.
    enum HorizontalPodAutoscaler: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Reference", "HorizontalPodAutoscalerSpec", "scaleTargetRef"),
            .field("Targets", "HorizontalPodAutoscalerSpec", "metrics"),
            .field("MinPods", "HorizontalPodAutoscalerSpec", "minReplicas"),
            .field("MaxPods", "HorizontalPodAutoscalerSpec", "maxReplicas"),
            .field("Replicas", "HorizontalPodAutoscalerStatus", "currentReplicas"),
            .age,
        ]

        static func cells(of hpa: KubeObject, now: Timestamp) -> [Table.Cell] {
            let target = hpa[path: "spec.scaleTargetRef"]
            let minPods = hpa[path: "spec.minReplicas"].int.map(String.init) ?? "<unset>"
            return [
                .string(hpa.name), .string("\(target["kind"].string ?? "")/\(target["name"].string ?? "")"),
                .string(metrics(hpa[path: "spec.metrics"].array, hpa[path: "status.currentMetrics"].array)),
                .string(minPods), TableCells.int(hpa[path: "spec.maxReplicas"]),
                TableCells.int(hpa[path: "status.currentReplicas"]), TableCells.age(hpa, now: now),
            ]
        }

        /// `formatHPAMetrics`: one `current/target` entry per metric spec (status matched by index),
        /// at most two, then ` + N more...`; `<none>` without metrics.
        static func metrics(_ specs: [JSONValue], _ statuses: [JSONValue]) -> String {
            guard !specs.isEmpty else { return "<none>" }
            var list: [String] = []
            for (index, spec) in specs.enumerated() {
                let status = index < statuses.count ? statuses[index] : .null
                list.append(entry(spec, status))
            }
            let max = 2
            guard list.count > max else { return list.joined(separator: ", ") }
            return list.prefix(max).joined(separator: ", ") + " + \(list.count - max) more..."
        }

        static func entry(_ spec: JSONValue, _ status: JSONValue) -> String {
            switch spec["type"].string {
            case "External":
                return valueEntry(spec["external"]["target"], status["external"])
            case "Object":
                return valueEntry(spec["object"]["target"], status["object"])
            case "Pods":
                let current = status["pods"].isNull ? "<unknown>" : quantity(status["pods"]["current"]["averageValue"])
                return "\(current)/\(quantity(spec["pods"]["target"]["averageValue"]))"
            case "Resource":
                return resourceEntry(spec["resource"], status["resource"])
            case "ContainerResource":
                return resourceEntry(spec["containerResource"], status["containerResource"])
            default:
                return "<unknown type>"
            }
        }

        /// External and Object metrics: `cur/target (avg)` for average-value targets, else `cur/target`.
        static func valueEntry(_ target: JSONValue, _ status: JSONValue) -> String {
            if !target["averageValue"].isNull {
                let average = status["current"]["averageValue"]
                let current = status.isNull || average.isNull ? "<unknown>" : quantity(average)
                return "\(current)/\(quantity(target["averageValue"])) (avg)"
            }
            let current = status.isNull ? "<unknown>" : quantity(status["current"]["value"])
            return "\(current)/\(quantity(target["value"]))"
        }

        /// Resource metrics: `cpu: <cur>/<target>` by average value, or by utilization (`12%/50%`, `<auto>`).
        static func resourceEntry(_ spec: JSONValue, _ status: JSONValue) -> String {
            let name = spec["name"].string ?? ""
            let target = spec["target"]
            if !target["averageValue"].isNull {
                let current = status.isNull ? "<unknown>" : quantity(status["current"]["averageValue"])
                return "\(name): \(current)/\(quantity(target["averageValue"]))"
            }
            let utilization = status["current"]["averageUtilization"]
            let current = status.isNull || utilization.isNull ? "<unknown>" : "\(utilization.int ?? 0)%"
            let goal = target["averageUtilization"].int.map { "\($0)%" } ?? "<auto>"
            return "\(name): \(current)/\(goal)"
        }

        /// Go's `Quantity.String()` of a stored quantity; `<nil>` when absent, as Go prints a nil quantity.
        static func quantity(_ value: JSONValue) -> String {
            switch value {
            case .string(let text): return Quantity.canonical(text)
            case .int(let number): return Quantity.canonical(String(number))
            case .double(let number): return Quantity.canonical("\(number)")
            default: return "<nil>"
            }
        }
    }
}
