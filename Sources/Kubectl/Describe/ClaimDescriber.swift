import Cluster
import KubeAPI
import OrderedCollections

/// `describePersistentVolumeClaim`: class, status, bound volume, size, and the pods using it.
enum ClaimDescriber {
    static func describe(_ claim: KubeObject, _ context: DescribeContext) -> String {
        let status = claim.value["status"]
        var w = DescribeWriter()
        w.identity(claim)
        fields(claim, status: StorageFields.status(claim, status["phase"].text, context), into: &w)
        w.write(0, "Used By:\t")
        w.list(users(of: claim, context).map(\.name), indent: "\t")
        let conditions = status["conditions"].array
        if !conditions.isEmpty {
            w.write(0, "Conditions:\n")
            w.write(1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n")
            w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n")
            for c in conditions {
                let probe = DescribeTime.rfc1123Z(c["lastProbeTime"])
                let moved = DescribeTime.rfc1123Z(c["lastTransitionTime"])
                w.write(
                    1,
                    "\(c["type"].text) \t\(c["status"].text) \t\(probe) \t\(moved) \t\(c["reason"].text) \t\(c["message"].text)\n"
                )
            }
        }
        w.events(context.events(for: claim), context: context)
        return w.finish()
    }

    /// `printPersistentVolumeClaim`: class, volume, labels, annotations, size, mode and data source;
    /// a claim's `status` (nil for an ephemeral volume's claim template) comes with its finalizers.
    static func fields(_ claim: KubeObject, status text: String?, into w: inout DescribeWriter) {
        let spec = claim.value["spec"]
        let status = claim.value["status"]
        w.field(0, "StorageClass", storageClass(of: claim.value))
        if let text { w.field(0, "Status", text) }
        w.field(0, "Volume", spec["volumeName"].text)
        w.labels("Labels", claim.labels)
        w.annotations("Annotations", claim.annotations)
        if text != nil { w.field(0, "Finalizers", claim.metadata["finalizers"].goList) }
        let bound = !spec["volumeName"].text.isEmpty
        w.field(0, "Capacity", bound ? status["capacity"]["storage"].quantity?.description ?? "0" : "")
        w.field(0, "Access Modes", bound ? StorageFields.accessModes(status["accessModes"]) : "")
        if let mode = spec["volumeMode"].string { w.field(0, "VolumeMode", mode) }
        let source = spec["dataSource"]
        if !source.isNull {
            w.write(0, "DataSource:\n")
            if let group = source["apiGroup"].string { w.field(1, "APIGroup", group) }
            w.field(1, "Kind", source["kind"].text)
            w.field(1, "Name", source["name"].text)
        }
    }

    /// `GetPersistentVolumeClaimClass`: the beta annotation, else `spec.storageClassName`.
    static func storageClass(of claim: JSONValue) -> String {
        claim["metadata"]["annotations"]["volume.beta.kubernetes.io/storage-class"].string
            ?? claim["spec"]["storageClassName"].text
    }

    /// Pods mounting the claim, then pods owning it, sorted by name.
    private static func users(of claim: KubeObject, _ context: DescribeContext) -> [KubeObject] {
        let pods = context.list(.pods, namespace: claim.namespace)
        var users: [KubeObject] = []
        for pod in pods {
            for volume in pod.value["spec"]["volumes"].array
            where volume["persistentVolumeClaim"]["claimName"].text == claim.name {
                users.append(pod)
            }
        }
        for owner in claim.metadata["ownerReferences"].array where owner["kind"].text == "Pod" {
            if let pod = pods.first(where: { $0.uid == owner["uid"].text }),
                !users.contains(where: { $0.uid == pod.uid })
            {
                users.append(pod)
            }
        }
        return users.sorted { $0.name < $1.name }
    }
}
