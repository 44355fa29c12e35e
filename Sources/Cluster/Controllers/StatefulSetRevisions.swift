import KubeAPI

/// A StatefulSet's history as ControllerRevisions named `<set>-<hash>`: one per distinct pod
/// template, the newest being the update revision (`getStatefulSetRevisions`, `truncateHistory`).
extension Cluster {
    /// The revisions a sync works with and the collision count their names were made with.
    struct StatefulSetRevisions {
        var current: KubeObject
        var update: KubeObject
        var collisionCount: Int

        /// The pod template a revision records.
        static func template(of revision: KubeObject) -> JSONValue {
            var template = revision[path: "data.spec.template"]
            template["$patch"] = nil
            return template
        }
    }

    /// Finds or creates the revision of the set's current template and the set's current revision.
    func statefulSetRevisions(_ spec: StatefulSetSpec) -> StatefulSetRevisions {
        let set = spec.object
        let history = controllerRevisions(of: set)
        let data = Self.revisionData(set[path: "spec.template"])
        var collisionCount = set[path: "status.collisionCount"].int ?? 0
        let next = (history.last?[path: "revision"].int ?? 0) + 1
        var update: KubeObject
        if let equal = history.last(where: { $0.value["data"].sortedKeys == data }) {
            update = equal
            if equal.name != history.last?.name {
                update.value["revision"] = .int(next)
                update = store.put(.controllerRevisions, update)
            }
        } else {
            var name = "\(set.name)-\(ControllerRevisionHash.of(data, collisionCount: collisionCount))"
            while lookup(.controllerRevisions, set.namespace, name) != nil {
                collisionCount += 1
                name = "\(set.name)-\(ControllerRevisionHash.of(data, collisionCount: collisionCount))"
            }
            var revision = KubeObject(["apiVersion": "apps/v1", "kind": "ControllerRevision"])
            revision.name = name
            revision.namespace = set.namespace
            let templateLabels = set[path: "spec.template.metadata.labels"].stringMap
            if !templateLabels.isEmpty { revision[path: "metadata.labels"] = .stringMap(templateLabels) }
            if !set.annotations.isEmpty { revision[path: "metadata.annotations"] = .stringMap(set.annotations) }
            revision[path: "metadata.ownerReferences"] = [
                OwnerReference(apiVersion: set.apiVersion, kind: set.kind, name: set.name, uid: set.uid).json
            ]
            revision.value["data"] = data
            revision.value["revision"] = .int(next)
            update = createOwned(revision, as: .controllerRevisions) ?? revision
        }
        let currentName = set[path: "status.currentRevision"].string
        let current = controllerRevisions(of: set).first { $0.name == currentName } ?? update
        return StatefulSetRevisions(current: current, update: update, collisionCount: collisionCount)
    }

    /// Deletes the oldest revisions no pod uses beyond `revisionHistoryLimit`.
    func truncateStatefulSetHistory(_ spec: StatefulSetSpec, pods: [KubeObject], revisions: StatefulSetRevisions) {
        var live = Set(pods.map(\.statefulSetRevision))
        live.formUnion([revisions.current.name, revisions.update.name])
        let unused = controllerRevisions(of: spec.object).filter { !live.contains($0.name) }
        for revision in unused.prefix(max(0, unused.count - spec.revisionHistoryLimit)) {
            store.remove(.controllerRevisions, namespace: revision.namespace, name: revision.name)
        }
    }

    /// The set's ControllerRevisions, oldest first.
    private func controllerRevisions(of set: KubeObject) -> [KubeObject] { ownedRevisions(of: set) }

    /// `getPatch`: the template under `spec.template`, marked to replace the whole template.
    static func revisionData(_ template: JSONValue) -> JSONValue {
        var marked = template
        marked["$patch"] = "replace"
        let data: JSONValue = ["spec": ["template": marked]]
        return data.sortedKeys
    }
}
