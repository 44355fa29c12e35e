import Cluster
import KubeAPI

/// `describePod`: a pod's placement, status, containers, conditions, volumes and events.
enum PodDescriber {
    static func describe(_ pod: KubeObject, _ context: DescribeContext) -> String {
        let spec = pod.value["spec"]
        let status = pod.value["status"]
        var w = DescribeWriter()
        w.identity(pod)
        if let priority = spec["priority"].int { w.field(0, "Priority", "\(priority)") }
        if let name = spec["priorityClassName"].string, !name.isEmpty { w.field(0, "Priority Class Name", name) }
        if let name = spec["runtimeClassName"].string, !name.isEmpty { w.field(0, "Runtime Class Name", name) }
        if let name = spec["serviceAccountName"].string, !name.isEmpty { w.field(0, "Service Account", name) }
        let node = spec["nodeName"].string ?? ""
        w.field(0, "Node", node.isEmpty ? "<none>" : "\(node)/\(status["hostIP"].string ?? "")")
        if !status["startTime"].isNull { w.field(0, "Start Time", DescribeTime.rfc1123Z(status["startTime"])) }
        w.labels("Labels", pod.labels)
        w.annotations("Annotations", pod.annotations)
        let phase = status["phase"].string ?? ""
        if pod.deletionTimestamp != nil && phase != "Failed" && phase != "Succeeded" {
            w.field(0, "Status", "Terminating (lasts \(context.since(pod.metadata["deletionTimestamp"])))")
            w.field(0, "Termination Grace Period", "\(pod.metadata["deletionGracePeriodSeconds"].int ?? 0)s")
        } else {
            w.field(0, "Status", phase)
        }
        if let reason = status["reason"].string, !reason.isEmpty { w.field(0, "Reason", reason) }
        if let message = status["message"].string, !message.isEmpty { w.field(0, "Message", message) }
        seccomp(spec["securityContext"]["seccompProfile"], level: 0, into: &w)
        w.field(0, "IP", status["podIP"].string ?? "")
        let ips = status["podIPs"].array
        if ips.isEmpty {
            w.field(0, "IPs", "<none>")
        } else {
            w.write(0, "IPs:\n")
            for ip in ips { w.field(1, "IP", ip["ip"].string ?? "") }
        }
        if let owner = pod.controllerReference { w.field(0, "Controlled By", "\(owner.kind)/\(owner.name)") }
        if let nominated = status["nominatedNodeName"].string, !nominated.isEmpty {
            w.field(0, "NominatedNodeName", nominated)
        }
        if !spec["resources"].isNull {
            w.write(0, "Resources:\n")
            ContainerDescriber.resources(spec["resources"], level: 1, into: &w)
        }
        let containers = ContainerDescriber(pod: pod)
        if !spec["initContainers"].array.isEmpty {
            containers.describe(
                "Init Containers", spec["initContainers"].array, status["initContainerStatuses"], into: &w)
        }
        containers.describe("Containers", spec["containers"].array, status["containerStatuses"], into: &w)
        if !spec["ephemeralContainers"].array.isEmpty {
            containers.describe(
                "Ephemeral Containers", spec["ephemeralContainers"].array, status["ephemeralContainerStatuses"],
                into: &w)
        }
        conditions(spec, status, into: &w)
        VolumeDescriber.volumes(spec["volumes"].array, indent: "", into: &w)
        w.field(0, "QoS Class", status["qosClass"].string ?? PodQOS.of(spec))
        w.labels("Node-Selectors", spec["nodeSelector"].stringMap)
        w.tolerations("Tolerations", spec["tolerations"].array)
        topologySpread(spec["topologySpreadConstraints"].array, indent: "", into: &w)
        // A static pod's events name the UID of its source, kept in the mirror annotation.
        let mirror = pod.annotations["kubernetes.io/config.mirror"]
        w.events(context.events(for: pod, kindMatters: false, uid: mirror), context: context)
        return w.finish()
    }

    /// Readiness gates and conditions, each row with a space before its tab (`Ready  True `).
    private static func conditions(_ spec: JSONValue, _ status: JSONValue, into w: inout DescribeWriter) {
        let conditions = status["conditions"].array
        let gates = spec["readinessGates"].array
        if !gates.isEmpty {
            w.write(0, "Readiness Gates:\n  Type\tStatus\n")
            for gate in gates {
                let type = gate["conditionType"].string ?? ""
                let status = conditions.first { $0["type"].string == type }?["status"].string ?? "<none>"
                w.write(1, "\(type) \t\(status) \n")
            }
        }
        guard !conditions.isEmpty else { return }
        w.write(0, "Conditions:\n  Type\tStatus\n")
        for condition in conditions {
            w.write(1, "\(condition["type"].string ?? "") \t\(condition["status"].string ?? "") \n")
        }
    }

    /// `SeccompProfile:` and, for a localhost profile, its path.
    static func seccomp(_ profile: JSONValue, level: Int, into w: inout DescribeWriter) {
        guard let type = profile["type"].string else { return }
        w.field(level, "SeccompProfile", type)
        if type == "Localhost" {
            w.field(level == 0 ? 0 : level + 1, "LocalhostProfile", profile["localhostProfile"].string ?? "")
        }
    }

    /// `describeTopologySpreadConstraints`, sorted by topology key.
    static func topologySpread(_ constraints: [JSONValue], indent: String, into w: inout DescribeWriter) {
        guard !constraints.isEmpty else { return }
        let sorted = constraints.sorted { ($0["topologyKey"].string ?? "") < ($1["topologyKey"].string ?? "") }
        w.write(0, "\(indent)Topology Spread Constraints:\t")
        for (index, constraint) in sorted.enumerated() {
            if index != 0 { w.write(0, "\(indent)\t") }
            var text = "\(constraint["topologyKey"].string ?? ""):\(constraint["whenUnsatisfiable"].string ?? "")"
            text += " when max skew \(constraint["maxSkew"].int ?? 0) is exceeded"
            if !constraint["labelSelector"].isNull {
                text += " for selector \(TableCells.labelSelector(constraint["labelSelector"]))"
            }
            w.write(0, text + "\n")
        }
    }
}
