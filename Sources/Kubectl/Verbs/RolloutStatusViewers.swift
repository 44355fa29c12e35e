import Cluster
import KubeAPI

/// kubectl's `DaemonSetStatusViewer` and `StatefulSetStatusViewer`: the line to print for a
/// DaemonSet's or StatefulSet's rollout and whether it is done (`--revision` is not used).
enum RolloutStatusViewers {
    static func daemonSet(_ ds: KubeObject) throws(KubectlFailure) -> (String, Bool) {
        guard (ds[path: "spec.updateStrategy.type"].string ?? "") == "RollingUpdate" else {
            throw .error(onlyRollingUpdate)
        }
        func count(_ key: String) -> Int { ds[path: "status.\(key)"].int ?? 0 }
        guard (ds.metadata["generation"].int ?? 0) <= count("observedGeneration") else {
            return ("Waiting for daemon set spec update to be observed...\n", false)
        }
        let desired = count("desiredNumberScheduled")
        let waiting = "Waiting for daemon set \"\(ds.name)\" rollout to finish: "
        if count("updatedNumberScheduled") < desired {
            return (
                "\(waiting)\(count("updatedNumberScheduled")) out of \(desired) new pods have been updated...\n", false
            )
        }
        if count("numberAvailable") < desired {
            return ("\(waiting)\(count("numberAvailable")) of \(desired) updated pods are available...\n", false)
        }
        return ("daemon set \"\(ds.name)\" successfully rolled out\n", true)
    }

    static func statefulSet(_ set: KubeObject) throws(KubectlFailure) -> (String, Bool) {
        guard (set[path: "spec.updateStrategy.type"].string ?? "") == "RollingUpdate" else {
            throw .error(onlyRollingUpdate)
        }
        func count(_ key: String) -> Int { set[path: "status.\(key)"].int ?? 0 }
        let observed = count("observedGeneration")
        if observed == 0 || (set.metadata["generation"].int ?? 0) > observed {
            return ("Waiting for statefulset spec update to be observed...\n", false)
        }
        let replicas = set[path: "spec.replicas"].int
        if let replicas, count("readyReplicas") < replicas {
            return ("Waiting for \(replicas - count("readyReplicas")) pods to be ready...\n", false)
        }
        let rolling = set[path: "spec.updateStrategy.rollingUpdate"]
        if !rolling.isNull {
            if let replicas, let partition = rolling["partition"].int, count("updatedReplicas") < replicas - partition {
                return (
                    "Waiting for partitioned roll out to finish: \(count("updatedReplicas")) out of \(replicas - partition) new pods have been updated...\n",
                    false
                )
            }
            return ("partitioned roll out complete: \(count("updatedReplicas")) new pods have been updated...\n", true)
        }
        let update = set[path: "status.updateRevision"].string ?? ""
        if update != (set[path: "status.currentRevision"].string ?? "") {
            return (
                "waiting for statefulset rolling update to complete \(count("updatedReplicas")) pods at revision \(update)...\n",
                false
            )
        }
        return ("statefulset rolling update complete \(count("currentReplicas")) pods at revision \(update)...\n", true)
    }

    static let onlyRollingUpdate = "rollout status is only available for RollingUpdate strategy type"
}
