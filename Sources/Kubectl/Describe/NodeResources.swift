import KubeAPI
import OrderedCollections

/// `describeNodeResource`: the node's non-terminated pods with what each requests and is limited
/// to (as a share of allocatable), then the totals.
struct NodeResources {
    var node: KubeObject
    var pods: [KubeObject]
    var context: DescribeContext

    func write(into w: inout DescribeWriter) {
        w.field(0, "Non-terminated Pods", "(\(pods.count) in total)")
        w.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n")
        w.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n")
        var allocatable = node.value["status"]["allocatable"]
        if allocatable.object.isEmpty { allocatable = node.value["status"]["capacity"] }
        let totals = pods.map(Self.requestsAndLimits)
        for (pod, (requests, limits)) in zip(pods, totals) {
            let cells = [
                share(requests["cpu"], of: allocatable["cpu"], milli: true),
                share(limits["cpu"], of: allocatable["cpu"], milli: true),
                share(requests["memory"], of: allocatable["memory"], milli: false),
                share(limits["memory"], of: allocatable["memory"], milli: false),
            ]
            let age = HumanDuration.since(pod.creationTimestamp, now: context.now)
            w.write(1, "\(pod.namespace ?? "")\t\(pod.name)\t\t\(cells.joined(separator: "\t"))\t\(age)\n")
        }
        w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n")
        w.write(1, "Resource\tRequests\tLimits\n")
        w.write(1, "--------\t--------\t------\n")
        var requests: [String: Quantity] = [:]
        var limits: [String: Quantity] = [:]
        for (podRequests, podLimits) in totals {
            Self.add(podRequests, to: &requests)
            Self.add(podLimits, to: &limits)
        }
        let hugePages = allocatable.object.keys.filter { $0.hasPrefix("hugepages-") }.sorted()
        for name in ["cpu", "memory", "ephemeral-storage"] + hugePages {
            let milli = name == "cpu"
            w.write(
                1,
                "\(name)\t\(share(requests[name], of: allocatable[name], milli: milli))\t\(share(limits[name], of: allocatable[name], milli: milli))\n"
            )
        }
        let standard: Set<String> = ["cpu", "memory", "ephemeral-storage", "pods"]
        for name in allocatable.object.keys.sorted() where !standard.contains(name) && !name.hasPrefix("hugepages-") {
            w.write(1, "\(name)\t\((requests[name] ?? .zero).description)\t\((limits[name] ?? .zero).description)\n")
        }
    }

    /// `100m (2%)`: the amount and its whole percentage of the allocatable amount.
    private func share(_ amount: Quantity?, of total: JSONValue, milli: Bool) -> String {
        let amount = amount ?? .zero
        let whole = total.quantity.map { milli ? $0.milliValue : $0.value } ?? 0
        let part = milli ? amount.milliValue : amount.value
        let percent = whole == 0 ? 0 : Int64(Double(part) / Double(whole) * 100)
        return "\(amount.description) (\(percent)%)"
    }

    /// `PodRequestsAndLimits`: containers summed, each init container's need the floor of the
    /// total (sidecars, restartPolicy Always, add up), plus the pod's overhead.
    static func requestsAndLimits(_ pod: KubeObject) -> ([String: Quantity], [String: Quantity]) {
        let spec = pod.value["spec"]
        func total(_ key: String) -> [String: Quantity] {
            var sum: [String: Quantity] = [:]
            for container in spec["containers"].array { add(list(container["resources"][key]), to: &sum) }
            var sidecars: [String: Quantity] = [:]
            var initFloor: [String: Quantity] = [:]
            for container in spec["initContainers"].array {
                var need = list(container["resources"][key])
                if container["restartPolicy"].string == "Always" {
                    add(need, to: &sum)
                    add(need, to: &sidecars)
                    need = sidecars
                } else {
                    add(sidecars, to: &need)
                }
                raise(&initFloor, to: need)
            }
            raise(&sum, to: initFloor)
            let overhead = list(spec["overhead"])
            add(key == "requests" ? overhead : overhead.filter { sum[$0.key] != nil }, to: &sum)
            return sum
        }
        return (total("requests"), total("limits"))
    }

    private static func list(_ json: JSONValue) -> [String: Quantity] {
        json.object.reduce(into: [:]) { result, member in result[member.key] = member.value.quantity }
    }

    private static func add(_ list: [String: Quantity], to sum: inout [String: Quantity]) {
        for (name, amount) in list { sum[name] = sum[name].map { $0.adding(amount) } ?? amount }
    }

    private static func raise(_ list: inout [String: Quantity], to floor: [String: Quantity]) {
        for (name, amount) in floor where list[name].map({ $0.milliValue < amount.milliValue }) ?? true {
            list[name] = amount
        }
    }
}
