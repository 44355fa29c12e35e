/// The cluster's control loops, in the order a reconcile pass runs them.
///
/// A pass runs every loop when an object changed. When only the clock moved, it runs just the
/// loops whose wake-ups are due: a loop that asked to run at a time does its timed work then,
/// and the others have nothing new to see until an object changes.
enum ControlLoop: CaseIterable {
    case nodes, deployments, replicaSets, replicationControllers, daemonSets, statefulSets, cronJobs, jobs
    case scheduler, volumes, provisioners, kubelets, kubeProxies, events, endpoints, endpointSlices, resourceQuotas
    case disruptionBudgets
    case autoscalers, garbageCollector, namespaces, rootCAPublisher, serviceAccounts, clusterRoleAggregation
    case customResourceDefinitions, certificateSigners

    /// The field manager the loop's writes are recorded under: the component that runs it.
    var fieldManager: String {
        switch self {
        case .scheduler: "kube-scheduler"
        case .kubelets: "kubelet"
        case .kubeProxies: "kube-proxy"
        case .provisioners: "local-path-provisioner"
        case .customResourceDefinitions: "kube-apiserver"
        default: "kube-controller-manager"
        }
    }

    /// The loop that owns a wake-up key, from the key's first path segment; nil when no loop
    /// claims it (then every loop runs, to be safe).
    static func owner(ofWakeup key: String) -> ControlLoop? {
        wakeupOwners[WakeupTable.family(of: key)]
    }

    fileprivate static let wakeupOwners: [Substring: ControlLoop] = [
        "node-lifecycle": .nodes, "taint-eviction": .nodes, "kubelet-start": .nodes, "pod-gc": .nodes,
        "deployment-progress": .deployments,
        "replicaset-backoff": .replicaSets, "replicationcontroller-backoff": .replicationControllers,
        "replicaset-throttled": .replicaSets, "replicationcontroller-throttled": .replicationControllers,
        "replicaset-available": .replicaSets, "replicationcontroller-available": .replicationControllers,
        "daemonset-available": .daemonSets, "daemonset-backoff": .daemonSets,
        "daemonset-throttled": .daemonSets,
        "statefulset-available": .statefulSets, "statefulset-throttled": .statefulSets,
        "cronjob": .cronJobs,
        "job-sync": .jobs, "job-requeue": .jobs, "job-ttl": .jobs,
        "kubelet": .kubelets, "kubelet-status": .kubelets, "kubelet-runtime-back": .kubelets,
        "volume-resync": .volumes, "provisioner": .provisioners, "volume-binding": .scheduler,
        "events": .events,
        "namespace-sync": .namespaces,
        "hpa": .autoscalers,
        "disruption": .disruptionBudgets,
    ]
}

extension Cluster {
    /// Runs one loop once; reports whether it changed anything.
    func run(_ loop: ControlLoop) -> Bool {
        if let kubeletsOnly = holdWhileControlPlaneDown(loop) { return kubeletsOnly }
        return writing(as: restoring ? nil : loop.fieldManager) { runLoop(loop) }
    }

    private func runLoop(_ loop: ControlLoop) -> Bool {
        switch loop {
        case .nodes: reconcileNodes()
        case .deployments: reconcileDeployments()
        case .replicaSets: reconcileReplicaSets()
        case .replicationControllers: reconcileReplicationControllers()
        case .daemonSets: reconcileDaemonSets()
        case .statefulSets: reconcileStatefulSets()
        case .cronJobs: reconcileCronJobs()
        case .jobs: reconcileJobs()
        case .scheduler: schedulePendingPods()
        case .volumes: reconcileVolumes()
        case .provisioners: runProvisioners()
        case .kubelets: runKubelets()
        case .kubeProxies: recordKubeProxyStarts()
        case .events: expireEvents()
        case .endpoints: reconcileEndpoints()
        case .endpointSlices: reconcileEndpointSlices()
        case .resourceQuotas: reconcileResourceQuotas()
        case .disruptionBudgets: reconcileDisruptionBudgets()
        case .autoscalers: reconcileAutoscalers()
        case .garbageCollector: collectGarbage()
        case .namespaces: reconcileNamespaces()
        case .rootCAPublisher: publishRootCA()
        case .serviceAccounts: ensureDefaultServiceAccounts()
        case .clusterRoleAggregation: aggregateClusterRoles()
        case .customResourceDefinitions: reconcileDefinitions()
        case .certificateSigners: signCertificateRequests()
        }
    }

    /// The loops with a wake-up due now: all of them if a due key has no known owner.
    func loopsDue() -> [ControlLoop] {
        var due: Set<ControlLoop> = []
        if stoppingPods.values.contains(where: { $0 <= now }) { due.insert(.kubelets) }
        for segment in wakeups.segmentsDue(at: now) {
            guard let owner = ControlLoop.wakeupOwners[segment] else { return ControlLoop.allCases }
            due.insert(owner)
        }
        return ControlLoop.allCases.filter(due.contains)
    }
}
