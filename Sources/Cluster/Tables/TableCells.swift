import KubeAPI

/// Cell formatting that several printers.go handlers share.
public enum TableCells {
    /// `translateTimestampSince(creationTimestamp)`: the object's age, `<unknown>` without one.
    static func age(_ object: KubeObject, now: Timestamp) -> Table.Cell {
        .string(HumanDuration.since(object.creationTimestamp, now: now))
    }

    /// The age of an RFC 3339 timestamp field, `<unknown>` when absent or unparsable.
    static func since(_ field: JSONValue, now: Timestamp) -> String {
        HumanDuration.since(timestamp(field), now: now)
    }

    static func timestamp(_ field: JSONValue) -> Timestamp? {
        field.string.flatMap(Timestamp.init(rfc3339:))
    }

    /// `layoutContainerCells`: container names and images, each joined with `,`.
    static func containers(_ containers: JSONValue) -> (names: Table.Cell, images: Table.Cell) {
        let list = containers.array
        let names = list.map { $0["name"].string ?? "" }.joined(separator: ",")
        let images = list.map { $0["image"].string ?? "" }.joined(separator: ",")
        return (.string(names), .string(images))
    }

    /// `labels.FormatLabels`: `k=v,k2=v2` sorted by key, `<none>` when empty.
    public static func labels(_ map: JSONValue) -> String {
        let pairs = map.stringMap.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return pairs.isEmpty ? "<none>" : pairs.joined(separator: ",")
    }

    /// `metav1.FormatLabelSelector`: the selector string, `<none>` when empty or absent, `<error>` when invalid.
    public static func labelSelector(_ selector: JSONValue) -> String {
        guard let text = selectorString(selector) else { return "<error>" }
        return text.isEmpty ? "<none>" : text
    }

    /// `metav1.LabelSelectorAsSelector(s).String()`: requirements sorted by key, `in` values sorted;
    /// empty for a missing or empty selector, nil when an expression is invalid.
    public static func selectorString(_ selector: JSONValue) -> String? {
        var requirements: [(key: String, text: String)] = selector["matchLabels"].stringMap.map {
            ($0.key, "\($0.key)=\($0.value)")
        }
        for expression in selector["matchExpressions"].array {
            let key = expression["key"].string ?? ""
            let values = expression["values"].array.compactMap(\.string).sorted()
            switch expression["operator"].string {
            case "In" where !values.isEmpty:
                requirements.append((key, "\(key) in (\(values.joined(separator: ",")))"))
            case "NotIn" where !values.isEmpty:
                requirements.append((key, "\(key) notin (\(values.joined(separator: ",")))"))
            case "Exists" where values.isEmpty:
                requirements.append((key, key))
            case "DoesNotExist" where values.isEmpty:
                requirements.append((key, "!\(key)"))
            default:
                return nil
            }
        }
        let sorted = requirements.enumerated().sorted { a, b in
            a.element.key != b.element.key ? a.element.key < b.element.key : a.offset < b.offset
        }
        return sorted.map(\.element.text).joined(separator: ",")
    }

    /// Whether `status.conditions` holds a condition of `type` whose status is `True`.
    static func hasTrueCondition(_ object: KubeObject, _ type: String) -> Bool {
        object[path: "status.conditions"].array.contains {
            $0["type"].string == type && $0["status"].string == "True"
        }
    }

    /// An integer field as a cell, missing counting as 0 (Go's zero value).
    static func int(_ field: JSONValue) -> Table.Cell { .int(field.int ?? 0) }

    /// `loadBalancerStatusStringer`: unique ingress IPs (else hostnames), sorted, joined with `,`;
    /// cut to 16 characters unless wide (the apiserver always builds wide tables).
    public static func loadBalancer(_ status: JSONValue, wide: Bool) -> String {
        var seen = Set<String>()
        for ingress in status["ingress"].array {
            if let ip = ingress["ip"].string, !ip.isEmpty {
                seen.insert(ip)
            } else if let hostname = ingress["hostname"].string, !hostname.isEmpty {
                seen.insert(hostname)
            }
        }
        let joined = seen.sorted().joined(separator: ",")
        if !wide && joined.utf8.count > 16 { return String(decoding: joined.utf8.prefix(13), as: UTF8.self) + "..." }
        return joined
    }

    /// A list cut to `max` entries, then ` + N more...`; `<unset>` when empty (`listWithMoreString`).
    static func listWithMore(_ items: [String], max: Int) -> String {
        let shown = items.prefix(max).joined(separator: ",")
        if items.count > max { return "\(shown) + \(items.count - max) more..." }
        return shown.isEmpty ? "<unset>" : shown
    }
}
