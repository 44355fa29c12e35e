import KubeAPI
import OrderedCollections

extension PodStatusWriter {
    /// Changes one container's status in place (an init, app or ephemeral container's; names are
    /// unique in a pod). An ephemeral container is never ready and has no `started`, which only
    /// the prober reports, and it probes only the other kinds.
    /// Each list is changed in place: only the container's own status is copied. With
    /// `refreshingAt`, the pod is then refreshed as `refresh(_:at:)` does, in the same pass.
    static func update(
        _ pod: inout KubeObject, container name: String, refreshingAt time: Timestamp? = nil,
        _ change: (inout JSONValue) -> Void
    ) {
        let spec = time == nil ? nil : SpecFacts(pod)
        pod.value.modify("status") { status in
            for list in statusMembers where !status[list].isNull {
                let ephemeral = list == "ephemeralContainerStatuses"
                status.modify(list) { value in
                    var statuses = value.array
                    value = .null  // the array is held once, and changed in place
                    for index in statuses.indices where statuses[index]["name"].string == name {
                        change(&statuses[index])
                        if ephemeral {
                            statuses[index]["ready"] = false
                            statuses[index]["started"] = .null
                        }
                    }
                    value = .array(statuses)
                }
            }
            if let time, let spec { refresh(&status, spec: spec, at: time, terminal: false) }
        }
    }

    /// The status of one container, by name.
    static func container(_ pod: KubeObject, _ name: String) -> JSONValue {
        statusLists.lazy.flatMap { pod[path: $0].array }.first { $0["name"].string == name } ?? .null
    }

    static let ephemeralStatuses = "status.ephemeralContainerStatuses"
    private static let statusLists = ["status.initContainerStatuses", "status.containerStatuses", ephemeralStatuses]
    /// The same lists, as members of the status.
    private static let statusMembers = ["initContainerStatuses", "containerStatuses", "ephemeralContainerStatuses"]

    /// Whether an init container has run to completion (exit 0).
    static func completed(_ status: JSONValue) -> Bool { status[path: "state.terminated.exitCode"].int == 0 }

    /// A container that has just started: running, ready, its previous run (if any) kept as its last state.
    /// The runtime reports the `image` by its full name (`docker.io/library/nginx:latest`), with its `imageID`.
    static func started(_ status: inout JSONValue, at time: Timestamp, image: String, imageID: String, containerID: String) {
        let terminated = status.member("state", "terminated")
        let previous = terminated.isNull ? status.member("lastState", "terminated") : terminated
        let restarted = !previous.isNull
        let restartCount = (status["restartCount"].int ?? 0) + (restarted ? 1 : 0)
        set(
            [
                ("containerID", .string(containerID)), ("image", .string(image)), ("imageID", .string(imageID)),
                ("lastState", restarted ? ["terminated": previous] : .emptyObject), ("ready", true),
                ("restartCount", .int(restartCount)), ("started", true),
                ("state", ["running": ["startedAt": .string(time.rfc3339)]]),
            ], in: &status)
    }

    /// A container whose process has exited with `code`; `reason` is the runtime's (`OOMKilled`) when
    /// it has one, else `Completed` or `Error`.
    static func terminated(_ status: JSONValue, code: Int, reason: String? = nil, at time: Timestamp) -> JSONValue {
        [
            "containerID": status["containerID"], "exitCode": .int(code), "finishedAt": .string(time.rfc3339),
            "reason": .string(reason ?? (code == 0 ? "Completed" : "Error")), "startedAt": status[path: "state.running.startedAt"],
        ]
    }

    /// A container waiting for `reason` (`ErrImagePull`, `CrashLoopBackOff`); a finished run moves to its last state.
    static func waiting(_ status: inout JSONValue, reason: String, message: String) {
        if !status[path: "state.terminated"].isNull { status["lastState"] = ["terminated": status[path: "state.terminated"]] }
        status["ready"] = false
        status["started"] = false
        status["state"] = ["waiting": ["message": .string(message), "reason": .string(reason)]]
    }

