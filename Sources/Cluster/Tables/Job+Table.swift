import KubeAPI

extension ServerTables {
    /// printers.go `printJob`: STATUS from conditions, COMPLETIONS and DURATION.
    enum Job: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Status", "Status of the job."),
            .field("Completions", "JobStatus", "succeeded"),
            .text("Duration", "Time required to complete the job."),
            .age,
            .containers,
            .images,
            .field("Selector", "JobSpec", "selector", priority: 1),
        ]

        static func cells(of job: KubeObject, now: Timestamp) -> [Table.Cell] {
            let containers = TableCells.containers(job[path: "spec.template.spec.containers"])
            return [
                .string(job.name), .string(status(job)), .string(completions(job)), .string(duration(job, now: now)),
                TableCells.age(job, now: now), containers.names, containers.images,
                .string(TableCells.labelSelector(job[path: "spec.selector"])),
            ]
        }

        /// `succeeded/completions`, or `succeeded/1 of parallelism` for a work queue with parallelism > 1.
        static func completions(_ job: KubeObject) -> String {
            let succeeded = job[path: "status.succeeded"].int ?? 0
            if let completions = job[path: "spec.completions"].int { return "\(succeeded)/\(completions)" }
            let parallelism = job[path: "spec.parallelism"].int ?? 0
            return parallelism > 1 ? "\(succeeded)/1 of \(parallelism)" : "\(succeeded)/1"
        }

        /// Empty before the job starts; the time running so far, or from start to completion.
        static func duration(_ job: KubeObject, now: Timestamp) -> String {
            guard let start = TableCells.timestamp(job[path: "status.startTime"]) else { return "" }
            let end = TableCells.timestamp(job[path: "status.completionTime"]) ?? now
            return HumanDuration.format(milliseconds: end.milliseconds(since: start))
        }

        /// The first of Complete, Failed, Terminating, Suspended, FailureTarget that applies, else Running.
        static func status(_ job: KubeObject) -> String {
            if TableCells.hasTrueCondition(job, "Complete") { return "Complete" }
            if TableCells.hasTrueCondition(job, "Failed") { return "Failed" }
            if job.deletionTimestamp != nil { return "Terminating" }
            if TableCells.hasTrueCondition(job, "Suspended") { return "Suspended" }
            if TableCells.hasTrueCondition(job, "FailureTarget") { return "FailureTarget" }
            return "Running"
        }
    }
}
