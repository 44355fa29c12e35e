import KubeAPI

/// Events live for an hour after their last update, as the apiserver's `--event-ttl` (1h) has etcd
/// keep them, or an hour after etcd last started: a restarted etcd, promoted to leader, renews
/// every lease to its whole TTL (`Promote`; kubeadm's etcd keeps no lease checkpoints).
extension Cluster {
    /// Removes events whose time-to-live has passed; reports whether any went.
    func expireEvents() -> Bool {
        guard let due = wakeups[Self.eventExpiryKey], due <= now else { return false }
        cancelWakeup(for: Self.eventExpiryKey)
        var removed = false
        var oldest: Timestamp?
        for event in list(.events) {
            let written = Self.lastWrite(of: event)
            let expires = max(written, eventLeasesRenewedAt ?? written).adding(seconds: Self.eventTTLSeconds)
            if expires <= now {
                store.remove(.events, namespace: event.namespace, name: event.name)
                removed = true
            } else if oldest == nil || expires < oldest! {
                oldest = expires
            }
        }
        if let oldest { wake(at: oldest, for: Self.eventExpiryKey) }
        return removed
    }

    /// etcd has just started again: every event's lease runs a whole TTL from now.
    func renewEventLeases() {
        eventLeasesRenewedAt = now
        wake(at: now.adding(seconds: Self.eventTTLSeconds), for: Self.eventExpiryKey)
    }

    /// Makes sure an expiry pass is due no later than when an event written now expires.
    func scheduleEventExpiry() {
        let expires = now.adding(seconds: Self.eventTTLSeconds)
        if let due = wakeups[Self.eventExpiryKey], due <= expires { return }
        wake(at: expires, for: Self.eventExpiryKey)
    }

    /// When an event was last written: its last timestamp, series time or event time.
    static func lastWrite(of event: KubeObject) -> Timestamp {
        if let time = event.value["series"]["lastObservedTime"].string.flatMap(Timestamp.init(rfc3339:)) { return time }
        for field in ["lastTimestamp", "eventTime", "firstTimestamp"] {
            if let time = event.value[field].string.flatMap(Timestamp.init(rfc3339:)) { return time }
        }
        return event.creationTimestamp ?? Timestamp(seconds: 0)
    }

    static let eventTTLSeconds: Int64 = 3600
    static let eventExpiryKey = "events/expiry"
}
