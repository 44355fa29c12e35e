import KubeAPI

/// A DaemonSet's history as ControllerRevisions named `<set>-<hash>` (`constructHistory`,
/// `snapshot`, `cleanupHistory` in the daemon controller's `update.go`).
extension Cluster {
    /// The revision of the set's current template (made or renumbered as needed) and the older ones.
    func daemonSetHistory(_ spec: DaemonSetSpec) -> (current: KubeObject, old: [KubeObject]) {
        let ds = spec.object
        let data = Self.revisionData(ds[path: "spec.template"])
        var matching: [KubeObject] = []
        var old: [KubeObject] = []
        for var revision in ownedRevisions(of: ds) {
            if revision.labels[DaemonSetRevisionLabels.hash] == nil {
                revision[path: "metadata.labels"] = .stringMap(
                    revision.labels.merging([DaemonSetRevisionLabels.hash: revision.name]) { $1 })
                revision = store.put(.controllerRevisions, revision)
            }
            if revision.value["data"].sortedKeys == data { matching.append(revision) } else { old.append(revision) }
        }
        let next = (old.map { $0[path: "revision"].int ?? 0 }.max() ?? 0) + 1
        guard var current = matching.max(by: { ($0[path: "revision"].int ?? 0) < ($1[path: "revision"].int ?? 0) })
        else {
            return (snapshotDaemonSet(ds, data: data, revision: next), old)
        }
        for duplicate in matching where duplicate.name != current.name {
            store.remove(.controllerRevisions, namespace: duplicate.namespace, name: duplicate.name)
        }
        if (current[path: "revision"].int ?? 0) < next {
            current.value["revision"] = .int(next)
            current = store.put(.controllerRevisions, current)
        }
        return (current, old)
    }

    /// `cleanupHistory`: the oldest revisions no live pod uses, beyond `revisionHistoryLimit`.
    func cleanUpDaemonSetHistory(_ spec: DaemonSetSpec, old: [KubeObject], pods: [KubeObject]) {
        var toKill = old.count - spec.revisionHistoryLimit
        guard toKill > 0 else { return }
        let live = Set(pods.compactMap { $0.labels[DaemonSetRevisionLabels.hash] })
        for revision in old.sorted(by: { ($0[path: "revision"].int ?? 0) < ($1[path: "revision"].int ?? 0) }) {
            guard toKill > 0 else { break }
            if let hash = revision.labels[DaemonSetRevisionLabels.hash], live.contains(hash) { continue }
            store.remove(.controllerRevisions, namespace: revision.namespace, name: revision.name)
            toKill -= 1
        }
    }

    /// `snapshot`: a new revision of the set's template, its name made unique by the collision count.
    private func snapshotDaemonSet(_ ds: KubeObject, data: JSONValue, revision number: Int) -> KubeObject {
        var collisionCount = ds[path: "status.collisionCount"].int
        var hash = PodTemplateHash.of(ds[path: "spec.template"], collisionCount: collisionCount)
        while lookup(.controllerRevisions, ds.namespace, "\(ds.name)-\(hash)") != nil {
            collisionCount = (collisionCount ?? 0) + 1
            hash = PodTemplateHash.of(ds[path: "spec.template"], collisionCount: collisionCount)
        }
        if let collisionCount, collisionCount != ds[path: "status.collisionCount"].int {
            var counted = ds
            counted[path: "status.collisionCount"] = .int(collisionCount)
            save(.daemonSets, counted)
        }
        var revision = KubeObject(["apiVersion": "apps/v1", "kind": "ControllerRevision"])
        revision.name = "\(ds.name)-\(hash)"
        revision.namespace = ds.namespace
        revision[path: "metadata.labels"] = .stringMap(
            ds[path: "spec.template.metadata.labels"].stringMap.merging([DaemonSetRevisionLabels.hash: hash]) { $1 })
        if !ds.annotations.isEmpty { revision[path: "metadata.annotations"] = .stringMap(ds.annotations) }
        revision[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: ds.apiVersion, kind: ds.kind, name: ds.name, uid: ds.uid).json
        ]
        revision.value["data"] = data
        revision.value["revision"] = .int(number)
        return createOwned(revision, as: .controllerRevisions) ?? revision
    }

    /// The ControllerRevisions `owner` controls, oldest first.
    func ownedRevisions(of owner: KubeObject) -> [KubeObject] {
        list(.controllerRevisions, namespace: owner.namespace ?? "default")
            .filter { $0.controllerUID == owner.uid }
            .sorted { ($0[path: "revision"].int ?? 0, $0.name) < ($1[path: "revision"].int ?? 0, $1.name) }
    }
}
