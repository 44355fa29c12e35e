/// How many feasible nodes the scheduler looks for before it stops filtering
/// (`percentageOfNodesToScore`, adaptive by default): every node in clusters under 100 nodes,
/// else 50% less 1% per 125 nodes, never under 5% nor under 100 nodes.
enum NodeSampling {
    static let minimumNodes = 100

    static func feasibleNodesToFind(among total: Int) -> Int {
        guard total >= minimumNodes else { return total }
        let percentage = max(5, 50 - total / 125)
        return max(minimumNodes, total * percentage / 100)
    }
}
