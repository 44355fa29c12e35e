import KubeAPI

extension ServerTables {
    /// printers.go `printCronJob`: SCHEDULE, TIMEZONE, SUSPEND (`True`/`False`/`<unset>`), ACTIVE, LAST SCHEDULE.
    enum CronJob: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Schedule", "CronJobSpec", "schedule"),
            .field("Timezone", "CronJobSpec", "timeZone"),
            .field("Suspend", "CronJobSpec", "suspend", cells: "boolean"),
            .field("Active", "CronJobStatus", "active", cells: "integer"),
            .field("Last Schedule", "CronJobStatus", "lastScheduleTime"),
            .age,
            .containers,
            .images,
            .field("Selector", "JobSpec", "selector", priority: 1),
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
