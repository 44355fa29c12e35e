import KubeAPI

/// Properties that hold whenever the control loops have settled (every pod's node exists, or the
/// pod collector is about to delete the pod; owners' counts match what they own; resource
/// versions only grow); checked in debug builds (tests,
/// transcript replay) after every command and whenever time moves, so a controller bug fails
/// close to its source. Not after every write: a check reads every object, and a command that
/// writes thousands of objects would pay for it thousands of times.
extension Cluster {
    /// Every invariant that does not hold, each as one sentence naming the objects involved.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        let nodes = Set(list(.nodes).map(\.name))
        let pods = list(.pods)
        for pod in pods {
            // Pods of a deleted node wait out the pod collector's quarantine, or its finalizers.
            if let node = pod.nodeName, !nodes.contains(node), !isAwaitingPodGC(pod, node: node) {
                problems.append("pod \(pod.namespace ?? "")/\(pod.name) is bound to node \(node), which does not exist")
            }
        }
        for type in ResourceType.served {
            for object in list(type) where object.resourceVersion > store.revision {
                problems.append("\(type.plural) \(object.name) has resourceVersion \(object.resourceVersion) beyond the store's \(store.revision)")
            }
        }
        let podsByOwner = Dictionary(grouping: pods) { $0.controllerUID ?? "" }
        for type in [ResourceType.replicaSets, .replicationControllers] {
            for rs in list(type) {
                let active = (podsByOwner[rs.uid] ?? []).filter { $0.deletionTimestamp == nil && !$0.isFinished }.count
                if let reported = rs[path: "status.replicas"].int, reported != active {
                    problems.append(
                        "\(type.singular) \(rs.namespace ?? "")/\(rs.name) reports \(reported) replicas but owns \(active) active pods")
                }
            }
        }
        // While the control plane is down no controller runs, so owners' counts may lag behind.
        if outage == nil {
            problems += ownerCountViolations(pods: pods)
        }
        problems += keptCountViolations(pods: pods)
        if store.revision < lastCheckedRevision {
            problems.append("the store's revision went back from \(lastCheckedRevision) to \(store.revision)")
        }
        lastCheckedRevision = store.revision
        return problems
    }

    /// Deployments whose replica count is not their ReplicaSets' sum, StatefulSets whose count is
    /// not their member pods'.
    private func ownerCountViolations(pods: [KubeObject]) -> [String] {
        var problems: [String] = []
        let replicaSetsByOwner = Dictionary(grouping: list(.replicaSets)) { $0.controllerUID ?? "" }
        for deployment in list(.deployments) where deployment.deletionTimestamp == nil {
            guard let reported = deployment[path: "status.replicas"].int else { continue }
            let owned = (replicaSetsByOwner[deployment.uid] ?? []).reduce(0) { $0 + ($1[path: "status.replicas"].int ?? 0) }
            if reported != owned {
                problems.append(
                    "deployment \(deployment.namespace ?? "")/\(deployment.name) reports \(reported) replicas but its ReplicaSets have \(owned)")
            }
        }
        let podsByOwner = Dictionary(grouping: pods) { $0.controllerUID ?? "" }
        for set in list(.statefulSets) where set.deletionTimestamp == nil {
            guard let reported = set[path: "status.replicas"].int else { continue }
            let spec = StatefulSetSpec(object: set)
            let members = (podsByOwner[set.uid] ?? []).filter { spec.ordinal(of: $0) != nil }.count
            if reported != members {
                problems.append(
                    "statefulset \(set.namespace ?? "")/\(set.name) reports \(reported) replicas but owns \(members) pods")
            }
        }
        return problems
    }

    /// Stops a debug build at the first broken invariant; does nothing in release builds.
    public func assertInvariants() {
        #if DEBUG
            let problems = invariantViolations()
            precondition(problems.isEmpty, "cluster invariant broken: " + problems.joined(separator: "; "))
        #endif
    }
}
