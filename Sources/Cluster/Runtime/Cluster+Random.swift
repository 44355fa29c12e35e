extension Cluster {
    /// A pick in `0..<count` from the cluster's seeded source, for the apiserver's own random
    /// choices (`math/rand` in Go), such as the endpoint a Service's proxy subresource reaches.
    public func randomIndex(below count: Int) -> Int { names.randomIndex(below: count) }
}
