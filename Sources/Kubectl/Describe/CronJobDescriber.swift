import Cluster
import KubeAPI

/// `describeCronJob`: schedule and policies, the job template, and the active jobs.
enum CronJobDescriber {
    static func describe(_ cronJob: KubeObject, _ context: DescribeContext) -> String {
        let spec = cronJob.value["spec"]
        let status = cronJob.value["status"]
        var w = DescribeWriter()
        w.header(cronJob)
        w.field(0, "Schedule", spec["schedule"].text)
        w.field(0, "Concurrency Policy", spec["concurrencyPolicy"].text)
        w.field(0, "Suspend", spec["suspend"].boolPointer)
        w.field(0, "Successful Job History Limit", spec["successfulJobsHistoryLimit"].int.map(String.init) ?? "<unset>")
        w.field(0, "Failed Job History Limit", spec["failedJobsHistoryLimit"].int.map(String.init) ?? "<unset>")
        w.field(0, "Starting Deadline Seconds", spec["startingDeadlineSeconds"].int.map { "\($0)s" } ?? "<unset>")
        let jobSpec = spec["jobTemplate"]["spec"]
        let selector = jobSpec["selector"]
        w.field(0, "Selector", selector.isNull ? "<unset>" : TableCells.selectorString(selector) ?? "")
        w.field(0, "Parallelism", jobSpec["parallelism"].int.map(String.init) ?? "<unset>")
        w.field(0, "Completions", jobSpec["completions"].int.map(String.init) ?? "<unset>")
        if let deadline = jobSpec["activeDeadlineSeconds"].int { w.field(0, "Active Deadline Seconds", "\(deadline)s") }
        PodTemplateDescriber.describe(jobSpec["template"], into: &w)
        let last = status["lastScheduleTime"]
        w.field(0, "Last Schedule Time", last.isNull ? "<unset>" : DescribeTime.rfc1123Z(last))
        let active = status["active"].array.map { $0["name"].text }
        w.field(0, "Active Jobs", active.isEmpty ? "<none>" : active.joined(separator: ", "))
        w.events(context.events(for: cronJob), context: context)
        return w.finish()
    }
}
