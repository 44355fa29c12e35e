import KubeAPI
import OrderedCollections

/// The simulated cluster: an apiserver over an object store, with controllers, a scheduler
/// and kubelets that reconcile after every change and whenever the clock moves.
///
/// Clients (kubectl, the checker) use only the API methods, the seam a real client uses.
/// Not thread-safe: one cluster belongs to one session.
public final class Cluster {
    public let settings: ClusterSettings
    public let runtime: RuntimeSettings
    /// Each node container's own `/etc/resolv.conf`.
    public let nodeResolvConf: String

    var store = ObjectStore()
    var clock: VirtualClock
    var names: NameGenerator
    /// Kubelet bookkeeping: when each terminating pod's containers will have stopped, by pod UID.
    var stoppingPods: [String: Timestamp] = [:]
    /// When each control loop wants to run again, by a key its owner chooses (`job-backoff/<uid>`).
    var wakeups = WakeupTable()
    /// The store's revision at the last invariant check (debug builds), which must never go back.
    var lastCheckedRevision = 0
    /// Images each node holds, by node name.
    var nodeImages: [String: Set<String>] = [:]
    /// Kubelet bookkeeping: each probe worker's counts, by its step's wake-up key.
    var probeWorkers: [String: ProbeWorker] = [:]
    /// Pod IP allocation per node (host-local IPAM).
    var ipam = PodIPAM()
    /// The container each node runs in, by node name.
    var nodeContainers: [String: NodeContainer] = [:] {
        didSet {
            kubeletsNeedFullScan = true
            nodeContainerSummaryCache = nil
            apiServerServingCache = nil
        }
    }
    /// `nodeContainerSummary`, once worked out since the containers changed.
    var nodeContainerSummaryCache: NodeContainerSummary?
    /// Whether the apiserver answers, as worked out at a count of pod writes since the containers
    /// changed; still known at the store revision it was last confirmed at.
    var apiServerServingCache: (revision: Int, podWrites: Int, serving: Bool)?
    /// `schedulerInstance` as worked out at a count of writes to the system namespace's pods.
    var schedulerInstanceCache: (podWrites: Int, instance: String)?
    /// `nowRFC3339` as last written, and the moment it was written for.
    var nowTextCache: (time: Timestamp, text: String)?
    /// kube-apiserver's serving certificate, once a client has connected.
    var servingCertificate: ServingCertificate?
    /// `customResourceTypes` as of a number of writes to definitions.
    var customResourceTypesCache: (definitionWrites: Int, types: [ResourceType])?
    /// The categories of the served custom resources, with the same key (kubectl asks on every command).
    var customResourceCategoriesCache: (definitionWrites: Int, categories: [ResourceType: [String]])?
    /// The OpenAPI documents built for the group/versions served and the definitions written
    /// when they were built (`Cluster+OpenAPICache.swift`).
    var openAPICache = OpenAPICache(key: "")
    /// The snapshot this cluster started from: its shared OpenAPI documents, and the writes to
    /// definitions it held.
    var openAPIOrigin: (shared: SharedOpenAPICache, definitionWrites: Int)?
    /// Set when a node's container starts or stops: every kubelet then looks at all its pods.
    var kubeletsNeedFullScan = true
    /// How far each control loop that reacts to changes has read the store's journal.
    var journalCursors: [ControlLoop: Int] = [:]
    /// The garbage collector's view of who owns whom, kept from its journal reads.
    var ownership = OwnershipIndex()
    /// The store's revision at each reconcile that followed writes, with the time (`Cluster+RevisionTimes.swift`).
    var revisionTimes: [(revision: Int, time: Timestamp)] = []
    /// While a world is being restored, dependents are dated from their owners, not from now.
    var restoring = false
    /// The store revision at which every control loop last found nothing to do.
    var quiescentRevision = -1
    /// Where the scheduler's next search over the nodes starts (it goes round them).
    var schedulerStartIndex = 0
    /// While kube-apiserver does not answer, what the control plane has put aside.
    var outage: ControlPlaneOutage?
    /// What the event recorders of the controllers and kubelets remember.
    var eventCorrelator = EventCorrelator()
    /// When etcd last renewed every lease on starting; nil since the world began.
    var eventLeasesRenewedAt: Timestamp?
    /// The pod garbage collector's quarantine: when each missing node's ends, by node name (each
    /// with its wake-up, `pod-gc/quarantine/<node>`).
    var podGCQuarantines: [String: Timestamp] = [:]
    /// The taint eviction controller's view of each node's `NoExecute` taints, by node name,
    /// kept up to date from the node changes; nil until it has looked at every node.
    var noExecuteTaints: [String: [JSONValue]]?
    /// The selector each ReplicaSet and ReplicationController last claimed pods by, by UID: a
    /// write that leaves it as it was (a status update) calls for no search of its namespace.
    var claimedSelectors: [String: JSONValue] = [:]
    /// The claims that last changed nothing, with the writes to their types then (`claim`).
    var quietClaims: [ClaimScope: ClaimScope.Writes] = [:]
    /// What admission last worked out from a pod's content alone (`PodContentMemo`).
    var podContentMemo = PodContentMemo()
    /// The scheduler's pending and placed pods, kept from the journal (`SchedulerCache`).
    var schedulerCache: SchedulerCache?
    /// The scheduler's parsed nodes, as of a number of writes to nodes.
    var schedulingNodeCache: (nodeWrites: Int, nodes: [SchedulingNode], rooms: [NodeRoom])?
    /// The Job controller's memory of the pods it deleted without counting them, by UID.
    var jobReleasedPods: Set<String> = []
    /// The DaemonSet controller's back-off on deleting failed daemon pods.
    var failedDaemonPodsBackoff = FailedPodsBackoff()
    /// The request rate limits of kube-controller-manager's clients, by controller name.
    var controllerClients: [String: ClientRateLimiter] = [:]
    /// What the disruption controller saw of each budget at its last sync, by the budget's UID.
    var disruptionSyncs: [String: DisruptionSync] = [:]
    /// What the HPA controller remembers of each autoscaler, by its UID.
    var autoscalerHistories: [String: AutoscalerHistory] = [:]
    /// Kubelet bookkeeping: the environment each container was started with, by `uid/container`.
    var containerEnvironments: [String: OrderedDictionary<String, String>] = [:]
    /// The Service connections made so far at the clock's current millisecond, which kube-proxy's
    /// random pick of an endpoint tells apart.
    var serviceConnections: (milliseconds: Int64, count: Int) = (0, 0)
    /// kube-proxy bookkeeping: the configuration each kube-proxy pod read at its last start, by pod UID.
    var kubeProxyStarts: [String: KubeProxyStart] = [:]
    /// What each node's kubelet logged (`KubeletLog.swift`), by node name.
    var kubeletLogs: [String: [KubeletLogRecord]] = [:]
    /// The kubelets' pod startup latency trackers: each starting pod's image pulls, by pod UID.
    var podStartupPulls: [String: PodStartupPulls] = [:]
    /// What programs the simulation runs in containers logged themselves, by `uid/container`.
    var processLogs: [String: [LogEntry]] = [:]
    /// The local-path provisioners' helper pods being waited for, by `namespace/name` of the pod.
    var helperPodOperations: [String: HelperPodOperation] = [:]
    /// Runs of containers whose commands write files, in the order they started (`Kubelet/Cluster+ContainerFileRuns.swift`).
    var containerFileRuns: [ContainerFileRun] = []
    /// The indices of those runs not yet seen to end.
    var openFileRuns: Set<Int> = []
    /// The Endpoints controller's trigger-time tracker: what it last saw of each Service, by `namespace/name`.
    var endpointsTriggerTimes: [String: EndpointsTriggerTimes] = [:]
    /// Who owns which fields of each object written by a named field manager, by object UID
    /// (`metadata.managedFields`, kept beside the object; `managedFields(of:)` joins them).
    var fieldManagers: [String: [ManagedFieldsEntry]] = [:]
    /// The kubelets' static pods apart from their mirror pods (`Kubelet/Cluster+MirrorPods.swift`).
    var staticPods = StaticPodBook()
    /// What the kubelets keep once worked out (`Kubelet/KubeletMemo.swift`); not part of a snapshot.
    var kubeletMemo = KubeletMemo()
    /// kubeadm's admin certificate and key as admin.conf carries them (PEM), decoded once.
    lazy var adminKeyPairPEM: (certificate: [UInt8], key: [UInt8]) = (
        Base64.decode(settings.adminCredentials.clientCertificateData), Base64.decode(settings.adminCredentials.clientKeyData)
    )

