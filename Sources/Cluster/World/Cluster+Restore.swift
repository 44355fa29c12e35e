import KubeAPI

extension Cluster {
    /// A cluster in the state the world describes at its start: every object stored, and the
    /// status of nodes and pods rebuilt from the timeline (creation, then each host reboot).
    public convenience init(world: World, seed: UInt64 = 303) {
        self.init(
            settings: world.settings, runtime: world.runtime, nodeResolvConf: world.nodeResolvConf,
            start: world.timeline.start, seed: seed)
        restoring = true
        defer { restoring = false }
        let ordered = Self.inRestoreOrder(world.objects)
        // Nodes hold images by their canonical references, as pulls record them.
        let presentImages = Set(world.presentImages.map { ImageReference($0).canonical })
        var memo = PodStatusWriter.RestoreMemo()
        let nodeFiles = world.host.nodeFiles
        ipam.nodeCIDRs = nodeFiles.first { $0.path == Self.controllerManagerManifestPath }
            .flatMap { NodeCIDRAllocator(controllerManagerManifest: $0.content) }
        for object in ordered {
            restore(object, timeline: world.timeline, presentImages: presentImages, nodeFiles: nodeFiles, memo: &memo)
        }
        reconcile()
        markWorldObjects()
    }

    /// Owners before the objects they own, so owner references can be resolved; objects of one
    /// rank keep the world's order. Custom resources follow their definitions. The control
    /// plane's own records come last: leases are written again every few seconds, so they hold
    /// the newest resource versions.
    private static func inRestoreOrder(_ objects: [KubeObject]) -> [KubeObject] {
        let ranks = [
            "Namespace", "Node", "Deployment", "ReplicaSet", "DaemonSet", "ControllerRevision", "Service", "Endpoints", "Pod",
            "CustomResourceDefinition", customResourceRank, "APIService", "CSINode", "Lease",
        ]
        var byRank = [[KubeObject]](repeating: [], count: ranks.count)
        for object in objects {
            let builtIn = ResourceType.served.contains { $0.kind == object.kind && $0.apiVersion == object.apiVersion }
            let rank = ranks.firstIndex(of: builtIn ? object.kind : customResourceRank) ?? 2
            byRank[rank].append(object)
        }
        return Array(byRank.joined())
    }

    private static let customResourceRank = "(custom resources)"
    static let controllerManagerManifestPath = "/etc/kubernetes/manifests/kube-controller-manager.yaml"

    private func restore(
        _ object: KubeObject, timeline: Timeline, presentImages: Set<String>, nodeFiles: [HostFile],
        memo: inout PodStatusWriter.RestoreMemo
    ) {
        guard let type = resourceType(apiVersion: object.apiVersion, kind: object.kind) else { return }
        var object = object
        object[path: "metadata.ownerReferences"] = .array(object.metadata["ownerReferences"].array.map { ref in
            var ref = ref
            let ownerType = storedResourceTypes.first { $0.kind == ref["kind"].string }
            if let ownerType, let owner = lookup(ownerType, object.namespace, ref["name"].string ?? "") {
                ref["uid"] = .string(owner.uid)
            }
            return ref
        })
        if object.metadata["ownerReferences"].array.isEmpty { object[path: "metadata.ownerReferences"] = .null }
        guard var admitted = try? admit(object, as: type) else { return }
        let boots = Self.boots(since: admitted.creationTimestamp ?? timeline.created, timeline: timeline)
        switch type {
        case .nodes:
            admitted.value["status"] = NodeStatusWriter.status(admitted, bootedAt: boots.last ?? timeline.created, now: now)
            ipam.addNode(admitted.name, podCIDR: admitted[path: "spec.podCIDR"].string ?? "")
            nodeImages[admitted.name] = presentImages
            var container = NodeContainer(startedAt: boots.last ?? timeline.created)
            container.registration = KubeletRegistration.node(from: admitted, nodeFiles: nodeFiles)
            container.starts = boots.count
            nodeContainers[admitted.name] = container
        case .pods:
            let node = admitted.nodeName.flatMap { lookup(.nodes, nil, $0) }
            admitted = PodStatusWriter.restored(
                admitted, node: node, boots: boots, startupSeconds: runtime.imagePresentSeconds, names: &names,
                memo: &memo)
            if let node, admitted[path: "spec.hostNetwork"].bool != true, let ip = admitted[path: "status.podIP"].string {
                ipam.reserve(ip, on: node.name)
            }
        default:
            break
        }
        store.put(type, admitted, keepingVersion: true)
    }

    /// When the object's containers last (re)started: its creation, then every later reboot.
    private static func boots(since created: Timestamp, timeline: Timeline) -> [Timestamp] {
        [created] + timeline.reboots.filter { $0 > created && $0 <= timeline.start }
    }
}
