import KubeAPI

/// The apiserver's checks on a Job's spec (`ValidateJob`), worded as it words them.
enum JobValidation {
    static func validate(_ job: KubeObject) throws(APIError) {
        var causes: [String] = []
        let spec = job.value["spec"]
        for field in ["parallelism", "completions", "backoffLimit", "activeDeadlineSeconds", "ttlSecondsAfterFinished"]
        {
            if let value = spec[field].int, value < 0 {
                causes.append("spec.\(field): Invalid value: \(value): must be greater than or equal to 0")
            }
        }
        if let deadline = spec["activeDeadlineSeconds"].int, deadline == 0 {
            causes.append("spec.activeDeadlineSeconds: Invalid value: 0: must be greater than 0")
        }
        if spec["completionMode"].string == "Indexed", spec["completions"].isNull {
            causes.append("spec.completions: Required value: when completion mode is Indexed")
        }
        if let mode = spec["completionMode"].string, !["NonIndexed", "Indexed"].contains(mode) {
            causes.append(
                "spec.completionMode: Unsupported value: \"\(mode)\": supported values: \"NonIndexed\", \"Indexed\"")
        }
        causes += PodTemplateValidation.validate(spec["template"], path: "spec.template").map(\.text)
        let policy = spec[path: "template.spec.restartPolicy"].string ?? ""
        if !["OnFailure", "Never"].contains(policy) {
            causes.append(
                "spec.template.spec.restartPolicy: Unsupported value: \"\(policy)\": supported values: \"OnFailure\", \"Never\""
            )
        }
        try JobValidation.refuse(kind: job.kind, name: job.name, causes: causes)
    }

    /// Throws `Invalid` for a batch kind; each cause is `field: message`.
    static func refuse(kind: String, name: String, causes: [String]) throws(APIError) {
        guard !causes.isEmpty else { return }
        let structured = causes.map { text in
            let parts = text.split(separator: ": ", maxSplits: 1)
            guard parts.count == 2 else { return InvalidDetails.Cause(field: "", message: text) }
            return InvalidDetails.Cause(field: String(parts[0]), message: String(parts[1]))
        }
        throw APIError.invalid(kind: kind, group: "batch", name: name, causes: structured)
    }
}
