import KubeAPI

/// The apiserver's ClusterIP allocator in 1.32, where MultiCIDRServiceAllocator is still off by
/// default: a bitmap over the service CIDR without its network and broadcast addresses (offset 0
/// is the network address plus one), and a random scan with a static lower band.
///
/// The lower band (`min(max(16, size/16), 256)` addresses of the CIDR, none for a CIDR of 16 or
/// fewer) is kept for Services that ask for an address: a dynamic allocation draws a start in the
/// upper band and takes the first free offset from there, wrapping within the band; only when the
/// upper band is full does it draw a start in the lower band and scan that the same way.
struct ServiceIPAllocator {
    let cidr: CIDR

    /// How many addresses the bitmap covers.
    var usable: Int {
        let size = Int(min(cidr.size, 1 << 24))
        return max(0, size - 2)
    }

    /// The size of the static lower band.
    var staticBand: Int {
        let size = Int(min(cidr.size, 1 << 24))
        guard size > 16 else { return 0 }
        return min(max(16, size / 16), 256)
    }

    /// The address at bitmap offset `offset`.
    func address(at offset: Int) -> IPv4 { IPv4(cidr.base.value + 1 + UInt32(offset)) }

    /// The next address for a Service that asks for none, or nil when the range is full;
    /// `random(n)` draws from `0..<n`, once per band scanned.
    func allocateNext(used: Set<IPv4>, random: (Int) -> Int) -> IPv4? {
        let max = usable
        let offset = staticBand
        func taken(_ at: Int) -> Bool { used.contains(address(at: at)) }
        let inRange = used.filter { cidr.contains($0) }.count
        guard max > 0, inRange < max else { return nil }
        let upper = max - offset
        if upper > 0 {
            let start = random(upper)
            for i in 0..<upper {
                let at = offset + (start + i) % upper
                if !taken(at) { return address(at: at) }
            }
        }
        guard offset > 0 else { return nil }
        let start = random(offset)
        for i in 0..<offset {
            let at = (start + i) % offset
            if !taken(at) { return address(at: at) }
        }
        return nil
    }
}

extension Cluster {
    /// A free address of the service CIDR for a Service that asks for none.
    func allocateServiceIP() -> String? {
        guard let cidr = CIDR(settings.serviceCIDR) else { return nil }
        let used = Set(list(.services).compactMap { $0[path: "spec.clusterIP"].string.flatMap(IPv4.init) })
        return ServiceIPAllocator(cidr: cidr).allocateNext(used: used) { names.randomIndex(below: $0) }?.description
    }
}
