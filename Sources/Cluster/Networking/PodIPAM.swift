/// host-local IPAM, as the CNI plugin runs it on each node: addresses from the node's pod CIDR,
/// handed out round-robin after the last one reserved, skipping the gateway and broadcast.
struct PodIPAM: Sendable {
    private var ranges: [String: CIDR] = [:]
    private var inUse: [String: Set<IPv4>] = [:]
    private var lastReserved: [String: IPv4] = [:]
    /// The controller manager's node IPAM, when the world has it give nodes their pod CIDRs.
    var nodeCIDRs: NodeCIDRAllocator?

    mutating func addNode(_ node: String, podCIDR: String) {
        guard let cidr = CIDR(podCIDR) else { return }
        ranges[node] = cidr
    }

    /// Records an address that is already taken (when a world is restored).
    mutating func reserve(_ address: String, on node: String) {
        guard let ip = IPv4(address), ranges[node]?.contains(ip) == true else { return }
        inUse[node, default: []].insert(ip)
        if lastReserved[node].map({ ip > $0 }) ?? true { lastReserved[node] = ip }
    }

    /// The next free address on `node`, or nil when the range is exhausted.
    mutating func allocate(on node: String) -> String? {
        guard let cidr = ranges[node], cidr.size > 4 else { return nil }
        let first = cidr.base.value + 2
        let last = cidr.base.value + cidr.size - 2
        var candidate = (lastReserved[node]?.value ?? first - 1) + 1
        for _ in first...last {
            if candidate > last || candidate < first { candidate = first }
            let ip = IPv4(candidate)
            if !(inUse[node]?.contains(ip) ?? false) {
                inUse[node, default: []].insert(ip)
                lastReserved[node] = ip
                return ip.description
            }
            candidate += 1
        }
        return nil
    }

    mutating func release(_ address: String, on node: String) {
        guard let ip = IPv4(address) else { return }
        inUse[node]?.remove(ip)
    }
}
