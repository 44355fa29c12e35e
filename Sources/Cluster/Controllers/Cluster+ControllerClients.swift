import KubeAPI

/// Requests that kube-controller-manager's controllers send through their rate-limited clients
/// (`ClientRateLimiter`). A controller sends what its client allows now; when that is short, it
/// is woken to go on once the bucket holds the rest (a second's worth at most), as its blocked
/// requests would go out then. Restoring a world sends nothing, so nothing is limited.
extension Cluster {
    /// How many of `wanted` requests `client` may send now, taken from its bucket; when fewer,
    /// the wake-up `key` is set for when it may send the rest, or `backlog` more when the caller
    /// knows it has that many to send one by one. A wake-up already set for later is kept when
    /// sooner, so syncs in between (for other reasons) do not put the next one off.
    func requestsAllowed(_ wanted: Int, client: String, resumeUnder key: String, backlog: Int? = nil) -> Int {
        let allowed = min(wanted, requestBudget(of: client))
        spendRequests(allowed, client: client)
        if allowed < wanted {
            let resume = timeToResume(client, wanting: backlog ?? wanted - allowed)
            let pending = wakeups[key].flatMap { $0 > now ? $0 : nil }
            wake(at: min(resume, pending ?? resume), for: key)
        }
        return allowed
    }

    /// Drops the wake-up `key` if it is due: the sync it asked for is under way.
    func takeDueWakeup(_ key: String) {
        if let time = wakeups[key], time <= now { cancelWakeup(for: key) }
    }

    /// How many requests `client` may send now.
    func requestBudget(of client: String) -> Int {
        restoring ? .max : limiter(of: client).available(at: now)
    }

    /// Takes `count` requests from `client`'s bucket.
    func spendRequests(_ count: Int, client: String) {
        guard !restoring, count > 0 else { return }
        var limiter = limiter(of: client)
        _ = limiter.take(count, at: now)
        controllerClients[client] = limiter
    }

    /// When `client` may send the next `wanted` requests, or a second's worth of them.
    func timeToResume(_ client: String, wanting wanted: Int) -> Timestamp {
        let limiter = limiter(of: client)
        return limiter.time(holding: min(wanted, Int(limiter.qps)), after: now)
    }

    private func limiter(of client: String) -> ClientRateLimiter {
        controllerClients[client] ?? .controllerManager
    }
}
