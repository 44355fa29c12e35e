import KubeAPI

/// The field set a field selector is matched against, as each kind's registry builds it
/// (`ToSelectableFields`): the object's name, its namespace when namespaced, and the kind's own fields.
enum SelectableFields {
    static func of(_ object: KubeObject, as type: ResourceType) -> [String: String] {
        var fields = ["metadata.name": object.name]
        if type.namespaced { fields["metadata.namespace"] = object.namespace ?? "" }
        let text = { (path: String) in object[path: path].string ?? "" }
        let count = { (path: String) in String(object[path: path].int ?? 0) }
        let flag = { (path: String) in object[path: path].bool == true ? "true" : "false" }
        switch (type.group, type.kind) {
        case ("", "Pod"):
            for path in ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName"] {
                fields[path] = text(path)
            }
            fields["spec.hostNetwork"] = flag("spec.hostNetwork")
            fields["status.phase"] = text("status.phase")
            fields["status.podIP"] = object[path: "status.podIPs"].array.first?["ip"].string ?? text("status.podIP")
            fields["status.nominatedNodeName"] = text("status.nominatedNodeName")
        case ("", "Node"):
            fields["spec.unschedulable"] = flag("spec.unschedulable")
        case ("", "ReplicationController"), ("apps", "ReplicaSet"):
            fields["status.replicas"] = count("status.replicas")
        case ("", "Event"):
            for key in ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"] {
                fields["involvedObject.\(key)"] = text("involvedObject.\(key)")
            }
            fields["reason"] = text("reason")
            fields["reportingComponent"] = text("reportingComponent")
            let source = text("source.component")
            fields["source"] = source.isEmpty ? text("reportingComponent") : source
            fields["type"] = text("type")
        case ("", "Namespace"):
            fields["status.phase"] = text("status.phase")
        case ("", "Secret"):
            fields["type"] = text("type")
        case ("", "Service"):
            fields["spec.clusterIP"] = text("spec.clusterIP")
            fields["spec.type"] = text("spec.type")
        case ("batch", "Job"):
            fields["status.successful"] = count("status.succeeded")
        default:
            break
        }
        return fields
    }
}
