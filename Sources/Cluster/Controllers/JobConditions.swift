import KubeAPI

/// A Job condition as the Job controller writes it (`newCondition`), and lookups over a Job's conditions.
struct JobCondition: Equatable {
    var type: String
    var status: String = "True"
    var reason: String
    var message: String
    var time: Timestamp

    var json: JSONValue {
        let t = JSONValue.string(time.rfc3339)
        var value: JSONValue = ["lastProbeTime": t, "lastTransitionTime": t]
        if !message.isEmpty { value["message"] = .string(message) }
        if !reason.isEmpty { value["reason"] = .string(reason) }
        value["status"] = .string(status)
        value["type"] = .string(type)
        return value
    }

    /// `ensureJobConditionStatus`: replaces a condition of the same type when it differs,
    /// appends a new one unless it would be `False`; reports whether the list changed.
    static func ensure(_ condition: JobCondition, in conditions: inout [JSONValue]) -> Bool {
        if let index = conditions.firstIndex(where: { $0["type"].string == condition.type }) {
            let old = conditions[index]
            guard
                old["status"].string != condition.status || (old["reason"].string ?? "") != condition.reason
                    || (old["message"].string ?? "") != condition.message
            else { return false }
            conditions[index] = condition.json
            return true
        }
        guard condition.status != "False" else { return false }
        conditions.append(condition.json)
        return true
    }

    static let backoffLimitExceeded = ("BackoffLimitExceeded", "Job has reached the specified backoff limit")
    static let deadlineExceeded = ("DeadlineExceeded", "Job was active longer than specified deadline")
    static let completionsReached = ("CompletionsReached", "Reached expected number of succeeded pods")
}

extension KubeObject {
    /// A condition of this object's status whose status is `True`.
    func trueCondition(_ type: String) -> JSONValue? {
        self[path: "status.conditions"].array.first { $0["type"].string == type && $0["status"].string == "True" }
    }

    /// Whether a Job has finished: a `Complete` or `Failed` condition is `True` (`IsJobFinished`).
    var isFinishedJob: Bool { trueCondition("Complete") != nil || trueCondition("Failed") != nil }

    /// When a finished Job finished: its `Complete` or `Failed` condition's transition time.
    var jobFinishTime: Timestamp? {
        (trueCondition("Complete") ?? trueCondition("Failed"))?["lastTransitionTime"].string.flatMap(
            Timestamp.init(rfc3339:))
    }
}
