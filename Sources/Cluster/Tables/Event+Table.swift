import KubeAPI

extension ServerTables {
    /// printers.go `printEvent`: LAST SEEN, TYPE, REASON, OBJECT, MESSAGE; wide adds SUBOBJECT, SOURCE,
    /// FIRST SEEN, COUNT and NAME (the name column, so kind prefixes land there).
    enum Event: TableHandler {
        static let columns: [Table.Column] = [
            .field("Last Seen", "Event", "lastTimestamp"),
            .field("Type", "Event", "type"),
            .field("Reason", "Event", "reason"),
            .field("Object", "Event", "involvedObject"),
            .field("Subobject", "ObjectReference", "fieldPath", priority: 1),
            .field("Source", "Event", "source", priority: 1),
            .field("Message", "Event", "message"),
            .field("First Seen", "Event", "firstTimestamp", priority: 1),
            .field("Count", "Event", "count", priority: 1),
            Table.Column("Name", format: "name", priority: 1, about: .field("ObjectMeta", "name")),
        ]

        static func cells(of event: KubeObject, now: Timestamp) -> [Table.Cell] {
            let value = event.value
            var firstSeen = TableCells.since(value["firstTimestamp"], now: now)
            if TableCells.timestamp(value["firstTimestamp"]) == nil {
                firstSeen = TableCells.since(value["eventTime"], now: now)
            }
            var lastSeen = TableCells.since(value["lastTimestamp"], now: now)
            if TableCells.timestamp(value["lastTimestamp"]) == nil { lastSeen = firstSeen }
            var count = value["count"].int ?? 0
            if !value["series"].isNull {
                lastSeen = TableCells.since(value["series"]["lastObservedTime"], now: now)
                count = value["series"]["count"].int ?? 0
            } else if count == 0 {
                count = 1
            }
            let involved = value["involvedObject"]
            let kind = (involved["kind"].string ?? "").lowercased()
            let name = involved["name"].string ?? ""
            return [
                .string(lastSeen), .string(value["type"].string ?? ""), .string(value["reason"].string ?? ""),
                .string(name.isEmpty ? kind : "\(kind)/\(name)"), .string(involved["fieldPath"].string ?? ""),
                .string(source(value)), .string(trimmed(value["message"].string ?? "")), .string(firstSeen),
                .int(count), .string(event.name),
            ]
        }

        /// `<component>, <host>` or `<component>`, falling back to the reporting controller and instance.
        static func source(_ event: JSONValue) -> String {
            func firstNonEmpty(_ a: JSONValue, _ b: JSONValue) -> String {
                if let text = a.string, !text.isEmpty { return text }
                return b.string ?? ""
            }
            let component = firstNonEmpty(event["source"]["component"], event["reportingComponent"])
            let instance = firstNonEmpty(event["source"]["host"], event["reportingInstance"])
            if component.isEmpty { return "" }
            return instance.isEmpty ? component : "\(component), \(instance)"
        }

        /// Go's `strings.TrimSpace`.
        static func trimmed(_ text: String) -> String {
            let scalars = text.unicodeScalars
            guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
            else { return "" }
            return String(scalars[start...end])
        }
    }
}
