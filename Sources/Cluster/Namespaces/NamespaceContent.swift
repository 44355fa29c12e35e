import KubeAPI

/// What one pass of the namespace controller left behind (`allGVRDeletionMetadata`): how many
/// objects of each resource, held by which finalizers, how long to wait, and what failed.
struct NamespaceContent {
    /// `pods.` and `deployments.apps`, as the conditions name them, with their counts.
    private(set) var remaining: [String: Int] = [:]
    private(set) var finalizers: [String: Int] = [:]
    private(set) var estimate: Int64 = 0
    private(set) var errors: [String] = []

    /// Records what remains of one resource after its deletion (`deleteAllContentForGroupVersionResource`).
    mutating func tally(_ type: ResourceType, remaining objects: [KubeObject], estimate gvrEstimate: Int64, namespace: String) {
        guard !objects.isEmpty else { return }
        remaining["\(type.plural).\(type.group)", default: 0] += objects.count
        var held: [String: Int] = [:]
        for object in objects {
            for finalizer in object.finalizerNames { held[finalizer, default: 0] += 1 }
        }
        finalizers.merge(held, uniquingKeysWith: +)
        if gvrEstimate != 0 {
            estimate = max(estimate, gvrEstimate)
        } else if !held.isEmpty {
            estimate = max(estimate, Self.finalizerEstimateSeconds)
        } else {
            errors.append(
                "unexpected items still remain in namespace: \(namespace) for gvr: \(type.group)/\(type.version), Resource=\(type.plural)")
        }
    }

    /// How long to assume finalizers take (`finalizerEstimateSeconds`).
    static let finalizerEstimateSeconds: Int64 = 15
}
