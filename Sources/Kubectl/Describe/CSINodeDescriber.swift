import KubeAPI

/// `describeCSINode`: the CSI drivers registered on a node, with their node IDs, volume limits
/// and topology keys.
enum CSINodeDescriber {
    static func describe(_ csiNode: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.field(0, "Name", csiNode.name)
        w.labels("Labels", csiNode.labels)
        w.annotations("Annotations", csiNode.annotations)
        w.field(0, "CreationTimestamp", DescribeTime.rfc1123Z(csiNode.metadata["creationTimestamp"]))
        w.write(0, "Spec:\n")
        // A null list decodes to a nil slice, which prints no heading; an empty one prints it bare.
        if case .array(let drivers) = csiNode.value["spec"]["drivers"] {
            w.write(1, "Drivers:\n")
            for driver in drivers {
                w.write(2, "\(driver["name"].text):\n")
                w.field(3, "Node ID", driver["nodeID"].text)
                if let count = driver["allocatable"]["count"].int {
                    w.write(3, "Allocatables:\n")
                    w.field(4, "Count", String(count))
                }
                if case .array(let keys) = driver["topologyKeys"] {
                    // Go's %s of a []string.
                    w.field(3, "Topology Keys", "[" + keys.map(\.text).joined(separator: " ") + "]")
                }
            }
        }
        w.events(context.events(for: csiNode), context: context)
        return w.finish()
    }
}
