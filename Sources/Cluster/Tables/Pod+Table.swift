import KubeAPI

extension ServerTables {
    /// printers.go `printPod`: READY, the aggregate STATUS, RESTARTS with the last restart's age.
    enum Pod: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Ready", "The aggregate readiness state of this pod for accepting traffic."),
            .text("Status", "The aggregate status of the containers in this pod."),
            .text("Restarts", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
            .age,
            .field("IP", "PodStatus", "podIP", priority: 1),
            .field("Node", "PodSpec", "nodeName", priority: 1),
            .field("Nominated Node", "PodStatus", "nominatedNodeName", priority: 1),
            .field("Readiness Gates", "PodSpec", "readinessGates", priority: 1),
        ]

        static func cells(of pod: KubeObject, now: Timestamp) -> [Table.Cell] {
            // Each part of the pod is looked up once: at scale, lookups are most of a row's cost.
            let metadata = pod.value["metadata"], spec = pod.value["spec"], status = pod.value["status"]
            let summary = PodSummary(metadata: metadata, spec: spec, status: status)
            var restarts = "\(summary.restarts)"
            if summary.restarts != 0, let last = summary.lastRestart {
                restarts += " (\(HumanDuration.since(last, now: now)) ago)"
            }
            let created = TableCells.timestamp(metadata["creationTimestamp"])
            return [
                .string(metadata["name"].string ?? ""), .string("\(summary.ready)/\(summary.total)"),
                .string(summary.reason), .string(restarts), .string(HumanDuration.since(created, now: now)),
                .string(orNone(status["podIPs"][0]["ip"].string ?? status["podIP"].string)),
                .string(orNone(spec["nodeName"].string)),
                .string(orNone(status["nominatedNodeName"].string)),
                .string(readinessGates(spec["readinessGates"], conditions: status["conditions"])),
            ]
        }

        /// A finished pod's row is marked `Completed`, as printers.go marks it.
        static func conditions(of pod: KubeObject) -> [Table.Condition] {
            switch pod[path: "status.phase"].string {
            case "Succeeded":
                [Table.Condition(type: "Completed", status: "True", reason: "Succeeded", message: "The pod has completed successfully.")]
            case "Failed": [Table.Condition(type: "Completed", status: "True", reason: "Failed", message: "The pod failed.")]
            default: []
            }
        }

        static func orNone(_ text: String?) -> String {
            guard let text, !text.isEmpty else { return "<none>" }
            return text
        }

        /// `<true gates>/<gates>`, a gate counting when its condition type's first entry is True.
        static func readinessGates(_ readinessGates: JSONValue, conditions: JSONValue) -> String {
            let gates = readinessGates.array
            guard !gates.isEmpty else { return "<none>" }
            let conditions = conditions.array
            let trueCount = gates.filter { gate in
                conditions.first { $0["type"] == gate["conditionType"] }?["status"].string == "True"
            }.count
            return "\(trueCount)/\(gates.count)"
        }
    }
}

extension ServerTables {
    /// The READY, STATUS and RESTARTS of a pod, computed step by step as printers.go does.
    struct PodSummary {
        var ready = 0
        var total: Int
        var reason: String
        var restarts = 0
        var lastRestart: Timestamp?

        init(_ pod: KubeObject) {
            self.init(metadata: pod.value["metadata"], spec: pod.value["spec"], status: pod.value["status"])
        }

