import KubeAPI
import OrderedCollections

/// An Event as kubectl's typed client holds it: `kubectl events` prints `corev1.Event` values, so
/// its JSON comes out in the Go struct's field order rather than sorted.
enum EventDocument {
    /// `event` with its members, and those of its metadata, reference and source, in struct order.
    static func typed(_ event: JSONValue) -> JSONValue {
        var value = ordered(event, eventFields)
        for (field, order) in [("metadata", metadataFields), ("involvedObject", referenceFields), ("source", sourceFields)] {
            if case .object = value[field] { value[field] = ordered(value[field], order) }
        }
        return value
    }

    /// Prints a list or one event in an `-o` format other than the table; `count` is how many
    /// documents were printed before (YAML separates documents with `---`).
    static func print(_ document: JSONValue, format: OutputFormat, context: VerbContext, count: Int) throws(KubectlFailure) {
        switch try format.objectPrinter(context: context, noHeaders: false) {
        case .json:
            JSONPrinter.write(document, sortingKeys: false, to: context.io)
        case .yaml:
            if count > 0 { context.io.out("---\n") }
            YAMLPrinter.write(document, to: context.io)
        case .jsonpath(let printer):
            context.io.out(try printer.print(document.sortedKeys))
        case .goTemplate(let printer):
            try printer.print(document.sortedKeys, io: context.io)
        case .name:
            context.io.out("event/\(document["metadata"]["name"].string ?? "")\n")
        case .customColumns:
            break
        }
    }

    private static func ordered(_ value: JSONValue, _ order: [String]) -> JSONValue {
        guard case .object(let members) = value else { return value }
        var result = OrderedDictionary<String, JSONValue>()
        for key in order { if let member = members[key] { result[key] = member } }
        for (key, member) in members where result[key] == nil { result[key] = member }
        return .object(result)
    }

    private static let eventFields = [
        "kind", "apiVersion", "metadata", "involvedObject", "reason", "message", "source", "firstTimestamp",
        "lastTimestamp", "count", "type", "eventTime", "series", "action", "related", "reportingComponent",
        "reportingInstance",
    ]
    private static let metadataFields = [
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp",
        "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations", "ownerReferences", "finalizers",
        "managedFields",
    ]
    private static let referenceFields = ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"]
    private static let sourceFields = ["component", "host"]
}
