import KubeAPI

extension PodStatusWriter {
    /// Values that many restored pods share, made once: pods started at one moment have the same
    /// conditions, and an image always has the same ID. Shared values also share their storage.
    struct RestoreMemo {
        fileprivate var conditions: [[Timestamp]: JSONValue] = [:]
        fileprivate var imageIDs: [String: JSONValue] = [:]
    }

    /// The status of a pod that has run since its first boot and restarted at every later one:
    /// each reboot killed its containers (exit 255) and they came back `startupSeconds` later.
    static func restored(
        _ pod: KubeObject, node: KubeObject?, boots: [Timestamp], startupSeconds: Int64, names: inout NameGenerator,
        memo: inout RestoreMemo
    ) -> KubeObject {
        guard let node, let created = boots.first, let lastBoot = boots.last else { return pod }
        var pod = pod
        let hostIP = JSONValue.string(node.internalIP)
        let podIP = pod[path: "spec.hostNetwork"].bool == true ? hostIP : .string(pod[path: "status.podIP"].string ?? "")
        let started = lastBoot.adding(seconds: startupSeconds)
        let conditions = memo.conditions[[started, created], default: conditions(at: started, scheduledAt: created, ready: true)]
        memo.conditions[[started, created]] = conditions
        let restarts = boots.count - 1
        let containerStatuses = JSONValue.array(pod[path: "spec.containers"].array.map { c in
            let image = c["image"].string ?? ""
            var lastState: JSONValue = .emptyObject
            if restarts > 0 {
                let previous = boots[boots.count - 2].adding(seconds: startupSeconds)
                let killed: JSONValue = [
                    "containerID": .string("containerd://" + names.hex(length: 64)),
                    "state": ["running": ["startedAt": .string(previous.rfc3339)]],
                ]
                lastState = ["terminated": killedByReboot(killed, at: lastBoot)]
            }
            let imageID = memo.imageIDs[image, default: .string(imageID(image))]
            memo.imageIDs[image] = imageID
            return [
                "containerID": .string("containerd://" + names.hex(length: 64)),
                "image": .string(image), "imageID": imageID,
                "lastState": lastState, "name": c["name"], "ready": true, "restartCount": .int(restarts),
                "started": true, "state": ["running": ["startedAt": .string(started.rfc3339)]],
            ]
        })
        pod.value.modify("status") { status in
            status["phase"] = "Running"
            status["hostIP"] = hostIP
            status["hostIPs"] = [["ip": hostIP]]
            status["podIP"] = podIP
            status["podIPs"] = [["ip": podIP]]
            status["startTime"] = .string(created.rfc3339)
            status["conditions"] = conditions
            status["containerStatuses"] = containerStatuses
        }
        return pod
    }

    /// How a running container ends when its node's container stops: the runtime finds it gone
    /// when it comes back and reports exit code 255, reason `Unknown`.
    static func killedByReboot(_ status: JSONValue, at time: Timestamp) -> JSONValue {
        terminated(status, code: 255, reason: "Unknown", at: time)
    }
}
