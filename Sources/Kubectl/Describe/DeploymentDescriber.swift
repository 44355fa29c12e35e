import Cluster
import KubeAPI
import OrderedCollections

/// `describeDeployment`: the spec's strategy, its pod template, conditions and ReplicaSets.
enum DeploymentDescriber {
    static func describe(_ deployment: KubeObject, _ context: DescribeContext) -> String {
        let spec = deployment.value["spec"]
        let status = deployment.value["status"]
        var w = DescribeWriter()
        w.header(
            deployment, then: ("CreationTimestamp", DescribeTime.rfc1123Z(deployment.metadata["creationTimestamp"])))
        w.field(0, "Selector", TableCells.selectorString(spec["selector"]) ?? "")
        w.field(
            0, "Replicas",
            "\(spec["replicas"].int ?? 0) desired | \(status["updatedReplicas"].int ?? 0) updated | "
                + "\(status["replicas"].int ?? 0) total | \(status["availableReplicas"].int ?? 0) available | "
                + "\(status["unavailableReplicas"].int ?? 0) unavailable")
        w.field(0, "StrategyType", spec["strategy"]["type"].text)
        w.field(0, "MinReadySeconds", "\(spec["minReadySeconds"].int ?? 0)")
        let rolling = spec["strategy"]["rollingUpdate"]
        if !rolling.isNull {
            w.field(
                0, "RollingUpdateStrategy",
                "\(rolling["maxUnavailable"].text) max unavailable, \(rolling["maxSurge"].text) max surge")
        }
        PodTemplateDescriber.describe(spec["template"], into: &w)
        WorkloadConditions.write(status["conditions"].array, into: &w)
        let (old, new) = replicaSets(of: deployment, context)
        if !old.isEmpty || new != nil {
            w.field(0, "OldReplicaSets", summary(old))
            w.field(0, "NewReplicaSet", summary(new.map { [$0] } ?? []))
        }
        w.events(context.events(for: deployment), context: context)
        return w.finish()
    }

    /// The ReplicaSets the deployment controls: the one whose template is the deployment's
    /// (ignoring the pod-template-hash label, the oldest such first) and the others.
    static func replicaSets(of deployment: KubeObject, _ context: DescribeContext) -> (
        old: [KubeObject], new: KubeObject?
    ) {
        let selector = LabelSelector(json: deployment.value["spec"]["selector"])
        let owned = context.list(.replicaSets, namespace: deployment.namespace, selector: selector)
            .filter { $0.controllerUID == deployment.uid }
        let template = deployment.value["spec"]["template"]
        let new = owned.enumerated().sorted { a, b in
            let (x, y) = (
                a.element.creationTimestamp ?? Timestamp(seconds: 0),
                b.element.creationTimestamp ?? Timestamp(seconds: 0)
            )
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element).first { replicaSet in
            var candidate = replicaSet.value["spec"]["template"]
            candidate[path: "metadata.labels.pod-template-hash"] = .null
            if candidate["metadata"]["labels"].object.isEmpty { candidate[path: "metadata.labels"] = .null }
            return candidate.isEquivalent(to: template)
        }
        return (owned.filter { $0.uid != new?.uid }, new)
    }

    /// `name (2/2 replicas created), ...` or `<none>`.
    private static func summary(_ replicaSets: [KubeObject]) -> String {
        let list = replicaSets.map {
            "\($0.name) (\($0.value["status"]["replicas"].int ?? 0)/\($0.value["spec"]["replicas"].int ?? 0) replicas created)"
        }
        return list.isEmpty ? "<none>" : list.joined(separator: ", ")
    }
}

/// The `Type  Status  Reason` table of Deployments and ReplicaSets.
enum WorkloadConditions {
    static func write(_ conditions: [JSONValue], into w: inout DescribeWriter) {
        guard !conditions.isEmpty else { return }
        w.write(0, "Conditions:\n  Type\tStatus\tReason\n")
        w.write(1, "----\t------\t------\n")
        for condition in conditions {
            w.write(1, "\(condition["type"].text) \t\(condition["status"].text)\t\(condition["reason"].text)\n")
        }
    }
}
