import Cluster
import KubeAPI

/// `describeJob`: parallelism, completions, timing, pod counts and template.
enum JobDescriber {
    static func describe(_ job: KubeObject, _ context: DescribeContext) -> String {
        let spec = job.value["spec"]
        let status = job.value["status"]
        var w = DescribeWriter()
        w.identity(job)
        w.field(0, "Selector", TableCells.selectorString(spec["selector"]) ?? "")
        w.labels("Labels", job.labels)
        w.annotations("Annotations", job.annotations)
        if let owner = job.controllerReference { w.field(0, "Controlled By", "\(owner.kind)/\(owner.name)") }
        if let parallelism = spec["parallelism"].int { w.field(0, "Parallelism", "\(parallelism)") }
        w.field(0, "Completions", spec["completions"].int.map(String.init) ?? "<unset>")
        if let mode = spec["completionMode"].string { w.field(0, "Completion Mode", mode) }
        if let suspend = spec["suspend"].bool { w.field(0, "Suspend", "\(suspend)") }
        if let limit = spec["backoffLimit"].int { w.field(0, "Backoff Limit", "\(limit)") }
        if let ttl = spec["ttlSecondsAfterFinished"].int { w.field(0, "TTL Seconds After Finished", "\(ttl)") }
        if !status["startTime"].isNull { w.field(0, "Start Time", DescribeTime.rfc1123Z(status["startTime"])) }
        if !status["completionTime"].isNull {
            w.field(0, "Completed At", DescribeTime.rfc1123Z(status["completionTime"]))
        }
        if let start = time(status["startTime"]), let end = time(status["completionTime"]) {
            w.field(0, "Duration", HumanDuration.format(milliseconds: end.milliseconds(since: start)))
        }
        if let deadline = spec["activeDeadlineSeconds"].int { w.field(0, "Active Deadline Seconds", "\(deadline)s") }
        let active = status["active"].int ?? 0
        let succeeded = status["succeeded"].int ?? 0
        let failed = status["failed"].int ?? 0
        if let ready = status["ready"].int {
            w.field(0, "Pods Statuses", "\(active) Active (\(ready) Ready) / \(succeeded) Succeeded / \(failed) Failed")
        } else {
            w.field(0, "Pods Statuses", "\(active) Active / \(succeeded) Succeeded / \(failed) Failed")
        }
        if spec["completionMode"].string == "Indexed" {
            w.field(0, "Completed Indexes", cappedIndexes(status["completedIndexes"].text))
        }
        PodTemplateDescriber.describe(spec["template"], into: &w)
        w.events(context.events(for: job), context: context)
        return w.finish()
    }

    private static func time(_ field: JSONValue) -> Timestamp? { field.string.flatMap(Timestamp.init(rfc3339:)) }

    /// `capIndexesListOrNone`: the list cut after the first comma past 50 characters.
    private static func cappedIndexes(_ indexes: String) -> String {
        guard !indexes.isEmpty else { return "<none>" }
        let bytes = Array(indexes.utf8)
        var index = 50
        while index < bytes.count && bytes[index] != UInt8(ascii: ",") { index += 1 }
        if index >= bytes.count { return indexes }
        return String(decoding: bytes[...index], as: UTF8.self) + "..."
    }
}
