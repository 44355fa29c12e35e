import KubeAPI

/// What admission last worked out from a pod's content alone (labels, annotations, finalizers and
/// spec; not its name, nor anything else stored): the ReplicaSet controller creates many pods from
/// one template, and only the first is checked and defaulted in full. The rest are found equal to
/// it, which is quick, as they share the template's storage.
struct PodContentMemo {
    /// The content whose checks that read it alone last passed.
    private var passed: Content?
    /// The defaults last worked out.
    private var defaults: PodDefaults.ContentDefaults?

    private struct Content: Equatable {
        let labels: JSONValue
        let annotations: JSONValue
        let finalizers: JSONValue
        let spec: JSONValue

        init(_ pod: KubeObject) {
            labels = pod.metadata["labels"]
            annotations = pod.metadata["annotations"]
            finalizers = pod.metadata["finalizers"]
            spec = pod.value["spec"]
        }
    }

    /// Whether `pod`'s content is the one that last passed.
    func hasPassed(_ pod: KubeObject) -> Bool { passed == Content(pod) }

    mutating func notePassed(_ pod: KubeObject) { passed = Content(pod) }

    /// `PodDefaults.ContentDefaults` of `pod`, worked out again only for new content.
    mutating func contentDefaults(of pod: KubeObject) -> PodDefaults.ContentDefaults {
        if let defaults, defaults.hold(for: pod) { return defaults }
        let made = PodDefaults.ContentDefaults(of: pod)
        defaults = made
        return made
    }
}
