import KubeAPI

/// What each node's kubelet writes to its log at the default verbosity (kubeadm's config leaves
/// it at 0), as structured records: a pod sync that failed, a pod observed running for the first
/// time. Probe failures (V(1)) and the reasons for killing a container (V(2)) are not logged at
/// that verbosity. The node's journal prints the records in klog's format.
public struct KubeletLogRecord: Sendable, Equatable {
    /// The kubelet's action behind a log line.
    public enum Action: Sendable, Equatable {
        /// A sync that could not start a container: `reason` and `message` as the pod's status shows them.
        case syncFailed(container: String, reason: String, message: String)
        /// Every container of a pod the kubelet admitted is running: its creation, image pulls and now.
        case podStarted(created: Timestamp, firstPull: Timestamp?, lastPull: Timestamp?)
    }

    public var time: Timestamp
    public var namespace: String
    public var pod: String
    public var podUID: String
    public var action: Action

    public init(time: Timestamp, namespace: String, pod: String, podUID: String, action: Action) {
        self.time = time
        self.namespace = namespace
        self.pod = pod
        self.podUID = podUID
        self.action = action
    }
}

extension Cluster {
    /// The node's kubelet log since the world began, oldest first.
    public func kubeletLog(on node: String) -> [KubeletLogRecord] { kubeletLogs[node] ?? [] }

    /// The most lines kept per node; older ones are dropped, as journald rotates its files.
    static let kubeletLogLimit = 5000

    func logKubelet(_ action: KubeletLogRecord.Action, pod: KubeObject, node: String) {
        let record = KubeletLogRecord(time: now, namespace: pod.namespace ?? "default", pod: pod.name, podUID: pod.uid, action: action)
        Self.append(record, to: &kubeletLogs[node, default: []])
    }

    /// Adds a line to a node's log in place, dropping the oldest past the limit.
    private static func append(_ record: KubeletLogRecord, to lines: inout [KubeletLogRecord]) {
        lines.append(record)
        if lines.count > kubeletLogLimit { lines.removeFirst(lines.count - kubeletLogLimit) }
    }

    /// The pod startup latency tracker: once every container of a pod the kubelet admitted since it
    /// started is running, it logs the pod's startup, with the image pulls it tracked.
    func logPodStartupIfDone(_ pod: KubeObject, node: String) {
        // Read in place: this runs for every container start.
        let statuses = pod.value.member("status", "containerStatuses").array
        guard !statuses.isEmpty, statuses.count == pod.value.member("spec", "containers").array.count,
            statuses.allSatisfy({ !$0.member("state", "running").isNull && ($0["restartCount"].int ?? 0) == 0 }),
            let container = nodeContainers[node],
            let started = pod.value.string("status", "startTime").flatMap(Timestamp.init(rfc3339:)),
            started >= container.startedAt,
            let created = pod.creationTimestamp,
            !kubeletLog(on: node).contains(where: { record in
                if case .podStarted = record.action { return record.podUID == pod.uid }
                return false
            })
        else { return }
        let pulls = podStartupPulls.removeValue(forKey: pod.uid)
        let lastPull = pulls?.lastFinished
        logKubelet(.podStarted(created: created, firstPull: lastPull == nil ? nil : pulls?.firstStarted, lastPull: lastPull),
            pod: pod, node: node)
    }

    /// The tracker notes a pull beginning for one of the pod's containers.
    func trackPullStarted(of pod: KubeObject) {
        if podStartupPulls[pod.uid] == nil { podStartupPulls[pod.uid] = PodStartupPulls(firstStarted: now) }
    }

    /// The tracker notes a pull that succeeded.
    func trackPullFinished(of pod: KubeObject) {
        podStartupPulls[pod.uid]?.lastFinished = now
    }
}

/// When a starting pod's first image pull began and its last successful one ended.
struct PodStartupPulls: Sendable, Equatable {
    var firstStarted: Timestamp
    var lastFinished: Timestamp?
}
