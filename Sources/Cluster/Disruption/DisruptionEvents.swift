import KubeAPI

/// What the disruption controller remembers of a budget from its last sync: the budget's
/// resource version and the resource version of each pod it selected. Its work queue gets a
/// budget when the budget is written (its own status writes too) and when one of its pods is
/// added, changed or deleted; a sync runs then, and each sync records its events again.
struct DisruptionSync: Sendable, Equatable {
    var budgetVersion: Int
    var pods: [String: Int]

    init(budget: KubeObject, pods: [KubeObject]) {
        budgetVersion = budget.resourceVersion
        self.pods = Dictionary(pods.map { ($0.name, $0.resourceVersion) }) { $1 }
    }
}

/// The events the disruption controller records on a budget as it syncs (`trySync`), from the
/// `controllermanager` component, with their messages.
enum DisruptionEvents {
    static let source = Cluster.EventSource(component: "controllermanager")

    static let noPods = (reason: "NoPods", message: "No matching pods found")

    static func expectedCountFailed(_ error: String) -> (reason: String, message: String) {
        ("CalculateExpectedPodCountFailed", "Failed to calculate the number of expected pods: \(error)")
    }

    static func unmanagedPods(selector: JSONValue) -> (reason: String, message: String) {
        (
            "UnmanagedPods",
            "Pods selected by this PodDisruptionBudget (selector: \(protoString(selector))) were found "
                + "to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. "
                + "To account for these pods please set \".spec.minAvailable\" field of the PDB to an integer value."
        )
    }

    /// A `*metav1.LabelSelector` as `%v` prints it: its generated `String()`, keys sorted.
    static func protoString(_ selector: JSONValue) -> String {
        guard !selector.isNull else { return "nil" }
        let labels = selector["matchLabels"].stringMap.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)," }.joined()
        let expressions = selector["matchExpressions"].array.map { requirement in
            let values = requirement["values"].array.map { $0.string ?? "" }.joined(separator: " ")
            return "LabelSelectorRequirement{Key:\(requirement["key"].string ?? ""),"
                + "Operator:\(requirement["operator"].string ?? ""),Values:[\(values)],},"
        }.joined()
        return "&LabelSelector{MatchLabels:map[string]string{\(labels)},MatchExpressions:[]LabelSelectorRequirement{\(expressions)},}"
    }
}
