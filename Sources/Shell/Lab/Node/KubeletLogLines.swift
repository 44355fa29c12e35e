import Cluster
import KubeAPI
import Kubectl

/// The kubelet's klog lines (`I0423 07:26:02.000000      83 file.go:N] "Message" key="value"`) for
/// what it did, with the source locations of kubelet v1.32.
struct KubeletLogLines {
    /// The kubelet's PID, which klog writes in every header.
    let pid: Int
    /// When the kubelet process started, the origin of Go's monotonic `m=+` readings.
    let started: Timestamp

    func line(_ record: KubeletLogRecord) -> String {
        let pod = quote("\(record.namespace)/\(record.pod)")
        switch record.action {
        case .syncFailed(let container, let reason, let message):
            let error = "failed to \(quote("StartContainer")) for \(quote(container)) with \(reason): \(quote(message))"
            return header("E", record.time, "pod_workers.go:1301")
                + "\"Error syncing pod, skipping\" err=\(quote(error)) pod=\(pod) podUID=\(quote(record.podUID))"
        case .podStarted(let created, let firstPull, let lastPull):
            let endToEnd = record.time.milliseconds(since: created)
            var pulling: Int64 = 0
            if let firstPull, let lastPull { pulling = lastPull.milliseconds(since: firstPull) }
            return header("I", record.time, "pod_startup_latency_tracker.go:104")
                + "\"Observed pod startup duration\" pod=\(pod) podStartSLOduration=\(seconds(endToEnd - pulling)) "
                + "podStartE2EDuration=\(quote(GoDuration.format(milliseconds: endToEnd))) "
                + "podCreationTimestamp=\(quote(goTime(created, monotonic: false))) "
                + "firstStartedPulling=\(quote(firstPull.map { goTime($0) } ?? Self.zeroTime)) "
                + "lastFinishedPulling=\(quote(lastPull.map { goTime($0) } ?? Self.zeroTime)) "
                + "observedRunningTime=\(quote(goTime(record.time))) watchObservedRunningTime=\(quote(goTime(record.time)))"
        }
    }

    /// klog's header: severity, date, time to the microsecond, PID right-aligned in 7, file and line.
    private func header(_ severity: String, _ time: Timestamp, _ location: String) -> String {
        let id = String(pid)
        return severity + time.cFormat("%m%d %H:%M:%S.%6N") + " " + String(repeating: " ", count: max(0, 7 - id.count)) + id
            + " \(location)] "
    }

    /// Go's `time.Time.String()`: fraction without trailing zeros, zone, and the monotonic reading
    /// for times the process took from its own clock.
    private func goTime(_ time: Timestamp, monotonic: Bool = true) -> String {
        var text = time.cFormat("%Y-%m-%d %H:%M:%S") + trimmedFraction(time.milliseconds - time.seconds * 1000) + " +0000 UTC"
        if monotonic {
            let since = max(0, time.milliseconds(since: started))
            let millis = String(since % 1000)
            text += " m=+\(since / 1000)." + String(repeating: "0", count: 3 - millis.count) + millis + "000000"
        }
        return text
    }

    private static let zeroTime = "0001-01-01 00:00:00 +0000 UTC"

    /// Seconds as Go's `%v` prints a float64 of them: `2.038`, `13`.
    private func seconds(_ milliseconds: Int64) -> String {
        let sign = milliseconds < 0 ? "-" : ""
        let value = abs(milliseconds)
        return sign + "\(value / 1000)" + trimmedFraction(value % 1000)
    }

    private func trimmedFraction(_ milliseconds: Int64) -> String {
        guard milliseconds > 0 else { return "" }
        var digits = String(milliseconds)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }

    /// Go's `strconv.Quote`, as klog writes string values.
    private func quote(_ text: String) -> String { GoSyntax.quoted(text) }
}
