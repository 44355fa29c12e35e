/// Go's `time.Duration.String()` for a whole number of milliseconds: `800ms`, `3.355s`, `1m4.5s`.
public enum GoDuration {
    public static func format(milliseconds: Int64) -> String {
        if milliseconds == 0 { return "0s" }
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        var text = ""
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        if hours > 0 { text += "\(hours)h" }
        if hours > 0 || minutes > 0 { text += "\(minutes)m" }
        let seconds = milliseconds % 60_000
        var fraction = String(seconds % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        text += "\(seconds / 1000)" + (fraction.isEmpty ? "" : ".\(fraction)") + "s"
        return text
    }
}