    /// An empty cluster whose clock starts at `start`.
    public init(settings: ClusterSettings, runtime: RuntimeSettings, nodeResolvConf: String, start: Timestamp, seed: UInt64) {
        self.settings = settings
        self.runtime = runtime
        self.nodeResolvConf = nodeResolvConf
        clock = VirtualClock(start: start)
        names = NameGenerator(seed: seed)
    }

    /// A cluster in exactly the state `snapshot` recorded.
    public init(snapshot: Snapshot) {
        settings = snapshot.settings
        runtime = snapshot.runtime
        nodeResolvConf = snapshot.nodeResolvConf
        store = snapshot.store
        clock = snapshot.clock
        names = snapshot.names
        stoppingPods = snapshot.stoppingPods
        nodeImages = snapshot.nodeImages
        probeWorkers = snapshot.probeWorkers
        wakeups = snapshot.wakeups
        ipam = snapshot.ipam
        nodeContainers = snapshot.nodeContainers
        quiescentRevision = snapshot.quiescentRevision
        schedulerStartIndex = snapshot.schedulerStartIndex
        schedulerCache = snapshot.schedulerCache
        schedulingNodeCache = snapshot.schedulingNodeCache
        schedulerInstanceCache = snapshot.schedulerInstanceCache
        quietClaims = snapshot.quietClaims
        journalCursors = snapshot.journalCursors
        ownership = snapshot.ownership
        kubeletsNeedFullScan = snapshot.kubeletsNeedFullScan
        outage = snapshot.outage
        eventCorrelator = snapshot.eventCorrelator
        eventLeasesRenewedAt = snapshot.eventLeasesRenewedAt
        failedDaemonPodsBackoff = snapshot.failedDaemonPodsBackoff
        controllerClients = snapshot.controllerClients
        jobReleasedPods = snapshot.jobReleasedPods
        podGCQuarantines = snapshot.podGCQuarantines
        disruptionSyncs = snapshot.disruptionSyncs
        autoscalerHistories = snapshot.autoscalerHistories
        containerEnvironments = snapshot.containerEnvironments
        kubeProxyStarts = snapshot.kubeProxyStarts
        kubeletLogs = snapshot.kubeletLogs
        podStartupPulls = snapshot.podStartupPulls
        processLogs = snapshot.processLogs
        helperPodOperations = snapshot.helperPodOperations
        containerFileRuns = snapshot.containerFileRuns
        openFileRuns = snapshot.openFileRuns
        endpointsTriggerTimes = snapshot.endpointsTriggerTimes
        fieldManagers = snapshot.fieldManagers
        staticPods = snapshot.staticPods
        openAPIOrigin = (snapshot.openAPI, store.writeCount(of: .customResourceDefinitions))
    }

