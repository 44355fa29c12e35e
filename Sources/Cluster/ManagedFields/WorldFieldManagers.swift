import KubeAPI
import OrderedCollections

/// The managed fields a world object carries from before the lab began, derived from what it
/// holds and who wrote it: its creator owns the fields it has (a mirror pod's is its kubelet,
/// an owned object's its controller, any other the world's creator rules say), later writers
/// the fields the world's rules give them, and the component that keeps its kind's status the
/// status, through the status subresource, dated by the newest time the status holds.
struct WorldFieldManagers {
    var rules: WorldFieldManagerRules
    var meta: PatchMeta

    func entries(of object: KubeObject) -> [ManagedFieldsEntry] {
        let created = object.metadata["creationTimestamp"].string.flatMap(Timestamp.init(rfc3339:)) ?? Timestamp(seconds: 0)
        let creator = Self.creator(of: object, rules: rules)
        let unowned = Self.apiserverSet(object, creator: creator)
        let main = AdmissionSetFields.removing(unowned + AdmissionSetFields.paths(of: object), from: owned(object, scope: .main))
        // Each path goes to the last writer whose fields hold it; the rest is the creator's.
        var byManager: [String: Set<FieldPath>] = [:]
        let writers = rules.writers.filter { $0.match.matches(object) }
        for path in main {
            let writer = writers.last { writer in
                writer.fields.contains { fields in path.starts(with: fields.map(PathElement.field)) }
            }
            byManager[writer?.manager ?? creator, default: []].insert(path)
        }
        // A map or struct made only for one writer's fields is that writer's too.
        for (manager, paths) in byManager where manager != creator {
            for path in paths {
                for length in stride(from: path.count - 1, through: 1, by: -1) {
                    let node = Array(path.prefix(length))
                    guard byManager[creator]?.contains(node) == true,
                        !(byManager[creator] ?? []).contains(where: { $0.count > node.count && $0.starts(with: node) })
                    else { break }
                    byManager[creator]?.remove(node)
                    byManager[manager, default: []].insert(node)
                }
            }
        }
        // A later writer's entry is as old as the newest time it wrote, if it wrote one.
        let values = FieldValues(object.value, meta: meta).leaves
        var entries = byManager.map { manager, paths in
            let written = manager == creator ? nil : paths.compactMap { values[$0].flatMap(Self.newestTime) }.max()
            return ManagedFieldsEntry(
                manager: manager, operation: .update, apiVersion: object.apiVersion, time: max(written ?? created, created),
                fields: FieldSet(paths))
        }
        if let statusWriter = Self.statusWriters[object.kind] {
            let status = AdmissionSetFields.removing(unowned, from: owned(object, scope: .status))
                .subtracting([[.field("status")]])
                // A bound pod's conditions began with the binding's, so the list is not the status writer's.
                .subtracting(creator == "kubelet" || object.kind != "Pod" ? [] : [[.field("status"), .field("conditions")]])
            let time = Self.newestTime(in: object.value["status"]).map { max($0, created) } ?? created
            entries.append(
                ManagedFieldsEntry(
                    manager: statusWriter, operation: .update, apiVersion: object.apiVersion, subresource: "status",
                    time: time, fields: FieldSet(status)))
        }
        return entries.filter { !$0.fields.isEmpty }.sorted(by: ManagedFieldsEntry.precedes)
    }

    /// What an update from the type's zero value to the object owns in one scope.
    private func owned(_ object: KubeObject, scope: FieldValues.Scope) -> Set<FieldPath> {
        let type = ResourceType.served.first { $0.kind == object.kind && $0.apiVersion == object.apiVersion }
        let zero = type.map { ZeroObject.of(object, as: $0) } ?? ["metadata": .emptyObject]
        let before = FieldValues(zero, meta: meta, scope: scope)
        let after = FieldValues(object.value, meta: meta, scope: scope)
        let comparison = FieldComparison(from: before, to: after)
        return comparison.changed.union(FieldSet(after.nodes.subtracting(before.nodes))).paths
    }

    /// Who created an object: a mirror pod's kubelet, an owned object's controller, else the rules'.
    static func creator(of object: KubeObject, rules: WorldFieldManagerRules) -> String {
        if object.kind == "Pod", object.annotations["kubernetes.io/config.mirror"] != nil { return "kubelet" }
        if object.metadata["ownerReferences"].array.contains(where: { $0["controller"].bool == true }) {
            return "kube-controller-manager"
        }
        return rules.creator(of: object) ?? "kubeadm"
    }

    /// Fields the apiserver sets itself, past any field manager: a pod's binding (its node and
    /// `PodScheduled`) unless its kubelet made it, and its QoS class.
    static func apiserverSet(_ object: KubeObject, creator: String) -> [FieldPath] {
        guard object.kind == "Pod" else { return [] }
        var paths: [FieldPath] = [[.field("status"), .field("qosClass")]]
        if creator != "kubelet" {
            paths.append([.field("spec"), .field("nodeName")])
            paths.append([.field("status"), .field("conditions"), .key([.init(name: "type", json: "\"PodScheduled\"")])])
        }
        return paths
    }

    /// The component that writes each kind's status subresource.
    static let statusWriters: [String: String] = [
        "Pod": "kubelet", "Node": "kubelet",
        "Deployment": "kube-controller-manager", "ReplicaSet": "kube-controller-manager",
        "DaemonSet": "kube-controller-manager", "StatefulSet": "kube-controller-manager",
        "Job": "kube-controller-manager", "CronJob": "kube-controller-manager",
        "ReplicationController": "kube-controller-manager", "HorizontalPodAutoscaler": "kube-controller-manager",
        "PodDisruptionBudget": "kube-controller-manager", "ResourceQuota": "kube-controller-manager",
        "PersistentVolume": "kube-controller-manager", "PersistentVolumeClaim": "kube-controller-manager",
        "CustomResourceDefinition": "kube-apiserver", "APIService": "kube-apiserver",
        "FlowSchema": "api-priority-and-fairness-config-consumer-v1",
        "PriorityLevelConfiguration": "api-priority-and-fairness-config-consumer-v1",
    ]

    /// The newest RFC 3339 time anywhere in a value.
    static func newestTime(in value: JSONValue) -> Timestamp? {
        switch value {
        case .string(let text): return text.count >= 20 ? Timestamp(rfc3339: text) : nil
        case .array(let items): return items.compactMap(newestTime).max()
        case .object(let members): return members.values.compactMap(newestTime).max()
        default: return nil
        }
    }
}
