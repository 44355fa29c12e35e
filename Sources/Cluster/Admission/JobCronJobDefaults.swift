import KubeAPI
import OrderedCollections

/// What the apiserver does to a new CronJob: `SetDefaults_CronJob`, the job template's pod
/// template defaults, and `ValidateCronJobCreate` (schedule, time zone, policies).
enum JobCronJobDefaults {
    static func apply(to cronJob: KubeObject) throws(APIError) -> KubeObject {
        var object = cronJob
        var spec = object.value["spec"]
        if spec["concurrencyPolicy"].isNull { spec["concurrencyPolicy"] = "Allow" }
        if spec["suspend"].isNull { spec["suspend"] = false }
        if spec["successfulJobsHistoryLimit"].isNull { spec["successfulJobsHistoryLimit"] = 3 }
        if spec["failedJobsHistoryLimit"].isNull { spec["failedJobsHistoryLimit"] = 1 }
        var jobTemplate = spec["jobTemplate"]
        var metadata = jobTemplate["metadata"].object
        if metadata["creationTimestamp"] == nil { metadata["creationTimestamp"] = JSONValue.null }
        jobTemplate["metadata"] = .object(metadata)
        jobTemplate[path: "spec.template"] = PodTemplateDefaults.apply(to: jobTemplate[path: "spec.template"])
        spec["jobTemplate"] = jobTemplate
        object.value["spec"] = spec
        object[path: "metadata.generation"] = 1
        object.value["status"] = .emptyObject
        try validate(object)
        return object
    }

    static func validate(_ cronJob: KubeObject) throws(APIError) {
        var causes: [String] = []
        let spec = cronJob.value["spec"]
        if cronJob.name.count > 52 {
            causes.append("metadata.name: Invalid value: \"\(cronJob.name)\": must be no more than 52 characters")
        }
        let schedule = spec["schedule"].string ?? ""
        if schedule.isEmpty {
            causes.append("spec.schedule: Required value")
        } else {
            do {
                _ = try CronSchedule.parse(schedule)
            } catch {
                causes.append("spec.schedule: Invalid value: \"\(schedule)\": \(error.message)")
            }
            if schedule.contains("TZ") {
                causes.append(
                    "spec.schedule: Invalid value: \"\(schedule)\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"
                )
            }
        }
        if let zone = spec["timeZone"].string {
            if zone.isEmpty {
                causes.append("spec.timeZone: Invalid value: \"\": timeZone must be nil or non-empty string")
            } else if zone.lowercased() == "local" {
                causes.append(
                    "spec.timeZone: Invalid value: \"\(zone)\": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"
                )
            } else if CronTimeZone.offsetSeconds(zone) == nil {
                causes.append("spec.timeZone: Invalid value: \"\(zone)\": unknown time zone \(zone)")
            }
        }
        if let policy = spec["concurrencyPolicy"].string, !["Allow", "Forbid", "Replace"].contains(policy) {
            causes.append(
                "spec.concurrencyPolicy: Unsupported value: \"\(policy)\": supported values: \"Allow\", \"Forbid\", \"Replace\""
            )
        }
        for field in ["startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"] {
            if let value = spec[field].int, value < 0 {
                causes.append("spec.\(field): Invalid value: \(value): must be greater than or equal to 0")
            }
        }
        let podSpec = spec[path: "jobTemplate.spec.template.spec"]
        if podSpec["containers"].array.isEmpty {
            causes.append("spec.jobTemplate.spec.template.spec.containers: Required value")
        }
        let restart = podSpec["restartPolicy"].string ?? ""
        if !["OnFailure", "Never"].contains(restart) {
            causes.append(
                "spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: \"\(restart)\": supported values: \"OnFailure\", \"Never\""
            )
        }
        try JobValidation.refuse(kind: cronJob.kind, name: cronJob.name, causes: causes)
    }
}

/// The admission step for the batch group: Jobs and CronJobs get their defaults and checks.
enum JobAdmission {
    static func apply(to object: KubeObject, as type: ResourceType) throws(APIError) -> KubeObject {
        if type == .jobs { return try JobDefaults.apply(to: object) }
        if type == .cronJobs { return try JobCronJobDefaults.apply(to: object) }
        return object
    }
}
