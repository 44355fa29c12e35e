import KubeAPI

/// When the kubelet brings a running pod's configMap, secret and projected volumes up to date.
///
/// The kubelet's configMap and secret managers watch their objects, so its cache is current; what
/// it writes into a volume changes only when the pod worker syncs the pod, every
/// `--sync-frequency` (1m by default; the kubelet adds up to half of it as jitter, which the
/// simulation leaves out so the delay is the same in every replay). An update therefore shows in
/// the mounted files at the first sync after it, at most a minute later; a `subPath` mount is a
/// bind mount of one file and never changes.
extension Cluster {
    /// The kubelet's pod sync period, in seconds.
    public static let podSyncSeconds: Int64 = 60

    /// The kubelet's last periodic sync of `pod` at or before now; nil before the pod started.
    public func lastVolumeSync(of pod: KubeObject) -> Timestamp? {
        guard let started = pod[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:)), started <= now else {
            return nil
        }
        let period = Self.podSyncSeconds * 1000
        let elapsed = now.milliseconds(since: started)
        return started.adding(milliseconds: elapsed / period * period)
    }

    /// When the newest of the ConfigMaps and Secrets behind `volume` was last written; nil when
    /// none of them exists or the volume has no such sources.
    public func volumeSourcesWritten(of volume: JSONValue, in pod: KubeObject) -> Timestamp? {
        var sources: [(ResourceType, String?)] = [
            (.configMaps, volume[path: "configMap.name"].string), (.secrets, volume[path: "secret.secretName"].string),
        ]
        for source in volume[path: "projected.sources"].array {
            sources.append((.configMaps, source[path: "configMap.name"].string))
            sources.append((.secrets, source[path: "secret.name"].string))
        }
        let times = sources.compactMap { type, name in
            name.flatMap { lookup(type, pod.namespace ?? "default", $0) }?.metadata["resourceVersion"].string
                .flatMap(writeTime(ofResourceVersion:))
        }
        return times.max()
    }
}
