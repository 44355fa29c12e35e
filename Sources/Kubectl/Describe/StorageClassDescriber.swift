import Cluster
import KubeAPI
import OrderedCollections

/// `describeStorageClass`.
enum StorageClassDescriber {
    static func describe(_ storageClass: KubeObject, _ context: DescribeContext) -> String {
        let value = storageClass.value
        var w = DescribeWriter()
        w.field(0, "Name", storageClass.name)
        let annotations = storageClass.annotations
        let isDefault =
            annotations["storageclass.kubernetes.io/is-default-class"] == "true"
            || annotations["storageclass.beta.kubernetes.io/is-default-class"] == "true"
        w.field(0, "IsDefaultClass", isDefault ? "Yes" : "No")
        w.field(0, "Annotations", TableCells.labels(storageClass.metadata["annotations"]))
        w.field(0, "Provisioner", value["provisioner"].text)
        w.field(0, "Parameters", TableCells.labels(value["parameters"]))
        w.field(0, "AllowVolumeExpansion", value["allowVolumeExpansion"].boolPointer)
        let options = value["mountOptions"].array
        if options.isEmpty {
            w.field(0, "MountOptions", "<none>")
        } else {
            w.write(0, "MountOptions:\n")
            for option in options { w.write(1, "\(option.text)\n") }
        }
        if let policy = value["reclaimPolicy"].string { w.field(0, "ReclaimPolicy", policy) }
        if let mode = value["volumeBindingMode"].string { w.field(0, "VolumeBindingMode", mode) }
        if case .array(let topologies) = value["allowedTopologies"] { allowedTopologies(topologies, into: &w) }
        w.events(context.events(for: storageClass), context: context)
        return w.finish()
    }

    /// `printAllowedTopologies`: each term's `key in [values]` requirements.
    private static func allowedTopologies(_ terms: [JSONValue], into w: inout DescribeWriter) {
        w.write(0, "AllowedTopologies:\t")
        guard !terms.isEmpty else { return w.line("<none>") }
        w.line("")
        for (index, term) in terms.enumerated() {
            w.write(1, "Term \(index):\t")
            let requirements = term["matchLabelExpressions"].array
            if requirements.isEmpty { w.line("<none>") }
            for (position, requirement) in requirements.enumerated() {
                if position != 0 { w.write(1, "\t") }
                let values = requirement["values"].array.map(\.text)
                w.write(
                    0,
                    "\(requirement["key"].text) in" + (values.isEmpty ? "" : " [\(values.joined(separator: ", "))]")
                        + "\n")
            }
        }
    }
}
