/// kube-controller-manager's node IPAM (`--allocate-node-cidrs`, the range allocator): it cuts
/// the cluster CIDR into blocks of `--node-cidr-mask-size` and gives each new node the first free
/// block from where the last search stopped (`cidrset.AllocateNext`), going round. A deleted
/// node's block is free again; the position is kept in memory, so it starts over at 0 each time
/// the controller manager starts.
struct NodeCIDRAllocator: Sendable, Equatable {
    var clusterCIDR: CIDR
    var maskSize: Int
    /// Where the next search starts, as a block index.
    var nextCandidate = 0

    /// The next free block, given the blocks the existing nodes hold; nil when all are taken.
    mutating func allocate(taken: [String]) -> String? {
        guard maskSize >= clusterCIDR.prefix, maskSize <= 32 else { return nil }
        let blockSize = UInt64(1) << UInt64(32 - maskSize)
        let count = Int(min(UInt64(clusterCIDR.size), UInt64(1) << 32) / blockSize)
        guard count > 0 else { return nil }
        let used = Set(taken.compactMap(CIDR.init).filter { $0.prefix == maskSize && clusterCIDR.contains($0.base) }
            .map { Int(UInt64($0.base.value - clusterCIDR.base.value) / blockSize) })
        var candidate = nextCandidate % count
        for _ in 0..<count {
            if !used.contains(candidate) {
                nextCandidate = (candidate + 1) % count
                let base = IPv4(clusterCIDR.base.value + UInt32(UInt64(candidate) * blockSize))
                return "\(base)/\(maskSize)"
            }
            candidate = (candidate + 1) % count
        }
        return nil
    }

    /// The controller manager starts again: the search starts from the first block.
    mutating func restart() { nextCandidate = 0 }

    /// The allocator as kube-controller-manager's manifest configures it, from its flags.
    init?(controllerManagerManifest manifest: String) {
        func flag(_ name: String) -> String? {
            // A command line in the YAML list: `    - --name=value`.
            let key = "\(name)="
            return manifest.split(separator: "\n").lazy.compactMap { line -> String? in
                let word = String(line).trimmingCharacters(in: " -\"'")
                return word.hasPrefix(key) ? String(word.dropFirst(key.count)) : nil
            }.first
        }
        guard flag("allocate-node-cidrs") == "true", let cidr = flag("cluster-cidr").flatMap(CIDR.init),
            let mask = flag("node-cidr-mask-size").flatMap(Int.init)
        else { return nil }
        self.clusterCIDR = cidr
        self.maskSize = mask
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
