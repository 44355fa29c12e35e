import KubeAPI

/// What the apiserver does to a new Job before storing it: `SetDefaults_Job`, the pod
/// template's defaults, the generated selector and labels (`generateSelector`), and validation.
enum JobDefaults {
    static let controllerUIDLabel = "batch.kubernetes.io/controller-uid"
    static let jobNameLabel = "batch.kubernetes.io/job-name"
    static let legacyControllerUIDLabel = "controller-uid"
    static let legacyJobNameLabel = "job-name"

    static func apply(to job: KubeObject) throws(APIError) -> KubeObject {
        var object = job
        var spec = object.value["spec"]
        if spec["completions"].isNull && spec["parallelism"].isNull {
            spec["completions"] = 1
            spec["parallelism"] = 1
        }
        if spec["parallelism"].isNull { spec["parallelism"] = 1 }
        if spec["backoffLimit"].isNull {
            spec["backoffLimit"] = spec["backoffLimitPerIndex"].isNull ? 6 : 2_147_483_647
        }
        if spec["completionMode"].isNull { spec["completionMode"] = "NonIndexed" }
        if spec["suspend"].isNull { spec["suspend"] = false }
        if spec["podReplacementPolicy"].isNull {
            spec["podReplacementPolicy"] = spec["podFailurePolicy"].isNull ? "TerminatingOrFailed" : "Failed"
        }
        if spec["manualSelector"].isNull { spec["manualSelector"] = false }
        spec["template"] = PodTemplateDefaults.apply(to: spec["template"])
        if spec["manualSelector"].bool != true { generateSelector(&spec, name: object.name, uid: object.uid) }
        object.value["spec"] = spec
        if object.labels.isEmpty, !spec[path: "template.metadata.labels"].isNull {
            object[path: "metadata.labels"] = spec[path: "template.metadata.labels"]
        }
        object[path: "metadata.generation"] = 1
        object.value["status"] = .emptyObject
        try JobValidation.validate(object)
        return object
    }

    /// `generateSelector`: the job-name and controller-uid labels (both spellings) on the
    /// template, and a selector on the prefixed controller-uid label.
    static func generateSelector(_ spec: inout JSONValue, name: String, uid: String) {
        var labels = spec[path: "template.metadata.labels"].stringMap
        for key in [legacyJobNameLabel, jobNameLabel] where labels[key] == nil { labels[key] = name }
        for key in [legacyControllerUIDLabel, controllerUIDLabel] where labels[key] == nil { labels[key] = uid }
        spec[path: "template.metadata.labels"] = .stringMap(labels)
        var matchLabels = spec[path: "selector.matchLabels"].stringMap
        if matchLabels[controllerUIDLabel] == nil { matchLabels[controllerUIDLabel] = uid }
        spec[path: "selector.matchLabels"] = .stringMap(matchLabels)
    }
}
