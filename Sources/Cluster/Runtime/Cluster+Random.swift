extension Cluster {
    /// A pick in `0..<count` from the cluster's seeded source, for the apiserver's own random
    /// choices (`math/rand` in Go), such as the endpoint a Service's proxy subresource reaches.
    public func randomIndex(below count: Int) -> Int { names.randomIndex(below: count) }
}

extension Cluster {
    /// `items` in the order a Go program ranging over a map of them meets them: a new random
    /// order each time (Fisher-Yates over the cluster's seeded source), the same for the same history.
    func inGoMapOrder<Item>(_ items: [Item]) -> [Item] {
        var shuffled = items
        var index = shuffled.count - 1
        while index > 0 {
            shuffled.swapAt(index, randomIndex(below: index + 1))
            index -= 1
        }
        return shuffled
    }
}
