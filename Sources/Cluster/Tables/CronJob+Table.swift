import KubeAPI

extension ServerTables {
    /// printers.go `printCronJob`: SCHEDULE, TIMEZONE, SUSPEND (`True`/`False`/`<unset>`), ACTIVE, LAST SCHEDULE.
    enum CronJob: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Schedule"), Table.Column("Timezone"), Table.Column("Suspend"),
            Table.Column("Active"), Table.Column("Last Schedule"), Table.Column("Age"),
            Table.Column("Containers", priority: 1), Table.Column("Images", priority: 1),
            Table.Column("Selector", priority: 1),
        ]

        static func cells(of cronJob: KubeObject, now: Timestamp) -> [Table.Cell] {
            let suspend = cronJob[path: "spec.suspend"].bool.map { $0 ? "True" : "False" } ?? "<unset>"
            let lastSchedule = cronJob[path: "status.lastScheduleTime"]
            let jobSpec = cronJob[path: "spec.jobTemplate.spec"]
            let containers = TableCells.containers(jobSpec[path: "template.spec.containers"])
            return [
                .string(cronJob.name), .string(cronJob[path: "spec.schedule"].string ?? ""),
                .string(cronJob[path: "spec.timeZone"].string ?? "<none>"), .string(suspend),
                .int(cronJob[path: "status.active"].array.count),
                .string(lastSchedule.isNull ? "<none>" : TableCells.since(lastSchedule, now: now)),
                TableCells.age(cronJob, now: now), containers.names, containers.images,
                .string(TableCells.labelSelector(jobSpec["selector"])),
            ]
        }
    }
}
