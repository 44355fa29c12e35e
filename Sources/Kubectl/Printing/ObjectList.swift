import KubeAPI

/// What `kubectl apply -o FORMAT` prints once every object is applied (`printObjects`): the
/// one object, or several wrapped in a `v1` `List`, whose own fields keep Go's struct order
/// (kind, apiVersion, metadata, items) while each item, unstructured, has its keys sorted.
enum ObjectList {
    static func print(
        _ objects: [(ResourceType, KubeObject)], output: String?, context: VerbContext
    ) throws(KubectlFailure) {
        guard let (type, first) = objects.first else { return }
        guard objects.count > 1 else {
            _ = try ObjectOutput.print(
                first, type: type, operation: "", output: output, dryRun: .none, context: context, fetched: true)
            return
        }
        let list: JSONValue = [
            "kind": "List", "apiVersion": "v1", "metadata": .emptyObject,
            "items": .array(objects.map(\.1.value.sortedKeys)),
        ]
        if try ObjectOutput.checkFormat(output, context: context) == .json {
            JSONPrinter.write(list, sortingKeys: false, to: context.io)
            return
        }
        _ = try ObjectOutput.print(
            KubeObject(list), type: type, operation: "", output: output, dryRun: .none, context: context)
    }
}
