import KubeAPI
import OrderedCollections

/// `describeNamespace`: status and conditions, then its resource quotas and limit ranges.
enum NamespaceDescriber {
    static func describe(_ namespace: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.unscopedHeader(namespace)
        w.field(0, "Status", namespace.value["status"]["phase"].text)
        let conditions = namespace.value["status"]["conditions"].array
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n")
            w.write(1, "----\t------\t------------------\t------\t-------\n")
            for c in conditions {
                let time = DescribeTime.rfc1123Z(c["lastTransitionTime"])
                w.write(
                    1, "\(c["type"].text)\t\(c["status"].text)\t\(time)\t\(c["reason"].text)\t\(c["message"].text)\n")
            }
        }
        w.write(0, "\n")
        QuotaDescribers.namespaceQuotas(context.list(QuotaDescribers.quotasType, namespace: namespace.name), into: &w)
        w.write(0, "\n")
        QuotaDescribers.namespaceLimitRanges(
            context.list(QuotaDescribers.limitRangesType, namespace: namespace.name), into: &w)
        return w.finish()
    }
}
