import Cluster
import KubeAPI

/// `describePodDisruptionBudgetV1`: the budget's one bound (min available, else max
/// unavailable), its selector and what the disruption controller counted.
enum PodDisruptionBudgetDescriber {
    static func describe(_ budget: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.identity(budget)
        let spec = budget.value["spec"]
        if !spec["minAvailable"].isNull {
            w.field(0, "Min available", intOrString(spec["minAvailable"]))
        } else if !spec["maxUnavailable"].isNull {
            w.field(0, "Max unavailable", intOrString(spec["maxUnavailable"]))
        }
        let selector = spec["selector"]
        w.field(0, "Selector", selector.isNull ? "<unset>" : TableCells.labelSelector(selector))
        w.write(0, "Status:\n")
        let status = budget.value["status"]
        w.field(2, "Allowed disruptions", String(status["disruptionsAllowed"].int ?? 0))
        w.field(2, "Current", String(status["currentHealthy"].int ?? 0))
        w.field(2, "Desired", String(status["desiredHealthy"].int ?? 0))
        w.field(2, "Total", String(status["expectedPods"].int ?? 0))
        w.events(context.events(for: budget), context: context)
        return w.finish()
    }

    /// `IntOrString.String()`.
    private static func intOrString(_ value: JSONValue) -> String { value.int.map(String.init) ?? value.string ?? "" }
}
