import KubeAPI
import OrderedCollections

/// Builds the pod status a kubelet reports at each stage of a pod's life.
enum PodStatusWriter {
    /// Sandbox up, containers being created (`ContainerCreating`). `startTime` is kept from an
    /// earlier try when given (a retried sandbox keeps the time the kubelet first saw the pod).
    /// The status is written in its final form in one pass: its container statuses are built
    /// first, and the phase and conditions worked out from them, as `refresh` would.
    static func creating(
        _ pod: KubeObject, hostIP: String, podIP: String, at time: Timestamp, startTime: String? = nil
    ) -> KubeObject {
        var pod = pod
        let initContainers = pod.value.member("spec", "initContainers").array
        let initializing = !initContainers.isEmpty
        let reason = initializing ? "PodInitializing" : "ContainerCreating"
        let statuses = pod.value.member("spec", "containers").array.map { waitingStatus(of: $0, reason: reason) }
        // Without init containers, any init statuses the pod already reports are left as they are.
        let initStatuses =
            initializing
            ? initContainers.map { waitingStatus(of: $0, reason: "PodInitializing") }
            : pod.value.member("status", "initContainerStatuses").array
        let readiness = Readiness(
            statuses: statuses, initStatuses: initStatuses, restartPolicy: restartPolicy(of: pod),
            hasInitContainers: initializing, terminal: false)
        var conditions = conditions(at: time, scheduledAt: scheduledTime(pod) ?? time, ready: false).array
        readiness.set(&conditions, at: time)
        var members: [(String, JSONValue)] = [
            ("phase", .string(readiness.phase)), ("hostIP", .string(hostIP)), ("hostIPs", [["ip": .string(hostIP)]]),
            ("podIP", .string(podIP)), ("podIPs", [["ip": .string(podIP)]]),
            ("startTime", .string(startTime ?? time.rfc3339)), ("conditions", .array(conditions)),
        ]
        if initializing { members.append(("initContainerStatuses", .array(initStatuses))) }
        members.append(("containerStatuses", .array(statuses)))
        // Set in the order they always were: members the status has keep their place.
        pod.value.modify("status") { set(members, in: &$0) }
        return pod
    }

    /// A container's status before it first starts, waiting for `reason`.
    private static func waitingStatus(of container: JSONValue, reason: String) -> JSONValue {
        .object(
            OrderedDictionary(
                uncheckedUniqueKeys: waitingKeys,
                values: [
                    container["image"], "", .emptyObject, container["name"], false, 0, false,
                    ["waiting": ["reason": .string(reason)]],
                ]))
    }

    private static let waitingKeys = ["image", "imageID", "lastState", "name", "ready", "restartCount", "started", "state"]

    /// Sets each of `members` in `object` in turn, as `object[key] = value` does (none is null),
    /// the object's members taken once and grown once.
    static func set(_ members: [(String, JSONValue)], in object: inout JSONValue) {
        var merged: OrderedDictionary<String, JSONValue> = [:]
        if case .object(let existing) = object { merged = existing }
        object = .null  // the members are held once, and changed in place
        // Past 15 keys an ordered dictionary keeps a hash table: reserving more would build one.
        merged.reserveCapacity(min(merged.count + members.count, 15))
        for (key, value) in members { merged[key] = value }
        object = .object(merged)
    }

    static func conditions(at time: Timestamp, scheduledAt: Timestamp, ready: Bool) -> JSONValue {
        let t = JSONValue.string(time.rfc3339)
        let scheduled = JSONValue.string(scheduledAt.rfc3339)
        let status: JSONValue = ready ? "True" : "False"
        func condition(_ type: String, _ status: JSONValue, _ at: JSONValue) -> JSONValue {
            .object(OrderedDictionary(uncheckedUniqueKeys: conditionKeys, values: [.null, at, status, .string(type)]))
        }
        return [
            condition("PodReadyToStartContainers", status, t),
            condition("Initialized", "True", scheduled),
            condition("Ready", status, t),
            condition("ContainersReady", status, t),
            condition("PodScheduled", "True", scheduled),
        ]
    }

    /// The members of a condition without a reason or message, in the order they are written.
    static let conditionKeys = ["lastProbeTime", "lastTransitionTime", "status", "type"]

    /// The pod's `restartPolicy`, `Always` when unset.
    static func restartPolicy(of pod: KubeObject) -> String { pod.value.string("spec", "restartPolicy") ?? "Always" }

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
