import KubeAPI

/// What the apiserver checks when a pod's ephemeral containers change
/// (`ValidatePodEphemeralContainersUpdate`): not on static pods, existing ones left as they
/// are, and each new one named uniquely, with an image, a target among the pod's other
/// containers, and none of the fields that would make it part of the workload.
enum EphemeralContainerValidation {
    static func validate(_ pod: KubeObject, old: KubeObject) throws(APIError) {
        if old.annotations[ServiceAccountAdmission.mirrorPodAnnotation] != nil {
            // The check names the root path, which Go's field path prints as `[]`.
            throw .invalid(kind: "Pod", group: "", name: pod.name, causes: [FieldError.forbidden("[]", staticPod)])
        }
        var causes = changes(pod.ephemeralContainers, old: old.ephemeralContainers)
        causes += containers(pod)
        guard !causes.isEmpty else { return }
        throw .invalid(kind: "Pod", group: "", name: pod.name, causes: causes)
    }

    /// Existing ephemeral containers may be neither changed nor removed.
    private static func changes(_ new: [JSONValue], old: [JSONValue]) -> [FieldError.Cause] {
        var causes: [FieldError.Cause] = []
        for container in old {
            let name = container["name"].string ?? ""
            guard let now = new.first(where: { $0["name"].string == name }) else {
                causes.append(FieldError.forbidden("spec.ephemeralContainers", "existing ephemeral containers \(GoSyntax.quoted(name)) may not be removed\n"))
                continue
            }
            if !now.isEquivalent(to: container) {
                // The apiserver follows this with a diff of the two, which is not reproduced here.
                causes.append(FieldError.forbidden("spec.ephemeralContainers[\(name)]", "existing ephemeral containers \(GoSyntax.quoted(name)) may not be changed\n"))
            }
        }
        return causes
    }

    /// `validateEphemeralContainers`, in its order of checks for each container.
    private static func containers(_ pod: KubeObject) -> [FieldError.Cause] {
        let others = Set((pod[path: "spec.containers"].array + pod[path: "spec.initContainers"].array).compactMap { $0["name"].string })
        var names = others
        var causes: [FieldError.Cause] = []
        for (index, container) in pod.ephemeralContainers.enumerated() {
            let path = "spec.ephemeralContainers[\(index)]"
            let name = container["name"].string ?? ""
            if name.isEmpty {
                causes.append(FieldError.required(path + ".name"))
            } else {
                for problem in NameValidation.label(name) {
                    causes.append(FieldError.invalid(path + ".name", GoSyntax.quoted(name), problem))
                }
            }
            let image = container["image"].string ?? ""
            if image.isEmpty { causes.append(FieldError.required(path + ".image")) }
            if names.contains(name) {
                causes.append(FieldError.duplicate(path + ".name", name))
            } else {
                names.insert(name)
            }
            if let target = container["targetContainerName"].string, !target.isEmpty, !others.contains(target) {
                causes.append(FieldError.Cause(field: path + ".targetContainerName", message: "Not found: \(GoSyntax.quoted(target))"))
            }
            for field in forbiddenFields where !isUnset(container[field]) {
                causes.append(FieldError.forbidden(path + "." + field, "cannot be set for an Ephemeral Container"))
            }
        }
        return causes
    }

    /// A field left at its zero value (`resources: {}` is how an unset one is stored).
    private static func isUnset(_ value: JSONValue) -> Bool {
        value.isNull || value.isEquivalent(to: .emptyObject) || value.isEquivalent(to: .array([]))
    }

    /// The container fields outside the allow list, in the struct's order.
    static let forbiddenFields = [
        "ports", "resources", "resizePolicy", "restartPolicy", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle",
    ]

    static let staticPod = "static pods do not support ephemeral containers"
}