    /// Everything the cluster holds, as a value: objects, clock, random state, kubelet state.
    /// Restoring a world once and starting each lab from its snapshot makes new labs cheap.
    public var snapshot: Snapshot {
        Snapshot(
            settings: settings, runtime: runtime, nodeResolvConf: nodeResolvConf, store: store, clock: clock,
            names: names, stoppingPods: stoppingPods, nodeImages: nodeImages, probeWorkers: probeWorkers,
            wakeups: wakeups, ipam: ipam, nodeContainers: nodeContainers, quiescentRevision: quiescentRevision,
            schedulerStartIndex: schedulerStartIndex, schedulerCache: schedulerCache, schedulingNodeCache: schedulingNodeCache,
            schedulerInstanceCache: schedulerInstanceCache, quietClaims: quietClaims, journalCursors: journalCursors,
            ownership: ownership,
            kubeletsNeedFullScan: kubeletsNeedFullScan, outage: outage, eventCorrelator: eventCorrelator,
            eventLeasesRenewedAt: eventLeasesRenewedAt, failedDaemonPodsBackoff: failedDaemonPodsBackoff,
            controllerClients: controllerClients, jobReleasedPods: jobReleasedPods, podGCQuarantines: podGCQuarantines,
            disruptionSyncs: disruptionSyncs,
            autoscalerHistories: autoscalerHistories, containerEnvironments: containerEnvironments,
            kubeProxyStarts: kubeProxyStarts, kubeletLogs: kubeletLogs, podStartupPulls: podStartupPulls, processLogs: processLogs,
            helperPodOperations: helperPodOperations,
            containerFileRuns: containerFileRuns, openFileRuns: openFileRuns,
            endpointsTriggerTimes: endpointsTriggerTimes, fieldManagers: fieldManagers, staticPods: staticPods,
            openAPI: SharedOpenAPICache())
    }

