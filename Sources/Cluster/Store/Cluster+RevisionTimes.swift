import KubeAPI

/// When each store revision was written, so a reader can tell how old an object's data is
/// (the kubelet asks this of the ConfigMaps and Secrets behind its volumes).
///
/// Every write is followed by a reconcile at the same virtual time, so marking the store's
/// revision with the clock there dates every revision written since the last mark.
extension Cluster {
    /// Notes that every revision up to the store's current one was written by now.
    func markRevisionTime() {
        if let last = revisionTimes.last, last.revision == store.revision { return }
        revisionTimes.append((store.revision, now))
    }

    /// When the write that gave an object `resourceVersion` happened; nil for a version not seen.
    public func writeTime(ofResourceVersion resourceVersion: String) -> Timestamp? {
        guard let revision = Int(resourceVersion) else { return nil }
        var low = 0
        var high = revisionTimes.count
        while low < high {
            let middle = (low + high) / 2
            if revisionTimes[middle].revision < revision { low = middle + 1 } else { high = middle }
        }
        return low < revisionTimes.count ? revisionTimes[low].time : nil
    }
}
