import KubeAPI

extension ServerTables {
    /// printers.go `printPriorityClass`: VALUE, GLOBAL-DEFAULT (a boolean), and PREEMPTIONPOLICY after AGE.
    enum PriorityClass: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Value", "PriorityClass", "value", cells: "integer"),
            .field("Global-Default", "PriorityClass", "globalDefault", cells: "boolean"),
            .age,
            .field("PreemptionPolicy", "PriorityClass", "preemptionPolicy"),
        ]

        static func cells(of priorityClass: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(priorityClass.name), TableCells.int(priorityClass[path: "value"]),
                .bool(priorityClass[path: "globalDefault"].bool ?? false), TableCells.age(priorityClass, now: now),
                .string(priorityClass[path: "preemptionPolicy"].string ?? ""),
            ]
        }
    }
}