    /// The kubelet's `getPhase` over the container statuses, and the Ready conditions that follow;
    /// a `terminal` pod (deleted, its containers stopped for good) ends whatever its restart policy.
    /// The status is read once and its conditions changed in place, not written back per condition.
    static func refresh(_ pod: inout KubeObject, at time: Timestamp, terminal: Bool = false) {
        let spec = SpecFacts(pod)
        pod.value.modify("status") { refresh(&$0, spec: spec, at: time, terminal: terminal) }
    }

    /// `refresh(_:at:terminal:)` on the pod's status.
    private static func refresh(_ status: inout JSONValue, spec: SpecFacts, at time: Timestamp, terminal: Bool) {
        // Worked out before the write: the copies of the status lists it reads are let go by then.
        let readiness = Readiness(
            statuses: status["containerStatuses"].array, initStatuses: status["initContainerStatuses"].array,
            restartPolicy: spec.restartPolicy, hasInitContainers: spec.hasInitContainers, terminal: terminal)
        status["phase"] = .string(readiness.phase)
        status.modify("conditions") { value in
            var conditions = value.array
            value = .null  // the array is held once, and changed in place
            readiness.set(&conditions, at: time)
            value = .array(conditions)
        }
    }

    /// What the phase and conditions depend on in a pod's spec, read before its status is changed.
    struct SpecFacts {
        var restartPolicy: String
        var hasInitContainers: Bool

        init(_ pod: KubeObject) {
            restartPolicy = PodStatusWriter.restartPolicy(of: pod)
            hasInitContainers = !pod.value.member("spec", "initContainers").array.isEmpty
        }
    }

    /// What `refresh` writes, worked out from the container statuses as they are. Read apart from
    /// the write, so that the copies of the status read here are let go before the status is
    /// changed in place (a copy still held would make that change copy the status first).
    struct Readiness {
        var phase: String
        var finished: Bool
        var ready: Bool
        var reason: String?
        var message: String?
        var sandboxUsed: Bool
        var hasInitContainers: Bool
        var initPending: [String]

        init(
            statuses: [JSONValue], initStatuses: [JSONValue], restartPolicy policy: String, hasInitContainers: Bool,
            terminal: Bool
        ) {
            var waiting = 0, running = 0, stopped = 0, succeeded = 0
            // Read in place: this runs for every status the kubelet writes.
            for status in statuses {
                let terminated = status.member("state", "terminated")
                if !status.member("state", "running").isNull {
                    running += 1
                } else if !terminated.isNull {
                    stopped += 1
                    if terminated["exitCode"].int == 0 { succeeded += 1 }
                } else if !status.member("lastState", "terminated").isNull {
                    // Waiting to restart: stopped, but not counted as a success.
                    stopped += 1
                } else {
                    waiting += 1
                }
            }
            let initFailed = policy == "Never" && initStatuses.contains { ($0[path: "state.terminated.exitCode"].int ?? 0) != 0 }
            let initPending = initStatuses.compactMap { PodStatusWriter.completed($0) ? nil : $0["name"].string }
            var phase = "Pending"
            if initFailed {
                phase = "Failed"
            } else if !initPending.isEmpty {
                phase = "Pending"
            } else if waiting > 0 {
                phase = "Pending"
            } else if running > 0 {
                phase = "Running"
            } else if stopped > 0, terminal {
                phase = stopped == succeeded ? "Succeeded" : "Failed"
            } else if stopped > 0 {
                phase = policy == "Always" ? "Running" : stopped == succeeded ? "Succeeded" : policy == "Never" ? "Failed" : "Running"
            }
            let unready = statuses.compactMap { $0["ready"].bool == true ? nil : $0["name"].string }
            let finished = phase == "Succeeded" || phase == "Failed"
            var reason: String?
            var message: String?
            if finished {
                reason = phase == "Failed" ? "PodFailed" : "PodCompleted"
            } else if !unready.isEmpty {
                reason = "ContainersNotReady"
                message = "containers with unready status: [\(unready.joined(separator: " "))]"
            }
            func used(_ status: JSONValue) -> Bool {
                status.member("state", "waiting").isNull || !status.member("lastState", "terminated").isNull
            }
            self.phase = phase
            self.finished = finished
            self.ready = unready.isEmpty && !finished
            self.reason = reason
            self.message = message
            self.sandboxUsed = initStatuses.contains(where: used) || statuses.contains(where: used)
            self.hasInitContainers = hasInitContainers
            self.initPending = initPending
        }

