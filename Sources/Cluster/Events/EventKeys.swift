import KubeAPI
import OrderedCollections

/// The keys of the objects an Event is built of, in the order they are built in. A built object
/// shares its constant list of keys (an object this small keeps no hash table), so building an
/// Event allocates its values and nothing else.
enum EventKeys {
    static let event: ContiguousArray<String> = [
        "apiVersion", "kind", "count", "eventTime", "firstTimestamp", "involvedObject", "lastTimestamp", "message",
        "reason",
        "reportingComponent", "reportingInstance", "source", "type", "metadata",
    ]
    static let involvedObject: ContiguousArray<String> = ["apiVersion", "kind", "name", "resourceVersion", "uid"]
    static let involvedObjectWithNamespace = involvedObject + ["namespace"]
    static let involvedObjectWithFieldPath = involvedObject + ["fieldPath"]
    static let involvedObjectWithNamespaceAndFieldPath = involvedObject + ["namespace", "fieldPath"]
    static let source: ContiguousArray<String> = ["component"]
    static let sourceWithHost: ContiguousArray<String> = ["component", "host"]
    static let metadata: ContiguousArray<String> = ["name", "namespace"]
    static let createdMetadata = metadata + ["creationTimestamp", "uid", "resourceVersion"]

    /// The scheduler's Event (`events.k8s.io`, stored as core/v1).
    static let schedulerEvent: ContiguousArray<String> = [
        "apiVersion", "kind", "action", "eventTime", "firstTimestamp", "involvedObject", "lastTimestamp", "message",
        "reason",
        "reportingComponent", "reportingInstance", "source", "type", "metadata",
    ]
    static let schedulerInvolvedObject: ContiguousArray<String> = [
        "apiVersion", "kind", "name", "namespace", "resourceVersion", "uid",
    ]
}

extension JSONValue {
    /// An object of `values` under `keys`, which must differ and be as many.
    static func object(_ keys: ContiguousArray<String>, _ values: ContiguousArray<JSONValue>) -> JSONValue {
        .object(OrderedDictionary(uncheckedUniqueKeys: keys, values: values))
    }
}
