/// What a node offers pods as most pods' filtering and scoring read it: how many pods and how
/// much CPU and memory it takes, and whether anything but room could keep a pod off. Plain
/// values, listed beside the nodes, so a search over hundreds of nodes touches no node object.
struct NodeRoom: Sendable {
    let maxPods: Int
    let allocatable: ResourceAmount
    /// Whether room alone decides if it takes a pod: it is schedulable and has no taints that keep pods off.
    let takesAnyPod: Bool
    /// Whether it has taints the scheduler only prefers to avoid, which scoring weighs.
    let hasPreferNoScheduleTaints: Bool
}
