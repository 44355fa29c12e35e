import KubeAPI

extension ServerTables {
    /// printers.go `printFlowSchema`: the PRIORITYLEVEL, MATCHINGPRECEDENCE, DISTINGUISHERMETHOD
    /// (`<none>` without one), and MISSINGPL, the `Dangling` condition's status (`?` before the
    /// apiserver has set it). A list prints in matching order: precedence, then name.
    enum FlowSchema: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("PriorityLevel", "PriorityLevelConfigurationReference", "name"),
            .field("MatchingPrecedence", "FlowSchemaSpec", "matchingPrecedence"),
            .field("DistinguisherMethod", "FlowSchemaSpec", "distinguisherMethod"),
            .age,
            .text("MissingPL", "references a broken or non-existent PriorityLevelConfiguration"),
        ]

        static func cells(of schema: KubeObject, now: Timestamp) -> [Table.Cell] {
            let dangling = schema[path: "status.conditions"].array.first { $0["type"].string == "Dangling" }
            return [
                .string(schema.name), .string(schema[path: "spec.priorityLevelConfiguration.name"].string ?? ""),
                TableCells.int(schema[path: "spec.matchingPrecedence"]),
                .string(schema[path: "spec.distinguisherMethod.type"].string ?? "<none>"),
                TableCells.age(schema, now: now), .string(dangling.map { $0["status"].string ?? "" } ?? "?"),
            ]
        }

        /// `FlowSchemaSequence`: ascending matching precedence, ties by name.
        static func ordered(_ objects: [KubeObject]) -> [KubeObject] {
            objects.sorted {
                let (a, b) = ($0[path: "spec.matchingPrecedence"].int ?? 0, $1[path: "spec.matchingPrecedence"].int ?? 0)
                return a != b ? a < b : $0.name < $1.name
            }
        }
    }

    /// printers.go `printPriorityLevelConfiguration`: the TYPE, and for a Limited level its
    /// NOMINALCONCURRENCYSHARES and, when it queues, QUEUES, HANDSIZE and QUEUELENGTHLIMIT
    /// (`<none>` otherwise).
    enum PriorityLevelConfiguration: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Type", "PriorityLevelConfigurationSpec", "type"),
            .field("NominalConcurrencyShares", "LimitedPriorityLevelConfiguration", "nominalConcurrencyShares"),
            .field("Queues", "QueuingConfiguration", "queues"),
            .field("HandSize", "QueuingConfiguration", "handSize"),
            .field("QueueLengthLimit", "QueuingConfiguration", "queueLengthLimit"),
            .age,
        ]

        static func cells(of level: KubeObject, now: Timestamp) -> [Table.Cell] {
            let limited = level[path: "spec.limited"]
            let queuing = limited[path: "limitResponse.queuing"]
            let none: Table.Cell = .string("<none>")
            return [
                .string(level.name), .string(level[path: "spec.type"].string ?? ""),
                limited.isNull ? none : TableCells.int(limited["nominalConcurrencyShares"]),
                queuing.isNull ? none : TableCells.int(queuing["queues"]),
                queuing.isNull ? none : TableCells.int(queuing["handSize"]),
                queuing.isNull ? none : TableCells.int(queuing["queueLengthLimit"]),
                TableCells.age(level, now: now),
            ]
        }
    }
}
