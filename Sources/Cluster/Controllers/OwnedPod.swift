import KubeAPI

extension KubeObject {
    /// A pod built from `template` as `GetPodFromTemplate` builds it: the template's metadata
    /// and spec, `generateName` `<owner>-`, and a controller reference to `owner`.
    static func pod(fromTemplate template: JSONValue, owner: KubeObject) -> KubeObject {
        var pod = KubeObject(["apiVersion": "v1", "kind": "Pod"])
        pod.metadata = template["metadata"]
        pod[path: "metadata.creationTimestamp"] = nil
        pod[path: "metadata.generateName"] = .string(owner.name + "-")
        pod.namespace = owner.namespace
        pod[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, uid: owner.uid).json
        ]
        pod.value["spec"] = template["spec"]
        return pod
    }
}
