import KubeAPI
import OrderedCollections

/// The pods' `binding` subresource (`POST .../pods/NAME/binding`): what a scheduler posts to
/// place a pod, open to any client allowed to create it. The pod gets the node and the
/// binding's annotations, and `PodScheduled=True`, written past the field manager.
extension Cluster {
    /// Binds pod `name` to the binding's target node, as `BindingREST.Create` does.
    public func bind(_ binding: KubeObject, namespace: String?, dryRun: Bool = false) throws(APIError) {
        let target = binding.value["target"]
        let kind = target["kind"].string ?? ""
        var causes: [InvalidDetails.Cause] = []
        if !kind.isEmpty && kind != "Node" { causes.append(FieldError.notSupported("target.kind", kind, ["Node", "<empty>"])) }
        let node = target["name"].string ?? ""
        if node.isEmpty { causes.append(FieldError.required("target.name")) }
        if !causes.isEmpty {
            // `ToAggregate` is no Status: the apiserver answers 500 with its text.
            let texts = causes.map(\.text)
            throw APIError(reason: "", message: texts.count == 1 ? texts[0] : "[\(texts.joined(separator: ", "))]", code: 500)
        }
        let name = binding.name
        let pod = try get(.pods, namespace: namespace, name: name)
        if let uid = binding.metadata["uid"].string, !uid.isEmpty, uid != pod.uid {
            throw Self.preconditionFailed(pod, "UID in precondition: \(uid), UID in object meta: \(pod.uid)")
        }
        if let version = binding.metadata["resourceVersion"].string, !version.isEmpty, version != String(pod.resourceVersion) {
            throw Self.preconditionFailed(
                pod, "ResourceVersion in precondition: \(version), ResourceVersion in object meta: \(pod.resourceVersion)")
        }
        if pod.deletionTimestamp != nil { throw Self.bindingConflict(name, "pod \(name) is being deleted, cannot be assigned to a host") }
        if let assigned = pod[path: "spec.nodeName"].string, !assigned.isEmpty {
            throw Self.bindingConflict(name, "pod \(name) is already assigned to node \(GoSyntax.quoted(assigned))")
        }
        if !pod[path: "spec.schedulingGates"].array.isEmpty {
            throw Self.bindingConflict(name, "pod \(name) has non-empty .spec.schedulingGates")
        }
        guard !dryRun else { return }
        var bound = pod
        bound[path: "spec.nodeName"] = .string(node)
        if !binding.metadata["annotations"].object.isEmpty {
            var annotations = pod.metadata["annotations"].isNull ? JSONValue.emptyObject : pod.metadata["annotations"]
            for (key, value) in binding.metadata["annotations"].object { annotations[key] = value }
            bound[path: "metadata.annotations"] = annotations
        }
        bound[path: "status.conditions"] = Self.scheduledCondition(in: pod[path: "status.conditions"], now: now)
        writing(as: nil) { save(.pods, bound) }
        cancelWakeup(for: Self.volumeBindingPrefix + pod.uid)
        reconcile()
    }

    /// `UpdatePodCondition` with `PodScheduled=True`: a new condition, or the old one replaced
    /// (reason and message gone), keeping its transition time when its status was True already.
    private static func scheduledCondition(in conditions: JSONValue, now: Timestamp) -> JSONValue {
        var items = conditions.array
        var condition: JSONValue = ["lastProbeTime": nil, "lastTransitionTime": .string(now.rfc3339), "status": "True", "type": "PodScheduled"]
        guard let index = items.firstIndex(where: { $0["type"].string == "PodScheduled" }) else {
            return .array(items + [condition])
        }
        if items[index]["status"].string == "True" { condition["lastTransitionTime"] = items[index]["lastTransitionTime"] }
        items[index] = condition
        return .array(items)
    }

    /// What `assignPod` makes of a refusal that is no Status: a conflict on `pods/binding`.
    private static func bindingConflict(_ name: String, _ why: String) -> APIError {
        APIError(reason: "Conflict", message: "Operation cannot be fulfilled on pods/binding \"\(name)\": \(why)", code: 409)
    }

    /// A storage precondition that failed: etcd's invalid-object error under `InterpretUpdateError`'s conflict.
    private static func preconditionFailed(_ pod: KubeObject, _ why: String) -> APIError {
        let key = "/registry/pods/\(pod.namespace ?? "")/\(pod.name)"
        return APIError(
            reason: "Conflict",
            message: "Operation cannot be fulfilled on pods \"\(pod.name)\": StorageError: invalid object, Code: 4, Key: \(key), "
                + "ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: \(why)",
            code: 409)
    }
}
