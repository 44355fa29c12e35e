import KubeAPI
import OrderedCollections

/// Builds the pod status a kubelet reports at each stage of a pod's life.
enum PodStatusWriter {
    /// Sandbox up, containers being created (`ContainerCreating`).
    static func creating(_ pod: KubeObject, hostIP: String, podIP: String, at time: Timestamp) -> KubeObject {
        var pod = pod
        let t = JSONValue.string(time.rfc3339)
        let spec = pod.value["spec"]
        let initContainers = spec["initContainers"].array
        let initializing = !initContainers.isEmpty
        func waiting(_ c: JSONValue, _ reason: String) -> JSONValue {
            [
                "image": c["image"], "imageID": "", "lastState": .emptyObject, "name": c["name"], "ready": false,
                "restartCount": 0, "started": false, "state": ["waiting": ["reason": .string(reason)]],
            ]
        }
        let conditions = conditions(at: time, scheduledAt: scheduledTime(pod) ?? time, ready: false)
        let reason = initializing ? "PodInitializing" : "ContainerCreating"
        // Written member by member into the status, held once, in the order they always were.
        pod.value.modify("status") { status in
            status["phase"] = "Pending"
            status["hostIP"] = .string(hostIP)
            status["hostIPs"] = [["ip": .string(hostIP)]]
            status["podIP"] = .string(podIP)
            status["podIPs"] = [["ip": .string(podIP)]]
            status["startTime"] = t
            status["conditions"] = conditions
            if initializing { status["initContainerStatuses"] = .array(initContainers.map { waiting($0, "PodInitializing") }) }
            status["containerStatuses"] = .array(spec["containers"].array.map { waiting($0, reason) })
        }
        refresh(&pod, at: time)
        return pod
    }

    static func conditions(at time: Timestamp, scheduledAt: Timestamp, ready: Bool) -> JSONValue {
        let t = JSONValue.string(time.rfc3339)
        let scheduled = JSONValue.string(scheduledAt.rfc3339)
        let status: JSONValue = ready ? "True" : "False"
        // Its members known distinct: put together without checking them.
        func condition(_ type: String, _ status: JSONValue, _ at: JSONValue) -> JSONValue {
            .object(
                OrderedDictionary(uncheckedUniqueKeysWithValues: [
                    ("lastProbeTime", .null), ("lastTransitionTime", at), ("status", status), ("type", .string(type)),
                ]))
        }
        return [
            condition("PodReadyToStartContainers", status, t),
            condition("Initialized", "True", scheduled),
            condition("Ready", status, t),
            condition("ContainersReady", status, t),
            condition("PodScheduled", "True", scheduled),
        ]
    }

    static func scheduledTime(_ pod: KubeObject) -> Timestamp? {
        pod.value.member("status", "conditions").array.first { $0["type"].string == "PodScheduled" }?["lastTransitionTime"].string
            .flatMap(Timestamp.init(rfc3339:))
    }

    /// A stable, made-up digest reference for an image (`repo@sha256:...`).
    static func imageID(_ image: String) -> String {
        // Split as bytes: the separators are ASCII, and this runs for every container start.
        let repository = image.utf8.split(separator: UInt8(ascii: "@")).first.map { name -> String in
            let bytes = image.utf8[name.startIndex..<name.endIndex]
            guard let colon = bytes.lastIndex(of: UInt8(ascii: ":")), !bytes[colon...].contains(UInt8(ascii: "/")) else {
                return String(image[name.startIndex..<name.endIndex])
            }
            return String(image[name.startIndex..<colon])
        } ?? image
        let digest = String(decoding: ChainedFNVDigest.hexDigits(of: image, rounds: 4), as: UTF8.self)
        return "\(repository)@sha256:\(digest)"
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
