import KubeAPI

/// One change a watch reports: what happened and the object after it (before it, for a deletion).
public struct WatchEvent: Sendable, Equatable {
    public enum EventType: String, Sendable {
        case added = "ADDED", modified = "MODIFIED", deleted = "DELETED"
    }

    public var type: EventType
    public var resource: ResourceType
    public var object: KubeObject
    /// The object before this write, when there was one.
    public var previous: KubeObject?
}

/// Watches, as the apiserver serves `?watch=true`: every write of a watched type is kept until
/// the client reads it, then filtered by namespace and selectors. An object that stops matching
/// the selectors is reported deleted, one that starts matching added.
extension Cluster {
    /// The resource version of the latest write, as a list reports it.
    public var latestResourceVersion: Int { store.revision }

    /// Starts keeping the writes of `type`.
    public func beginWatch(_ type: ResourceType) {
        store.watchedTypes.insert(type)
    }

    /// Stops keeping the writes of `type` and forgets those not read.
    public func endWatch(_ type: ResourceType) {
        store.watchedTypes.remove(type)
        store.watchLog.removeAll { $0.resource == type }
    }

    /// The kept writes of `type` that concern the selection, oldest first; they are then forgotten.
    public func takeWatchEvents(
        _ type: ResourceType, namespace: String?, selector: LabelSelector, fieldSelector: String
    ) -> [WatchEvent] {
        let events = store.watchLog.filter { $0.resource == type }
        store.watchLog.removeAll { $0.resource == type }
        let fields = try? FieldSelector(parsing: fieldSelector)
        func selected(_ object: KubeObject?) -> Bool {
            guard let object else { return false }
            if type.namespaced, let namespace, object.namespace != namespace { return false }
            if !selector.isEmpty && !selector.matches(object) { return false }
            guard var fields, !fields.isEmpty else { return true }
            for index in fields.requirements.indices {
                if case .success(let field) = FieldLabelConversion.convert(
                    fields.requirements[index].field, kind: type.kind, group: type.group)
                {
                    fields.requirements[index].field = field
                }
            }
            return fields.matches(SelectableFields.of(object, as: type))
        }
        return events.compactMap { event -> WatchEvent? in
            let now = event.type != .deleted && selected(event.object)
            let before = event.type != .added && selected(event.previous)
            switch (before, now) {
            case (true, true): return event
            case (false, true):
                var added = event
                added.type = .added
                return added
            case (true, false):
                var gone = event
                gone.type = .deleted
                if event.type == .modified, var previous = event.previous {
                    previous[path: "metadata.resourceVersion"] = event.object.metadata["resourceVersion"]
                    gone.object = previous
                }
                return gone
            case (false, false): return nil
            }
        }
    }
}