    /// A cluster's whole state as a value.
    public struct Snapshot: Sendable {
        let settings: ClusterSettings
        let runtime: RuntimeSettings
        let nodeResolvConf: String
        let store: ObjectStore
        let clock: VirtualClock
        let names: NameGenerator
        let stoppingPods: [String: Timestamp]
        let nodeImages: [String: Set<String>]
        let probeWorkers: [String: ProbeWorker]
        let wakeups: WakeupTable
        let ipam: PodIPAM
        let nodeContainers: [String: NodeContainer]
        let quiescentRevision: Int
        let schedulerStartIndex: Int
        let schedulerCache: SchedulerCache?
        let schedulingNodeCache: (nodeWrites: Int, nodes: [SchedulingNode], rooms: [NodeRoom])?
        let schedulerInstanceCache: (podWrites: Int, instance: String)?
        let quietClaims: [ClaimScope: ClaimScope.Writes]
        let journalCursors: [ControlLoop: Int]
        let ownership: OwnershipIndex
        let kubeletsNeedFullScan: Bool
        let outage: ControlPlaneOutage?
        let eventCorrelator: EventCorrelator
        let eventLeasesRenewedAt: Timestamp?
        let failedDaemonPodsBackoff: FailedPodsBackoff
        let controllerClients: [String: ClientRateLimiter]
        let jobReleasedPods: Set<String>
        let podGCQuarantines: [String: Timestamp]
        let disruptionSyncs: [String: DisruptionSync]
        let autoscalerHistories: [String: AutoscalerHistory]
        let containerEnvironments: [String: OrderedDictionary<String, String>]
        let kubeProxyStarts: [String: KubeProxyStart]
        let kubeletLogs: [String: [KubeletLogRecord]]
        let podStartupPulls: [String: PodStartupPulls]
        let processLogs: [String: [LogEntry]]
        let helperPodOperations: [String: HelperPodOperation]
        let containerFileRuns: [ContainerFileRun]
        let openFileRuns: Set<Int>
        let endpointsTriggerTimes: [String: EndpointsTriggerTimes]
        let fieldManagers: [String: [ManagedFieldsEntry]]
        let staticPods: StaticPodBook
        /// The OpenAPI documents the clusters started from this snapshot build.
        let openAPI: SharedOpenAPICache
    }

    public var now: Timestamp { clock.now }

    /// `now` as the API writes times (`2024-05-01T10:00:00Z`), written once per moment: the
    /// objects and events of one moment all carry it.
    var nowRFC3339: String {
        if let cached = nowTextCache, cached.time == now { return cached.text }
        let text = now.rfc3339
        nowTextCache = (now, text)
        return text
    }

    /// Objects of `type`, in one namespace or all, ordered by namespace then name.
    /// A type asked for in another served version lists its objects converted to that version.
    public func list(_ type: ResourceType, namespace: String? = nil, selector: LabelSelector = LabelSelector()) -> [KubeObject] {
        if let answered = answeredOnRead(type, namespace: type.namespaced ? namespace : nil) {
            return selector.isEmpty ? answered : answered.filter { selector.matches($0) }
        }
        let stored = storageType(of: type)
        let objects = store.list(stored, namespace: type.namespaced ? namespace : nil)
        let selected = selector.isEmpty ? objects : objects.filter { selector.matches($0) }
        return stored == type ? selected : selected.map { converted($0, to: type) }
    }

    public func get(_ type: ResourceType, namespace: String?, name: String) throws(APIError) -> KubeObject {
        if let answered = answeredOnRead(type, namespace: type.namespaced ? namespace : nil) {
            guard let object = answered.first(where: { $0.name == name }) else { throw .notFound(type, name) }
            return object
        }
        let stored = storageType(of: type)
        guard let object = store.get(stored, namespace: type.namespaced ? namespace : nil, name: name) else {
            throw .notFound(type, name)
        }
        return stored == type ? object : converted(object, to: type)
    }

    /// The apiserver's human-readable table for `objects` of one type, as of now. It prints
    /// from the stored objects whatever version they were asked for in.
    public func table(_ type: ResourceType, _ objects: [KubeObject]) -> Table {
        let stored = storageType(of: type)
        let objects = stored == type ? objects : objects.map { lookup(stored, $0.namespace, $0.name) ?? $0 }
        // A Scale is served by its workload's scale subresource, with a table of its own.
        if stored != Self.scales, !ResourceType.served.contains(stored) { return customResourceTable(stored, objects) }
        return ServerTables.table(for: stored, objects: objects, now: now)
    }

    /// The served resource type of an object's `apiVersion` and `kind`.
    public func resourceType(apiVersion: String, kind: String) -> ResourceType? {
        ResourceType.served.first { $0.kind == kind && $0.apiVersion == apiVersion }
            ?? customResourceTypes.first { $0.kind == kind && $0.apiVersion == apiVersion }
            ?? (ResourceType.eventsV1.kind == kind && ResourceType.eventsV1.apiVersion == apiVersion ? .eventsV1 : nil)
            ?? ResourceType.otherVersions.first { $0.kind == kind && $0.apiVersion == apiVersion }
    }

    func lookup(_ type: ResourceType, _ namespace: String?, _ name: String) -> KubeObject? {
        store.get(type, namespace: type.namespaced ? namespace : nil, name: name)
    }
}
