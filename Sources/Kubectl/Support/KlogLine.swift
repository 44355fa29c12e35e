import KubeAPI

/// A line kubectl logs through klog rather than prints
/// (`W1204 20:10:11.000000   12345 prune.go:71] message`), stamped with the lab's clock and a
/// process id derived from it; a line logged `elapsed` microseconds into the command keeps the
/// process id of its start.
enum KlogLine {
    enum Severity: String {
        case info = "I", warning = "W", error = "E", fatal = "F"
    }

    /// The line, without its newline; `source` is klog's `file.go:LINE`.
    static func format(
        _ severity: Severity, source: String, _ message: String, at time: Timestamp, elapsed: Int = 0
    ) -> String {
        let total = (time.milliseconds - time.seconds * 1000) * 1000 + Int64(elapsed)
        let civil = CivilTime(secondsSinceEpoch: time.seconds + total / 1_000_000)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let micros = String(total % 1_000_000)
        let pid = String(10000 + Int(time.seconds - (time.seconds / 20000) * 20000))
        return "\(severity.rawValue)\(two(civil.month))\(two(civil.day)) "
            + "\(two(civil.hour)):\(two(civil.minute)):\(two(civil.second))."
            + String(repeating: "0", count: 6 - micros.count) + micros + " "
            + String(repeating: " ", count: 7 - pid.count) + pid + " \(source)] " + message
    }
}
