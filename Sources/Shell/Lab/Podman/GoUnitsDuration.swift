/// `HumanDuration` of Docker's `go-units`, the words podman prints for ages and uptimes
/// (`2 days`, `Up 6 hours`, `Exited (137) 5 seconds ago`).
enum GoUnitsDuration {
    static func human(milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        if seconds < 1 { return "Less than a second" }
        if seconds == 1 { return "1 second" }
        if seconds < 60 { return "\(seconds) seconds" }
        let minutes = seconds / 60
        if minutes == 1 { return "About a minute" }
        if minutes < 60 { return "\(minutes) minutes" }
        // Hours are rounded to the nearest, everything longer counts whole rounded hours.
        let hours = Int64((Double(milliseconds) / 3_600_000 + 0.5).rounded(.down))
        if hours == 1 { return "About an hour" }
        if hours < 48 { return "\(hours) hours" }
        if hours < 24 * 7 * 2 { return "\(hours / 24) days" }
        if hours < 24 * 30 * 2 { return "\(hours / 24 / 7) weeks" }
        if hours < 24 * 365 * 2 { return "\(hours / 24 / 30) months" }
        return "\(milliseconds / 3_600_000 / 24 / 365) years"
    }
}
