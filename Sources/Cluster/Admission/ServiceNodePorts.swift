import KubeAPI

/// NodePort allocation, as the apiserver's service REST storage does it (`initNodePorts`,
/// `updateNodePorts`) over the port allocator's bitmap.
extension Cluster {
    static let nodePortRange = 30000...32767

    /// Gives every port of a NodePort or LoadBalancer Service a node port: the one asked for if
    /// it is free and in range, else a free one, from the upper band first. Ports with the same
    /// number (TCP and UDP 53) share one. Node ports asked for on other types are kept, for
    /// validation to refuse; on an update away from a node-port type, unchanged ones are dropped.
    /// The first port that cannot be had ends the allocation with its error.
    func allocateNodePorts(_ spec: JSONValue, service: String, keeping old: JSONValue = .null) throws(APIError) -> JSONValue {
        var spec = spec
        let type = spec["type"].string ?? "ClusterIP"
        let wanted = ["NodePort", "LoadBalancer"].contains(type)
        let oldPorts = Set(old["ports"].array.compactMap { $0["nodePort"].int })
        let sameAsBefore = spec["ports"].array.compactMap { $0["nodePort"].int }.allSatisfy(oldPorts.contains)
        if !wanted, ["NodePort", "LoadBalancer"].contains(old["type"].string ?? ""), sameAsBefore {
            spec["ports"] = .array(spec["ports"].array.map { port in var p = port; p["nodePort"] = nil; return p })
        }
        let allocate = type == "NodePort" || (type == "LoadBalancer" && spec["allocateLoadBalancerNodePorts"].bool != false)
        var used = Set(list(.services).flatMap { $0[path: "spec.ports"].array.compactMap { $0["nodePort"].int } })
            .subtracting(oldPorts)
        var byNumber: [Int: Int] = [:]
        var ports = spec["ports"].array
        /// Takes `asked` for port `index`, or throws the allocator's refusal.
        func take(_ asked: Int, for index: Int) throws(APIError) {
            if oldPorts.contains(asked) && !used.contains(asked) {
                used.insert(asked)
                return
            }
            var problem: String?
            if !Self.nodePortRange.contains(asked) {
                problem = "provided port is not in the valid range. The range of valid ports is 30000-32767"
            } else if used.contains(asked) {
                problem = "provided port is already allocated"
            }
            if let problem {
                throw .invalid(kind: "Service", group: "", name: service, causes: [
                    FieldError.invalid("spec.ports[\(index)].nodePort", String(asked), problem)
                ])
            }
            used.insert(asked)
        }
        for index in ports.indices {
            let number = ports[index]["port"].int ?? 0
            let asked = ports[index]["nodePort"].int ?? 0
            if asked == 0 && !allocate { continue }
            guard let shared = byNumber[number] else {
                // A node port asked for on a later entry of the same number is taken for this one too.
                let requested = ports[index...].first { $0["port"].int == number && ($0["nodePort"].int ?? 0) != 0 }?["nodePort"].int
                let nodePort: Int
                if let requested {
                    try take(requested, for: index)
                    nodePort = requested
                } else {
                    guard let free = freeNodePort(excluding: used) else {
                        throw APIError(
                            reason: "InternalError", message: "Internal error occurred: failed to allocate a nodePort: range is full",
                            code: 500)
                    }
                    used.insert(free)
                    nodePort = free
                }
                ports[index]["nodePort"] = .int(nodePort)
                byNumber[number] = nodePort
                continue
            }
            if asked == 0 {
                ports[index]["nodePort"] = .int(shared)
            } else if asked != shared {
                try take(asked, for: index)
            }
        }
        spec["ports"] = .array(ports)
        if wanted, spec["externalTrafficPolicy"].isNull { spec["externalTrafficPolicy"] = "Cluster" }
        return spec
    }

    /// A random free port, from above the static band (the first 86 ports) while any is left.
    private func freeNodePort(excluding used: Set<Int>) -> Int? {
        let range = Self.nodePortRange
        let band = min(max(16, range.count / 32), 128)
        let upper = (range.lowerBound + band...range.upperBound).filter { !used.contains($0) }
        let pool = upper.isEmpty ? Array(range.lowerBound..<range.lowerBound + band).filter { !used.contains($0) } : upper
        guard !pool.isEmpty else { return nil }
        return pool[Int(names.randomIndex(below: pool.count))]
    }
}
