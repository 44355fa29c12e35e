import KubeAPI

/// The pods' `ephemeralcontainers` subresource (`PATCH .../pods/NAME/ephemeralcontainers`), the
/// one way to add a container to a pod that exists: the patch is merged into the pod, every
/// change but the ephemeral containers is dropped, the new ones get the container defaults, and
/// the list is validated before it is stored for the kubelet to start.
extension Cluster {
    @discardableResult
    public func patchEphemeralContainers(
        _ patch: JSONValue, namespace: String, name: String, as user: UserInfo? = nil
    ) throws(APIError) -> KubeObject {
        try authorize(
            AccessRequest(verb: "patch", .pods, subresource: "ephemeralcontainers", namespace: namespace, name: name), as: user)
        let stored = try get(.pods, namespace: namespace, name: name)
        let patched: JSONValue
        do {
            patched = try StrategicMergePatch.apply(patch, to: stored.value, meta: patchMeta(for: .pods))
        } catch {
            throw APIError(reason: "BadRequest", message: error.message, code: 400)
        }
        var updated = stored
        let containers = patched[path: "spec.ephemeralContainers"].array.map(PodTemplateDefaults.container)
        updated[path: "spec.ephemeralContainers"] = containers.isEmpty ? .null : .array(containers)
        try EphemeralContainerValidation.validate(updated, old: stored)
        if updated.value.isEquivalent(to: stored.value) { return stored }
        return write(.pods, updated)
    }
}
