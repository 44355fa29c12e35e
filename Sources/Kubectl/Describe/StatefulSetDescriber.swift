import Cluster
import KubeAPI
import OrderedCollections

/// `describeStatefulSet`: replicas, update strategy, pods, template and claim templates.
enum StatefulSetDescriber {
    static func describe(_ statefulSet: KubeObject, _ context: DescribeContext) -> String {
        let spec = statefulSet.value["spec"]
        let status = statefulSet.value["status"]
        var w = DescribeWriter()
        w.identity(statefulSet)
        w.field(0, "CreationTimestamp", DescribeTime.rfc1123Z(statefulSet.metadata["creationTimestamp"]))
        w.field(0, "Selector", TableCells.selectorString(spec["selector"]) ?? "")
        w.labels("Labels", statefulSet.labels)
        w.annotations("Annotations", statefulSet.annotations)
        w.field(0, "Replicas", "\(spec["replicas"].int ?? 0) desired | \(status["replicas"].int ?? 0) total")
        w.field(0, "Update Strategy", spec["updateStrategy"]["type"].text)
        let rolling = spec["updateStrategy"]["rollingUpdate"]
        if let partition = rolling["partition"].int {
            w.field(1, "Partition", "\(partition)")
            if !rolling["maxUnavailable"].isNull { w.field(1, "MaxUnavailable", rolling["maxUnavailable"].text) }
        }
        w.field(0, "Pods Status", PodTemplateDescriber.podsStatus(of: statefulSet, context))
        PodTemplateDescriber.describe(spec["template"], into: &w)
        claimTemplates(spec["volumeClaimTemplates"].array, into: &w)
        w.events(context.events(for: statefulSet), context: context)
        return w.finish()
    }

    /// `describeVolumeClaimTemplates`.
    private static func claimTemplates(_ templates: [JSONValue], into w: inout DescribeWriter) {
        guard !templates.isEmpty else { return w.field(0, "Volume Claims", "<none>") }
        w.write(0, "Volume Claims:\n")
        for claim in templates {
            w.field(1, "Name", claim["metadata"]["name"].text)
            w.field(1, "StorageClass", ClaimDescriber.storageClass(of: claim))
            w.labels("Labels", claim["metadata"]["labels"].stringMap, indent: "  ")
            w.labels("Annotations", claim["metadata"]["annotations"].stringMap, indent: "  ")
            let capacity = claim["spec"]["resources"]["requests"]["storage"]
            w.field(1, "Capacity", capacity.isNull ? "<default>" : capacity.quantity?.description ?? capacity.text)
            w.field(1, "Access Modes", claim["spec"]["accessModes"].goList)
        }
    }
}
