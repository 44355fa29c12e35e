import KubeAPI

extension DescribeWriter {
    /// `DescribeEvents`: `Events:  <none>` in the current block, or a table of its own, oldest
    /// last-seen first; nothing at all when events are not shown (`events` nil).
    mutating func events(_ events: [KubeObject]?, context: DescribeContext) {
        guard let events else { return }
        guard !events.isEmpty else { return field(0, "Events", "<none>") }
        flush()
        let sorted = events.enumerated().sorted { a, b in
            let (x, y) = (Self.lastSeen(a.element), Self.lastSeen(b.element))
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element.value)
        write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n")
        write(1, "----\t------\t----\t----\t-------\n")
        for event in sorted {
            var first = context.since(event["eventTime"])
            if event["eventTime"].isNull { first = context.since(event["firstTimestamp"]) }
            let count = event["count"].int ?? 0
            var age = first
            if !event["series"].isNull {
                let seriesCount = event["series"]["count"].int ?? 0
                age = "\(context.since(event["series"]["lastObservedTime"])) (x\(seriesCount) over \(first))"
            } else if count > 1 {
                age = "\(context.since(event["lastTimestamp"])) (x\(count) over \(first))"
            }
            var source = event["source"]["component"].string ?? ""
            if source.isEmpty { source = event["reportingComponent"].string ?? "" }
            let message = (event["message"].string ?? "").trimmingSpace
            write(1, "\(event["type"].string ?? "")\t\(event["reason"].string ?? "")\t\(age)\t\(source)\t\(message)\n")
        }
    }

    /// An event's `lastTimestamp`; missing sorts first, as Go's zero time does.
    private static func lastSeen(_ event: KubeObject) -> Int64 {
        event.value["lastTimestamp"].string.flatMap(Timestamp.init(rfc3339:))?.milliseconds ?? Int64.min
    }
}

extension String {
    /// Go's `strings.TrimSpace` for the whitespace messages carry.
    var trimmingSpace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
