import KubeAPI

/// One line of `kubectl events`' own table (not the server's Event table `get events` prints):
/// how long ago, the type, reason, `Kind/name` and the message.
enum EventRow {
    static func headers(allNamespaces: Bool) -> [String] {
        (allNamespaces ? ["NAMESPACE"] : []) + ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
    }

    static func cells(_ event: KubeObject, allNamespaces: Bool, now: Timestamp) -> [String] {
        let value = event.value
        let involved = value["involvedObject"]
        let message = trimmedSpace(value["message"].string ?? "")
        let cells = [
            interval(value, now: now), escape(value["type"].string), escape(value["reason"].string),
            escape(involved["kind"].string) + "/" + escape(involved["name"].string), escape(message),
        ]
        return (allNamespaces ? [event.namespace ?? ""] : []) + cells
    }

    /// `getInterval`: the age of the first occurrence, or for a repeated event the age of the
    /// last one with the count and the age of the first (`2m3s (x4 over 10m)`).
    static func interval(_ value: JSONValue, now: Timestamp) -> String {
        let eventTime = timestamp(value["eventTime"])
        let first = HumanDuration.since(eventTime ?? timestamp(value["firstTimestamp"]), now: now)
        let series = value["series"]
        if case .object = series {
            let last = HumanDuration.since(timestamp(series["lastObservedTime"]), now: now)
            return "\(last) (x\(series["count"].int ?? 0) over \(first))"
        }
        if let count = value["count"].int, count > 1 {
            return "\(HumanDuration.since(timestamp(value["lastTimestamp"]), now: now)) (x\(count) over \(first))"
        }
        return first
    }

    /// `eventTime` of kubectl's sort: the series' last observation, else the last timestamp, else
    /// the event time; a missing one sorts first, as Go's zero time does.
    static func time(of event: KubeObject) -> Int64 {
        let value = event.value
        if case .object = value["series"] { return timestamp(value["series"]["lastObservedTime"])?.milliseconds ?? zero }
        if let last = timestamp(value["lastTimestamp"]) { return last.milliseconds }
        return timestamp(value["eventTime"])?.milliseconds ?? zero
    }

    /// Go's zero time, year 1, in milliseconds since 1970.
    private static let zero: Int64 = -62_135_596_800_000

    private static func timestamp(_ value: JSONValue) -> Timestamp? {
        value.string.flatMap(Timestamp.init(rfc3339:))
    }

    /// Go's `strings.TrimSpace`: Unicode white space cut from both ends.
    private static func trimmedSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// `escapeCell`: cut at the first line break (with `...`), terminal escapes made visible.
    private static func escape(_ text: String?) -> String {
        var scalars = Substring(text ?? "").unicodeScalars
        var suffix = ""
        if let cut = scalars.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }) {
            scalars = scalars[..<cut]
            suffix = "..."
        }
        return HumanReadablePrinter.escapeTerminal(String(scalars)) + suffix
    }
}
