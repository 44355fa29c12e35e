import KubeAPI

extension ServerTables {
    /// printers.go `printPriorityClass`: VALUE, GLOBAL-DEFAULT (a boolean), and PREEMPTIONPOLICY after AGE.
    enum PriorityClass: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Value"), Table.Column("Global-Default"), Table.Column("Age"),
            Table.Column("PreemptionPolicy"),
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