        /// The summary of a pod's parts, each read once by the caller.
        init(metadata: JSONValue, spec: JSONValue, status podStatus: JSONValue) {
            let phase = podStatus["phase"].string ?? ""
            let statusReason = podStatus["reason"].string ?? ""
            reason = statusReason.isEmpty ? phase : statusReason
            let conditions = podStatus["conditions"].array
            if conditions.contains(where: { $0["type"] == "PodScheduled" && $0["reason"] == "SchedulingGated" }) {
                reason = "SchedulingGated"
            }

            let initSpecs = spec["initContainers"].array
            let sidecars = initSpecs.isEmpty
                ? [] : Set(initSpecs.filter { $0["restartPolicy"] == "Always" }.compactMap { $0["name"].string })
            total = spec["containers"].array.count + sidecars.count

            var sidecarRestarts = 0
            var sidecarLastRestart: Timestamp?
            var initializing = false
            for (index, status) in podStatus["initContainerStatuses"].array.enumerated() {
                let isSidecar = status["name"].string.map(sidecars.contains) ?? false
                let count = status["restartCount"].int ?? 0
                let finished = TableCells.timestamp(status["lastState"]["terminated"]["finishedAt"])
                restarts += count
                lastRestart = Self.later(lastRestart, finished)
                if isSidecar {
                    sidecarRestarts += count
                    sidecarLastRestart = Self.later(sidecarLastRestart, finished)
                }
                let terminated = status["state"]["terminated"]
                let waitingReason = status["state"]["waiting"]["reason"].string ?? ""
                if !terminated.isNull && terminated["exitCode"].int ?? 0 == 0 { continue }
                if isSidecar && status["started"].bool == true {
                    if status["ready"].bool == true { ready += 1 }
                    continue
                }
                if !terminated.isNull {
                    reason = "Init:" + Self.terminatedReason(terminated)
                } else if !waitingReason.isEmpty && waitingReason != "PodInitializing" {
                    reason = "Init:\(waitingReason)"
                } else {
                    reason = "Init:\(index)/\(initSpecs.count)"
                }
                initializing = true
                break
            }

            guard !initializing || conditions.contains(where: { $0["type"] == "Initialized" && $0["status"] == "True" })
            else {
                applyDeletion(metadata, phase: phase, statusReason: statusReason)
                return
            }
            restarts = sidecarRestarts
            lastRestart = sidecarLastRestart
            var hasRunning = false
            for status in podStatus["containerStatuses"].array.reversed() {
                restarts += status["restartCount"].int ?? 0
                let lastTerminated = status["lastState"]["terminated"]
                if !lastTerminated.isNull {
                    lastRestart = Self.later(lastRestart, TableCells.timestamp(lastTerminated["finishedAt"]))
                }
                let state = status["state"]
                let waitingReason = state["waiting"]["reason"].string ?? ""
                let terminated = state["terminated"]
                if !waitingReason.isEmpty {
                    reason = waitingReason
                } else if !terminated.isNull {
                    reason = Self.terminatedReason(terminated)
                } else if status["ready"].bool == true && !state["running"].isNull {
                    hasRunning = true
                    ready += 1
                }
            }
            if reason == "Completed" && hasRunning {
                let podReady = conditions.contains { $0["type"] == "Ready" && $0["status"] == "True" }
                reason = podReady ? "Running" : "NotReady"
            }
            applyDeletion(metadata, phase: phase, statusReason: statusReason)
        }

        /// A terminated state's reason, or `Signal:<n>` / `ExitCode:<n>` when it has none.
        static func terminatedReason(_ terminated: JSONValue) -> String {
            if let reason = terminated["reason"].string, !reason.isEmpty { return reason }
            let signal = terminated["signal"].int ?? 0
            return signal != 0 ? "Signal:\(signal)" : "ExitCode:\(terminated["exitCode"].int ?? 0)"
        }

        static func later(_ a: Timestamp?, _ b: Timestamp?) -> Timestamp? {
            guard let a else { return b }
            guard let b else { return a }
            return max(a, b)
        }

        /// A pod being deleted shows `Unknown` when its node was lost, else `Terminating` unless finished.
        mutating func applyDeletion(_ metadata: JSONValue, phase: String, statusReason: String) {
            guard TableCells.timestamp(metadata["deletionTimestamp"]) != nil else { return }
            if statusReason == "NodeLost" {
                reason = "Unknown"
            } else if phase != "Succeeded" && phase != "Failed" {
                reason = "Terminating"
            }
        }
    }
}
