import KubeAPI

extension PodStatusWriter {
    /// The status of a pod that has run since its first boot and restarted at every later one:
    /// each reboot killed its containers (exit 255) and they came back `startupSeconds` later.
    static func restored(
        _ pod: KubeObject, node: KubeObject?, boots: [Timestamp], startupSeconds: Int64, names: inout NameGenerator
    ) -> KubeObject {
        guard let node, let created = boots.first, let lastBoot = boots.last else { return pod }
        var pod = pod
        let hostIP = node.internalIP
        let podIP = pod[path: "spec.hostNetwork"].bool == true ? hostIP : (pod[path: "status.podIP"].string ?? "")
        let started = lastBoot.adding(seconds: startupSeconds)
        pod[path: "status.phase"] = "Running"
        pod[path: "status.hostIP"] = .string(hostIP)
        pod[path: "status.hostIPs"] = [["ip": .string(hostIP)]]
        pod[path: "status.podIP"] = .string(podIP)
        pod[path: "status.podIPs"] = [["ip": .string(podIP)]]
        pod[path: "status.startTime"] = .string(created.rfc3339)
        pod[path: "status.conditions"] = conditions(at: started, scheduledAt: created, ready: true)
        let restarts = boots.count - 1
        pod[path: "status.containerStatuses"] = .array(pod[path: "spec.containers"].array.map { c in
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
            return [
                "containerID": .string("containerd://" + names.hex(length: 64)),
                "image": .string(image), "imageID": .string(imageID(image)),
                "lastState": lastState, "name": c["name"], "ready": true, "restartCount": .int(restarts),
                "started": true, "state": ["running": ["startedAt": .string(started.rfc3339)]],
            ]
        })
        return pod
    }

    /// How a running container ends when its node's container stops: the runtime finds it gone
    /// when it comes back and reports exit code 255, reason `Unknown`.
    static func killedByReboot(_ status: JSONValue, at time: Timestamp) -> JSONValue {
        terminated(status, code: 255, reason: "Unknown", at: time)
    }
}
