import KubeAPI

/// The timed steps a kubelet takes for one container, each kept as a keyed wake-up of the cluster.
/// What a step does is decided when it falls due, from the pod's status at that moment.
enum KubeletStep: String, CaseIterable {
    /// Try again to make the pod's sandbox, which its node's runtime could not make before.
    case sandbox
    /// Ensure the image is there (pull it, or find it present), then create and start the container.
    case pull
    /// A pull has finished downloading the image.
    case pulled
    /// A pull of an image the node already holds has finished checking the registry (policy `Always`).
    case verified
    /// A pull has been refused by the registry.
    case pullFailed
    /// A pod sync while the image is in back-off: report `ImagePullBackOff`, or pull again once it expires.
    case pullSync
    /// The container's process exits.
    case exit
    /// The container's memory use passes its limit and the kernel's OOM killer ends it.
    case oomKill
    /// A probe worker's tick: run the probe, count the result.
    case startupProbe, readinessProbe, livenessProbe
    /// A container the kubelet is stopping (it failed a probe, or its definition changed) has stopped.
    case killed
    /// A client changed the container's image: the kubelet restarts it with the new one.
    case respec

    /// The wake-up key of this step for one container of one pod.
    func key(_ uid: String, _ container: String) -> String {
        .concatenating(Self.podKeyPrefix, uid, "/", container, "/", rawValue)
    }

    /// What the keys of every step of one container start with.
    static func keyPrefix(_ uid: String, _ container: String) -> String {
        .concatenating(podKeyPrefix, uid, "/", container, "/")
    }

    /// The pod UID in a kubelet wake-up key (a pod's or one of its steps'); nil for other keys.
    static func podUID(inKey key: String) -> Substring? {
        let utf8 = key.utf8
        // Scanned as plain bytes: stepping the view's index byte by byte costs many times more.
        let found: Range<Int>? =
            utf8.withContiguousStorageIfAvailable(uidOffsets) ?? Array(utf8).withUnsafeBufferPointer(uidOffsets)
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return Substring(utf8[start..<utf8.index(start, offsetBy: found.count)])
    }

    /// Where the pod UID lies in the bytes of a kubelet wake-up key; nil for other keys.
    private static func uidOffsets(in key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let prefix = podKeyPrefix.utf8
        guard key.starts(with: prefix) else { return nil }
        return prefix.count..<(key[prefix.count...].firstIndex(of: UInt8(ascii: "/")) ?? key.count)
    }

    /// The wake-up key that holds a pod's earliest pending step, so idle pods cost one lookup.
    static func podKey(_ uid: String) -> String { .concatenating(podKeyPrefix, uid) }

    /// What every kubelet wake-up key starts with, the pod's UID following it.
    static let podKeyPrefix = "kubelet/"
}
