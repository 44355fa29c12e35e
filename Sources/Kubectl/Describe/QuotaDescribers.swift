import KubeAPI
import OrderedCollections

/// ResourceQuotas and LimitRanges, on their own and in a namespace's description.
enum QuotaDescribers {
    static let quotasType = ResourceType.resourceQuotas
    static let limitRangesType = ResourceType.limitRanges

    /// `describeQuota`: scopes with what they match, then used against hard for each resource.
    static func describeQuota(_ quota: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.identity(quota)
        scopes(quota, level: 0, bullet: " * ", into: &w)
        w.write(0, "Resource\tUsed\tHard\n")
        w.write(0, "--------\t----\t----\n")
        usage(quota, level: 0, into: &w)
        return w.finish()
    }

    /// `describeLimitRange`: one row per limit type and resource.
    static func describeLimitRange(_ range: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.identity(range)
        w.write(0, "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n")
        w.write(0, "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n")
        limits(range, prefix: "", into: &w)
        return w.finish()
    }

    /// `DescribeResourceQuotas`, as a namespace's description ends.
    static func namespaceQuotas(_ quotas: [KubeObject], into w: inout DescribeWriter) {
        guard !quotas.isEmpty else { return w.write(0, "No resource quota.\n") }
        w.write(0, "Resource Quotas\n")
        for quota in quotas.sorted(by: { $0.name < $1.name }) {
            w.field(1, "Name", quota.name)
            scopes(quota, level: 1, bullet: "* ", into: &w)
            w.write(1, "Resource\tUsed\tHard\n")
            w.write(1, "--------\t---\t---\n")
            usage(quota, level: 1, converting: false, into: &w)
        }
    }

    /// `DescribeLimitRanges`, as a namespace's description ends.
    static func namespaceLimitRanges(_ ranges: [KubeObject], into w: inout DescribeWriter) {
        guard !ranges.isEmpty else { return w.write(0, "No LimitRange resource.\n") }
        w.write(
            0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n")
        w.write(0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n")
        for range in ranges { limits(range, prefix: " ", into: &w) }
    }

    private static func scopes(_ quota: KubeObject, level: Int, bullet: String, into w: inout DescribeWriter) {
        let scopes = quota.value["spec"]["scopes"].array.map(\.text).sorted()
        guard !scopes.isEmpty else { return }
        w.field(level, "Scopes", scopes.joined(separator: ", "))
        for scope in scopes {
            if let help = scopeHelp[scope] { w.write(level, bullet + help + "\n") }
        }
    }

    /// Used and hard amounts; on its own, a used amount is shown in the hard amount's format.
    private static func usage(_ quota: KubeObject, level: Int, converting: Bool = true, into w: inout DescribeWriter) {
        let status = quota.value["status"]
        for (name, hardValue) in status["hard"].object.sorted(by: { $0.key < $1.key }) {
            let hard = hardValue.quantity ?? .zero
            var used = status["used"][name].quantity ?? .zero
            if converting && used.format != hard.format {
                used = Quantity(mantissa: used.value, scale: 0, format: hard.format)
            }
            w.write(level, "\(name)\t\(used.description)\t\(hard.description)\n")
        }
    }

    /// `describeLimitRangeSpec`; kubectl walks the resources in Go's map order, sorted here.
    private static func limits(_ range: KubeObject, prefix: String, into w: inout DescribeWriter) {
        for item in range.value["spec"]["limits"].array {
            let columns = ["min", "max", "defaultRequest", "default", "maxLimitRequestRatio"]
            let resources = Set(columns.flatMap { item[$0].object.keys }).sorted()
            for resource in resources {
                let values = columns.map { column -> String in
                    let value = item[column][resource]
                    return value.isNull ? "-" : value.quantity?.description ?? value.text
                }
                w.write(0, "\(prefix)\(item["type"].text)\t\(resource)\t\(values.joined(separator: "\t"))\n")
            }
        }
    }

    /// What each quota scope matches, in kubectl's words (they are part of its output).
    private static let scopeHelp = [
        "Terminating":
            "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.",
        "NotTerminating":
            "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.",
        "BestEffort":
            "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.",
        "NotBestEffort":
            "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.",
    ]
}
