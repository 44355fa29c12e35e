import KubeAPI
import OrderedCollections

/// A core/v1 Event as client-go's recorder makes it (`makeEvent`), after its correlator named and
/// counted it: built in one go, members in the order the store has always kept them.
struct RecordedEvent {
    let object: KubeObject
    let occurrence: EventCorrelator.Occurrence
    let write: EventCorrelator.Write
    let now: Timestamp
    /// `now` as RFC 3339: the event's last time (and its first, when it is new).
    let time: String

    /// The Event as stored; `created` adds what the apiserver stamps on a new one (its creation
    /// time, UID and resource version), nil leaves that to whoever delivers it.
    func json(created: (timestamp: String, uid: String, resourceVersion: String)?) -> JSONValue {
        let source = occurrence.source
        let firstTimestamp = write.firstTimestamp == now ? time : write.firstTimestamp.rfc3339
        return Self.object([
            ("apiVersion", "v1"), ("kind", "Event"), ("count", .int(write.count)), ("eventTime", .null),
            ("firstTimestamp", .string(firstTimestamp)), ("involvedObject", involvedObject), ("lastTimestamp", .string(time)),
            ("message", .string(write.message)), ("reason", .string(occurrence.reason)),
            ("reportingComponent", .string(write.combined ? "" : source.component)),
            ("reportingInstance", .string(write.combined ? "" : source.host ?? "")),
            ("source", sourceJSON), ("type", .string(occurrence.type)), ("metadata", metadata(created: created)),
        ])
    }

    /// The object the event is about. A cluster-scoped object's reference has no namespace,
    /// though its events live in `default`.
    private var involvedObject: JSONValue {
        var members: [(String, JSONValue)] = [
            ("apiVersion", .string(object.apiVersion)), ("kind", .string(object.kind)), ("name", .string(object.name)),
            ("resourceVersion", .string(String(object.resourceVersion))), ("uid", .string(occurrence.objectUID)),
        ]
        if let namespace = object.namespace { members.append(("namespace", .string(namespace))) }
        if let fieldPath = occurrence.fieldPath { members.append(("fieldPath", .string(fieldPath))) }
        return Self.object(members)
    }

    private var sourceJSON: JSONValue {
        guard let host = occurrence.source.host else { return Self.object([("component", .string(occurrence.source.component))]) }
        return Self.object([("component", .string(occurrence.source.component)), ("host", .string(host))])
    }

    private func metadata(created: (timestamp: String, uid: String, resourceVersion: String)?) -> JSONValue {
        var members: [(String, JSONValue)] = []
        members.reserveCapacity(5)
        members.append(("name", .string(write.name)))
        members.append(("namespace", .string(object.namespace ?? "default")))
        if let created {
            members.append(("creationTimestamp", .string(created.timestamp)))
            members.append(("uid", .string(created.uid)))
            members.append(("resourceVersion", .string(created.resourceVersion)))
        }
        return Self.object(members)
    }

    /// An object of members whose keys are known to differ.
    private static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        .object(OrderedDictionary(uncheckedUniqueKeysWithValues: members))
    }
}
