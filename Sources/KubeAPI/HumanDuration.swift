/// Durations printed the way Kubernetes prints ages (`90s`, `5m30s`, `3d4h`).
public enum HumanDuration {
    /// apimachinery's HumanDuration over a span in milliseconds.
    public static func format(milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        if seconds < -1 { return "<invalid>" }
        if seconds < 0 { return "0s" }
        if seconds < 60 * 2 { return "\(seconds)s" }
        let minutes = milliseconds / 60_000
        if minutes < 10 {
            let s = seconds % 60
            return s == 0 ? "\(minutes)m" : "\(minutes)m\(s)s"
        }
        if minutes < 60 * 3 { return "\(minutes)m" }
        let hours = milliseconds / 3_600_000
        if hours < 8 {
            let m = minutes % 60
            return m == 0 ? "\(hours)h" : "\(hours)h\(m)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let h = hours % 24
            return h == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(h)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let days = hours / 24
            let dy = days % 365
            return dy == 0 ? "\(days / 365)y" : "\(days / 365)y\(dy)d"
        }
        return "\(hours / 24 / 365)y"
    }

    /// The age of `timestamp` at `now`; `<unknown>` when there is no timestamp.
    public static func since(_ timestamp: Timestamp?, now: Timestamp) -> String {
        guard let timestamp else { return "<unknown>" }
        return format(milliseconds: now.milliseconds(since: timestamp))
    }
}
