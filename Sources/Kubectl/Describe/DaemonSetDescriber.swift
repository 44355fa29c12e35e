import Cluster
import KubeAPI
import OrderedCollections

/// `describeDaemonSet`: scheduling counts (lines without tabs), pods and template.
enum DaemonSetDescriber {
    static func describe(_ daemonSet: KubeObject, _ context: DescribeContext) -> String {
        let spec = daemonSet.value["spec"]
        let status = daemonSet.value["status"]
        var w = DescribeWriter()
        w.field(0, "Name", daemonSet.name)
        w.field(0, "Selector", TableCells.selectorString(spec["selector"]) ?? "")
        w.field(0, "Node-Selector", TableCells.labels(spec["template"]["spec"]["nodeSelector"]))
        w.labels("Labels", daemonSet.labels)
        w.annotations("Annotations", daemonSet.annotations)
        for (title, key) in [
            ("Desired Number of Nodes Scheduled", "desiredNumberScheduled"),
            ("Current Number of Nodes Scheduled", "currentNumberScheduled"),
            ("Number of Nodes Scheduled with Up-to-date Pods", "updatedNumberScheduled"),
            ("Number of Nodes Scheduled with Available Pods", "numberAvailable"),
            ("Number of Nodes Misscheduled", "numberMisscheduled"),
        ] {
            w.write(0, "\(title): \(status[key].int ?? 0)\n")
        }
        w.field(0, "Pods Status", PodTemplateDescriber.podsStatus(of: daemonSet, context))
        PodTemplateDescriber.describe(spec["template"], into: &w)
        w.events(context.events(for: daemonSet), context: context)
        return w.finish()
    }
}
