import KubeAPI

/// The request rate limit of one API client, as client-go keeps it (a token bucket): it holds
/// at most `burst` tokens, gains `qps` a second, and each request takes one. kube-controller-manager
/// gives every controller its own client at `--kube-api-qps=20 --kube-api-burst=30` (kubeadm keeps
/// those defaults), which is what makes a large scale-up take minutes: a ReplicaSet of 10,000
/// creates 30 pods at once, then 20 a second.
///
/// In virtual time, whole milliseconds: one token every `1000 / qps` ms.
struct ClientRateLimiter: Sendable {
    let qps: Int64
    let burst: Int
    private var tokens: Int
    /// When the last whole token was added; nil while the bucket is full.
    private var refilledAt: Timestamp?

    init(qps: Int64, burst: Int) {
        self.qps = qps
        self.burst = burst
        tokens = burst
    }

    /// kube-controller-manager's defaults.
    static let controllerManager = ClientRateLimiter(qps: 20, burst: 30)

    private var interval: Int64 { 1000 / qps }

    /// The tokens the bucket holds at `now`.
    func available(at now: Timestamp) -> Int {
        var bucket = self
        bucket.refill(at: now)
        return bucket.tokens
    }

    /// Takes up to `wanted` tokens at `now`; returns how many it got.
    mutating func take(_ wanted: Int, at now: Timestamp) -> Int {
        refill(at: now)
        let taken = min(max(wanted, 0), tokens)
        if taken > 0, tokens == burst { refilledAt = now }
        tokens -= taken
        return taken
    }

    /// The first moment the bucket holds `count` tokens (at most `burst`), at `now` or later.
    func time(holding count: Int, after now: Timestamp) -> Timestamp {
        var bucket = self
        bucket.refill(at: now)
        let missing = min(count, burst) - bucket.tokens
        guard missing > 0, let since = bucket.refilledAt else { return now }
        return since.adding(milliseconds: Int64(missing) * interval)
    }

    private mutating func refill(at now: Timestamp) {
        guard let since = refilledAt else { return }
        let gained = now.milliseconds(since: since) / interval
        guard gained > 0 else { return }
        if Int64(burst - tokens) <= gained {
            tokens = burst
            refilledAt = nil
        } else {
            tokens += Int(gained)
            refilledAt = since.adding(milliseconds: gained * interval)
        }
    }
}
