import KubeAPI

/// What an update may change in a pod's spec (`ValidatePodUpdate`): container images, the
/// active deadline, added tolerations and the grace period; anything else is forbidden.
enum PodUpdateRules {
    static func validate(_ pod: KubeObject, old: KubeObject) throws(APIError) {
        var spec = pod.value["spec"]
        let oldSpec = old.value["spec"]
        for list in ["containers", "initContainers"] where !spec[list].isNull && spec[list].array.count == oldSpec[list].array.count {
            spec[list] = .array(zip(spec[list].array, oldSpec[list].array).map { new, old in
                var container = new
                container["image"] = old["image"]
                return container
            })
        }
        for field in ["activeDeadlineSeconds", "tolerations", "terminationGracePeriodSeconds"] {
            spec[field] = oldSpec[field]
        }
        guard !spec.isEquivalent(to: oldSpec) else { return }
        // The apiserver also prints a diff of the two specs, which is not reproduced here.
        throw .invalid(kind: "Pod", group: "", name: pod.name, causes: [FieldError.forbidden("spec", message)])
    }

    static let message =
        "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"
}
