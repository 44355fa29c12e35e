import KubeAPI
import OrderedCollections

/// `DescribePodTemplate`: the pod template of a workload, without any status.
enum PodTemplateDescriber {
    static func describe(_ template: JSONValue, into w: inout DescribeWriter) {
        w.write(0, "Pod Template:\n")
        if template.isNull { return w.write(1, "<unset>") }
        let metadata = template["metadata"]
        let spec = template["spec"]
        w.labels("  Labels", metadata["labels"].stringMap)
        if !metadata["annotations"].object.isEmpty { w.annotations("  Annotations", metadata["annotations"].stringMap) }
        if let account = spec["serviceAccountName"].string, !account.isEmpty { w.field(1, "Service Account", account) }
        let containers = ContainerDescriber(pod: nil)
        if !spec["initContainers"].array.isEmpty {
            containers.describe("Init Containers", spec["initContainers"].array, .null, into: &w)
        }
        containers.describe("Containers", spec["containers"].array, .null, into: &w)
        VolumeDescriber.volumes(spec["volumes"].array, indent: "  ", into: &w)
        PodDescriber.topologySpread(spec["topologySpreadConstraints"].array, indent: "  ", into: &w)
        if let name = spec["priorityClassName"].string, !name.isEmpty { w.field(1, "Priority Class Name", name) }
        w.labels("  Node-Selectors", spec["nodeSelector"].stringMap)
        w.tolerations("  Tolerations", spec["tolerations"].array)
    }

    /// `Pods Status:  R Running / W Waiting / S Succeeded / F Failed` over the pods `owner`
    /// controls among those its selector (a plain map for a ReplicationController) matches.
    static func podsStatus(of owner: KubeObject, _ context: DescribeContext, matchLabels: Bool = false) -> String {
        let json = owner.value["spec"]["selector"]
        let selector = matchLabels ? LabelSelector(matchLabels: json.stringMap) : LabelSelector(json: json)
        var counts = ["Running": 0, "Pending": 0, "Succeeded": 0, "Failed": 0]
        for pod in context.list(.pods, namespace: owner.namespace, selector: selector)
        where pod.controllerUID == owner.uid {
            let phase = pod.value["status"]["phase"].text
            if counts[phase] != nil { counts[phase, default: 0] += 1 }
        }
        return "\(counts["Running"] ?? 0) Running / \(counts["Pending"] ?? 0) Waiting / "
            + "\(counts["Succeeded"] ?? 0) Succeeded / \(counts["Failed"] ?? 0) Failed"
    }
}
