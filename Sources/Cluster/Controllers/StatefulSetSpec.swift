import KubeAPI

/// A StatefulSet's spec as its controller reads it, with the apiserver's defaults for absent
/// fields (`replicas` 1, `OrderedReady`, `RollingUpdate` with partition 0, history limit 10).
struct StatefulSetSpec {
    let object: KubeObject

    var name: String { object.name }
    var replicas: Int { max(0, object[path: "spec.replicas"].int ?? 1) }
    /// The first ordinal (`spec.ordinals.start`).
    var startOrdinal: Int { max(0, object[path: "spec.ordinals.start"].int ?? 0) }
    var serviceName: String { object[path: "spec.serviceName"].string ?? "" }
    /// `podManagementPolicy: Parallel` lets pods be created and deleted without waiting.
    var allowsBurst: Bool { object[path: "spec.podManagementPolicy"].string == "Parallel" }
    var isOnDelete: Bool { object[path: "spec.updateStrategy.type"].string == "OnDelete" }
    var partition: Int { max(0, object[path: "spec.updateStrategy.rollingUpdate.partition"].int ?? 0) }
    var minReadySeconds: Int { max(0, object[path: "spec.minReadySeconds"].int ?? 0) }
    var revisionHistoryLimit: Int { max(0, object[path: "spec.revisionHistoryLimit"].int ?? 10) }
    var claimTemplates: [JSONValue] { object[path: "spec.volumeClaimTemplates"].array }
    var generation: Int { object.metadata["generation"].int ?? 1 }

    /// `<set>-<ordinal>`.
    func podName(_ ordinal: Int) -> String { "\(name)-\(ordinal)" }

    /// `<claim>-<set>-<ordinal>`, the claim a pod of `ordinal` mounts for a volume claim template.
    func claimName(_ template: JSONValue, ordinal: Int) -> String {
        "\(template[path: "metadata.name"].string ?? "")-\(name)-\(ordinal)"
    }

    /// The ordinal in a member pod's name (`(.*)-([0-9]+)$` with this set as the parent), or nil.
    func ordinal(of pod: KubeObject) -> Int? {
        let prefix = name + "-"
        guard pod.name.hasPrefix(prefix), pod.namespace == object.namespace else { return nil }
        let digits = pod.name.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
            let ordinal = Int32(digits)
        else { return nil }
        return Int(ordinal)
    }

    /// Whether `ordinal` lies in `[start, start + replicas)`.
    func inRange(_ ordinal: Int) -> Bool { ordinal >= startOrdinal && ordinal < startOrdinal + replicas }
}

extension KubeObject {
    /// A StatefulSet pod's revision label (`controller-revision-hash`, a ControllerRevision's name).
    var statefulSetRevision: String { labels["controller-revision-hash"] ?? "" }

    /// Phase Running and the Ready condition true.
    var isRunningAndReady: Bool { self[path: "status.phase"].string == "Running" && isReady }

    /// Running, ready, and not being deleted.
    var isHealthyStatefulPod: Bool { isRunningAndReady && deletionTimestamp == nil }

    /// When the pod's Ready condition last became true.
    var readySince: Timestamp? {
        self[path: "status.conditions"].array.first { $0["type"].string == "Ready" }?["lastTransitionTime"].string
            .flatMap(Timestamp.init(rfc3339:))
    }
}
