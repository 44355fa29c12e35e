import KubeAPI

/// NodePort allocation, as the apiserver's service REST storage does it.
extension Cluster {
    static let nodePortRange = 30000...32767

    /// Gives every port of a NodePort or LoadBalancer Service a node port: the one asked for if
    /// it is free and in range, else a free one, from the upper band first.
    func allocateNodePorts(_ spec: JSONValue, service: String, keeping old: JSONValue = .null) throws(APIError) -> JSONValue {
        guard ["NodePort", "LoadBalancer"].contains(spec["type"].string ?? "") else {
            var cleared = spec
            cleared["ports"] = .array(spec["ports"].array.map { port in var p = port; p["nodePort"] = nil; return p })
            return cleared
        }
        let kept = Set(old["ports"].array.compactMap { $0["nodePort"].int })
        var used = Set(list(.services).flatMap { $0[path: "spec.ports"].array.compactMap { $0["nodePort"].int } })
            .subtracting(kept)
        var ports: [JSONValue] = []
        var causes: [InvalidDetails.Cause] = []
        for (index, port) in spec["ports"].array.enumerated() {
            var p = port
            if let asked = port["nodePort"].int, asked != 0 {
                let path = "spec.ports[\(index)].nodePort"
                if !Self.nodePortRange.contains(asked) {
                    causes.append(FieldError.invalid(path, String(asked), "provided port is not in the valid range. The range of valid ports is 30000-32767"))
                } else if used.contains(asked) {
                    causes.append(FieldError.invalid(path, String(asked), "provided port is already allocated"))
                }
                used.insert(asked)
            } else if let free = freeNodePort(excluding: used) {
                p["nodePort"] = .int(free)
                used.insert(free)
            }
            ports.append(p)
        }
        guard causes.isEmpty else { throw .invalid(kind: "Service", group: "", name: service, causes: causes) }
        var result = spec
        result["ports"] = .array(ports)
        if result["externalTrafficPolicy"].isNull { result["externalTrafficPolicy"] = "Cluster" }
        return result
    }

    /// A random free port, from above the static band (the first 86 ports) while any is left.
    private func freeNodePort(excluding used: Set<Int>) -> Int? {
        let range = Self.nodePortRange
        let band = min(max(16, range.count / 32), 128)
        let upper = (range.lowerBound + band...range.upperBound).filter { !used.contains($0) }
        let pool = upper.isEmpty ? range.filter { !used.contains($0) } : upper
        guard !pool.isEmpty else { return nil }
        return pool[Int(names.randomIndex(below: pool.count))]
    }
}