        /// Sets the pod's conditions that follow from this readiness.
        func set(_ conditions: inout [JSONValue], at time: Timestamp) {
            PodStatusWriter.setCondition(&conditions, "PodReadyToStartContainers", status: !finished && sandboxUsed, reason: nil, message: nil, at: time)
            if hasInitContainers {
                let incomplete = initPending.isEmpty ? nil : "containers with incomplete status: [\(initPending.joined(separator: " "))]"
                PodStatusWriter.setCondition(
                    &conditions, "Initialized", status: initPending.isEmpty,
                    reason: incomplete == nil ? nil : "ContainersNotInitialized", message: incomplete, at: time)
            }
            PodStatusWriter.setCondition(&conditions, "Ready", status: ready, reason: reason, message: message, at: time)
            PodStatusWriter.setCondition(&conditions, "ContainersReady", status: ready, reason: reason, message: message, at: time)
        }
    }

    /// Sets a pod condition, keeping its transition time when its status does not change.
    static func setCondition(
        _ pod: inout KubeObject, _ type: String, status: Bool, reason: String?, message: String?, at time: Timestamp
    ) {
        var conditions = pod[path: "status.conditions"].array
        setCondition(&conditions, type, status: status, reason: reason, message: message, at: time)
        pod[path: "status.conditions"] = .array(conditions)
    }

    /// Sets a condition in a pod's list of conditions, as `setCondition(_:_:...)` does in the pod.
    static func setCondition(
        _ conditions: inout [JSONValue], _ type: String, status: Bool, reason: String?, message: String?, at time: Timestamp
    ) {
        let value: JSONValue = status ? "True" : "False"
        let index = conditions.firstIndex { $0["type"].string == type }
        let since: JSONValue
        if let index, conditions[index]["status"] == value {
            // A condition this refresh leaves as it was is kept, not built again.
            if reads(conditions[index], status: value, reason: reason, message: message, type: type) { return }
            since = conditions[index]["lastTransitionTime"]
        } else {
            since = .string(time.rfc3339)
        }
        // Its members in the order they are always written, put together once.
        let condition: JSONValue
        switch (message, reason) {
        case (nil, nil):
            condition = .object(OrderedDictionary(uncheckedUniqueKeys: conditionKeys, values: [.null, since, value, .string(type)]))
        case (let message?, let reason?):
            condition = .object(
                OrderedDictionary(
                    uncheckedUniqueKeys: explainedConditionKeys,
                    values: [.null, since, .string(message), .string(reason), value, .string(type)]))
        default:
            var members: [(String, JSONValue)] = [("lastProbeTime", .null), ("lastTransitionTime", since)]
            if let message { members.append(("message", .string(message))) }
            if let reason { members.append(("reason", .string(reason))) }
            members.append(("status", value))
            members.append(("type", .string(type)))
            condition = .object(OrderedDictionary(uncheckedUniqueKeysWithValues: members))
        }
        if let index { conditions[index] = condition } else { conditions.append(condition) }
    }

    /// The members of a condition with a message and a reason, in the order they are written.
    private static let explainedConditionKeys = [
        "lastProbeTime", "lastTransitionTime", "message", "reason", "status", "type",
    ]

    /// Whether a condition has exactly the members `setCondition` writes, in its order, its
    /// transition time aside.
    private static func reads(_ condition: JSONValue, status: JSONValue, reason: String?, message: String?, type: String) -> Bool {
        guard case .object(let members) = condition,
            members.count == 4 + (message == nil ? 0 : 1) + (reason == nil ? 0 : 1)
        else { return false }
        let keys = members.keys
        let values = members.values
        guard keys[0] == "lastProbeTime", values[0].isNull, keys[1] == "lastTransitionTime" else { return false }
        var position = 2
        func holds(_ key: String, _ text: String?) -> Bool {
            guard let text else { return true }
            defer { position += 1 }
            return keys[position] == key && values[position].string == text
        }
        guard holds("message", message), holds("reason", reason) else { return false }
        return keys[position] == "status" && values[position] == status && keys[position + 1] == "type"
            && values[position + 1].string == type
    }
}
