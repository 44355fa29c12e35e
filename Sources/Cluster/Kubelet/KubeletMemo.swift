/// What the kubelets work out again and again from inputs that seldom change, kept once worked
/// out. Derived state only: a cluster made from a snapshot starts with it empty.
struct KubeletMemo {
    /// The facts of each image name, as pod specs write it (`KubeletImageFacts`).
    var images: [String: KubeletImageFacts] = [:]
    /// The process each command on each image runs (`Cluster.process(of:in:)`); forgotten
    /// all at once when `processesKept` are held.
    var processes: [ProcessKey: ContainerProcess] = [:]
    static let processesKept = 4096
    /// Each scope's service link variables, as of `serviceWrites` (`Cluster+ServiceLinks.swift`).
    var serviceLinks: [ServiceLinkScope: [String: String]] = [:]
    /// The count of Service writes `serviceLinks` were worked out at.
    var serviceWrites = -1
    /// The steps each pod has had scheduled, by pod UID (`Cluster+KubeletStepIndex.swift`).
    var steps: [String: KubeletSteps] = [:]
    /// Whether `steps` holds those pending in the wake-ups the cluster was made with.
    var stepsIndexed = false

    /// Whose service links a pod gets: its namespace's and `kubernetes`, or only `kubernetes`.
    struct ServiceLinkScope: Hashable {
        var namespace: String
        var enableLinks: Bool
    }

    /// What a container's process is worked out from.
    struct ProcessKey: Hashable {
        var image: String
        var command: [String]
        var args: [String]
        var environment: [String: String]
    }
}
