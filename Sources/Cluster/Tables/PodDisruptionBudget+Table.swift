import KubeAPI

extension ServerTables {
    /// printers.go `printPodDisruptionBudget`: MIN AVAILABLE and MAX UNAVAILABLE as the spec
    /// gives them (`N/A` when unset), and the disruptions the status allows.
    enum PodDisruptionBudget: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Min Available"), Table.Column("Max Unavailable"),
            Table.Column("Allowed Disruptions"), Table.Column("Age"),
        ]

        static func cells(of budget: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(budget.name), .string(intOrString(budget[path: "spec.minAvailable"])),
                .string(intOrString(budget[path: "spec.maxUnavailable"])),
                .int(budget[path: "status.disruptionsAllowed"].int ?? 0), TableCells.age(budget, now: now),
            ]
        }

        /// `IntOrString.String()`, or `N/A` for a field that is not set.
        static func intOrString(_ value: JSONValue) -> String {
            if let number = value.int { return String(number) }
            return value.string ?? "N/A"
        }
    }
}
