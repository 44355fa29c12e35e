import KubeAPI

/// A core/v1 Event as client-go's recorder makes it (`makeEvent`), after its correlator named and
/// counted it: built in one go, members in the order the store has always kept them.
/// Its objects' keys are `EventKeys`' constant lists.
struct RecordedEvent {
    let subject: EventSubject
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
        return JSONValue.object(
            EventKeys.event,
            [
                "v1", "Event", .int(write.count), .null, .string(firstTimestamp), involvedObject, .string(time),
                .string(write.message), .string(occurrence.reason), .string(write.combined ? "" : source.component),
                .string(write.combined ? "" : source.host ?? ""), sourceJSON, .string(occurrence.type),
                metadata(created: created),
            ])
    }

    /// The object the event is about. A cluster-scoped object's reference has no namespace,
    /// though its events live in `default`.
    private var involvedObject: JSONValue {
        // Made with room for all seven at once: a literal's array would be made again to grow.
        var values = ContiguousArray<JSONValue>()
        values.reserveCapacity(7)
        values.append(.string(subject.apiVersion))
        values.append(.string(subject.kind))
        values.append(.string(subject.name))
        values.append(.string(subject.resourceVersion))
        values.append(.string(occurrence.objectUID))
        let namespace = subject.namespace
        if let namespace { values.append(.string(namespace)) }
        if let fieldPath = occurrence.fieldPath { values.append(.string(fieldPath)) }
        let keys =
            switch (namespace != nil, occurrence.fieldPath != nil) {
            case (true, true): EventKeys.involvedObjectWithNamespaceAndFieldPath
            case (true, false): EventKeys.involvedObjectWithNamespace
            case (false, true): EventKeys.involvedObjectWithFieldPath
            case (false, false): EventKeys.involvedObject
            }
        return JSONValue.object(keys, values)
    }

    private var sourceJSON: JSONValue {
        let component = JSONValue.string(occurrence.source.component)
        guard let host = occurrence.source.host else { return JSONValue.object(EventKeys.source, [component]) }
        return JSONValue.object(EventKeys.sourceWithHost, [component, .string(host)])
    }

    private func metadata(created: (timestamp: String, uid: String, resourceVersion: String)?) -> JSONValue {
        let name = JSONValue.string(write.name)
        let namespace = JSONValue.string(subject.namespace ?? "default")
        guard let created else { return JSONValue.object(EventKeys.metadata, [name, namespace]) }
        return JSONValue.object(
            EventKeys.createdMetadata,
            [name, namespace, .string(created.timestamp), .string(created.uid), .string(created.resourceVersion)])
    }

}
