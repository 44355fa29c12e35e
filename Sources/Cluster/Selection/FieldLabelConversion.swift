import KubeAPI

/// Which fields the apiserver lets a field selector name, kind by kind (the scheme's field label
/// conversion functions), and the error each kind gives for any other field.
///
/// Kinds without a conversion of their own (Deployments, ReplicaSets, DaemonSets, ...) get
/// `DefaultMetaV1FieldSelectorConversion`: only `metadata.name` and `metadata.namespace`.
enum FieldLabelConversion {
    /// The field `label` stands for (`spec.host` is an old name of `spec.nodeName`), or the
    /// conversion's error message.
    static func convert(_ label: String, kind: String, group: String) -> Result<String, Refusal> {
        let rules = rulesByKind[group.isEmpty ? kind : "\(kind).\(group)"] ?? defaultRules
        if let renamed = rules.renamed[label] { return .success(renamed) }
        return rules.accepted.contains(label) ? .success(label) : .failure(Refusal(message: rules.refusal(label)))
    }

    struct Refusal: Error {
        var message: String
    }

    private struct Rules {
        var accepted: Set<String>
        var renamed: [String: String] = [:]
        var refusal: @Sendable (String) -> String = { "field label not supported: \($0)" }
    }

    private static let meta: Set<String> = ["metadata.name", "metadata.namespace"]

    private static let defaultRules = Rules(accepted: meta) { label in
        "\(GoSyntax.quoted(label)) is not a known field selector: only \"metadata.name\", \"metadata.namespace\""
    }

    private static let rulesByKind: [String: Rules] = [
        "Pod": Rules(
            accepted: meta.union([
                "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
                "spec.hostNetwork", "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName",
            ]),
            renamed: ["spec.host": "spec.nodeName"]),
        "Node": Rules(accepted: ["metadata.name", "spec.unschedulable"]),
        "ReplicationController": Rules(accepted: meta.union(["status.replicas"])),
        "Event": Rules(
            accepted: meta.union([
                "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
                "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
                "reportingComponent", "source", "type",
            ])),
        "Namespace": Rules(accepted: ["metadata.name", "status.phase"]),
        "Secret": Rules(accepted: meta.union(["type"])),
        "Service": Rules(accepted: meta.union(["spec.clusterIP", "spec.type"])),
        "Job.batch": Rules(accepted: meta.union(["status.successful"])) { label in
            "field label \(GoSyntax.quoted(label)) not supported for batchv1.Job"
        },
    ]
}
