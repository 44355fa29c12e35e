import Cluster
import KubeAPI
import OrderedCollections

/// `describePersistentVolume`: class, status, claim, policy, size, node affinity and source.
enum VolumeObjectDescriber {
    static func describe(_ volume: KubeObject, _ context: DescribeContext) -> String {
        let spec = volume.value["spec"]
        let status = volume.value["status"]
        var w = DescribeWriter()
        w.unscopedHeader(volume)
        w.field(0, "Finalizers", volume.metadata["finalizers"].goList)
        w.field(
            0, "StorageClass",
            volume.annotations["volume.beta.kubernetes.io/storage-class"] ?? spec["storageClassName"].text)
        w.field(0, "Status", StorageFields.status(volume, status["phase"].text, context))
        let claim = spec["claimRef"]
        w.field(0, "Claim", claim.isNull ? "" : "\(claim["namespace"].text)/\(claim["name"].text)")
        w.field(0, "Reclaim Policy", spec["persistentVolumeReclaimPolicy"].text)
        w.field(0, "Access Modes", StorageFields.accessModes(spec["accessModes"]))
        if let mode = spec["volumeMode"].string { w.field(0, "VolumeMode", mode) }
        w.field(0, "Capacity", spec["capacity"]["storage"].quantity?.description ?? "0")
        nodeAffinity(spec["nodeAffinity"], into: &w)
        w.field(0, "Message", status["message"].text)
        w.write(0, "Source:\n")
        VolumeDescriber.source(spec, persistent: true, into: &w)
        w.events(context.events(for: volume), context: context)
        return w.finish()
    }

    /// `printVolumeNodeAffinity`: the required terms, one `key op [values]` per line.
    private static func nodeAffinity(_ affinity: JSONValue, into w: inout DescribeWriter) {
        w.write(0, "Node Affinity:\t")
        guard !affinity["required"].isNull else { return w.line("<none>") }
        w.line("")
        w.write(1, "Required Terms:\t")
        let terms = affinity["required"]["nodeSelectorTerms"].array
        guard !terms.isEmpty else { return w.line("<none>") }
        w.line("")
        for (index, term) in terms.enumerated() {
            w.write(2, "Term \(index):\t")
            let expressions = term["matchExpressions"].array
            guard !expressions.isEmpty else {
                w.line("<none>")
                continue
            }
            for (position, expression) in expressions.enumerated() {
                if position != 0 { w.write(2, "\t") }
                var text = "\(expression["key"].text) \(expression["operator"].text.lowercased())"
                let values = expression["values"].array.map(\.text)
                if !values.isEmpty { text += " [\(values.joined(separator: ", "))]" }
                w.write(0, text + "\n")
            }
        }
    }
}
