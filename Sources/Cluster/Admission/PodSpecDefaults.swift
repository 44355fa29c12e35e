import KubeAPI
import OrderedCollections

/// The defaults the apiserver's decoding gives a pod's spec on every create and update: a pod
/// template's (`SetDefaults_PodSpec` and the rest) and those only a pod gets (`SetDefaults_Pod`):
/// service links on, each container's requests filled from its limits, and with host networking
/// each port's host port set to its container port.
enum PodSpecDefaults {
    static func apply(to given: JSONValue) -> JSONValue {
        var spec = PodTemplateDefaults.spec(given)
        if spec["enableServiceLinks"].isNull { spec["enableServiceLinks"] = true }
        let hostNetwork = spec["hostNetwork"].bool == true
        for list in ["initContainers", "containers"] where !spec[list].isNull {
            spec[list] = .array(
                spec[list].array.map { container in
                    var c = requestsFromLimits(container)
                    if hostNetwork { c = hostPortsFromContainerPorts(c) }
                    return c
                })
        }
        return spec
    }

    /// A container's limits copied to the requests it does not state.
    private static func requestsFromLimits(_ container: JSONValue) -> JSONValue {
        // An empty map of limits is Go's empty map: nothing is copied, and no requests are written.
        let limits = container[path: "resources.limits"].object
        guard !limits.isEmpty else { return container }
        var c = container
        var requests = c[path: "resources.requests"].object
        for (resource, limit) in limits where requests[resource] == nil { requests[resource] = limit }
        c[path: "resources.requests"] = .object(requests)
        return c
    }

    /// A host-network container's ports, each with a host port (its container port where none is set).
    private static func hostPortsFromContainerPorts(_ container: JSONValue) -> JSONValue {
        guard !container["ports"].isNull else { return container }
        var c = container
        c["ports"] = .array(
            c["ports"].array.map { port in
                var p = port
                if (p["hostPort"].int ?? 0) == 0, let containerPort = p["containerPort"].int {
                    p["hostPort"] = .int(containerPort)
                }
                return p
            })
        return c
    }
}
