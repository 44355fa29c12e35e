import KubeAPI

extension ServerTables {
    /// printers.go `printPodDisruptionBudget`: MIN AVAILABLE and MAX UNAVAILABLE as the spec
    /// gives them (`N/A` when unset), and the disruptions the status allows.
    enum PodDisruptionBudget: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Min Available", "The minimum number of pods that must be available."),
            .text("Max Unavailable", "The maximum number of pods that may be unavailable."),
            .text("Allowed Disruptions", "Calculated number of pods that may be disrupted at this time.", cells: "integer"),
            .age,
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
