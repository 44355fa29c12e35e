import KubeAPI

@testable import Kubectl

/// The objects behind kubectl-output-cases.md C54-C62, served to describers from memory.
///
/// T is the moment the captures' tables were computed; describe ran 6 seconds later, so every
/// time is given as seconds before T and `now` is T + 6.
enum DescribeDataset {
    static let t = Timestamp(rfc3339: "2026-11-27T03:29:41Z") ?? Timestamp(seconds: 0)
    static let now = t.adding(seconds: 6)

    static func ago(_ seconds: Int) -> JSONValue { .string(t.adding(seconds: Int64(-seconds)).rfc3339) }

    /// An API served from a fixed set of objects.
    struct Source: DescribeSource {
        var now = DescribeDataset.now
        var objects: [KubeObject]

        func list(_ type: ResourceType, namespace: String?, selector: LabelSelector) -> [KubeObject] {
            objects.filter { $0.kind == type.kind && (namespace == nil || $0.namespace == namespace) }
                .filter { selector.matches($0) }
                .sorted { ($0.namespace ?? "", $0.name) < ($1.namespace ?? "", $1.name) }
        }

        func get(_ type: ResourceType, namespace: String?, name: String) throws(APIError) -> KubeObject {
            guard
                let found = list(type, namespace: namespace, selector: LabelSelector()).first(where: { $0.name == name }
                )
            else { throw .notFound(type, name) }
            return found
        }
    }

    /// The description of the object of `kind` named `name`, as `kubectl describe` prints it.
    static func describe(_ kind: String, _ name: String) -> String {
        let context = DescribeContext(source: Source(objects: objects))
        guard let object = objects.first(where: { $0.kind == kind && $0.name == name }) else { return "" }
        return Describers.describe(object, context)
    }

    static var objects: [KubeObject] {
        DescribePods.all + DescribeWorkloads.all + DescribeConfig.all + DescribeEvents.all
    }

    static func object(_ apiVersion: String, _ kind: String, _ name: String, _ namespace: String?, _ body: JSONValue)
        -> KubeObject
    {
        var metadata: JSONValue = ["name": .string(name), "uid": .string("uid-\(name)")]
        if let namespace { metadata["namespace"] = .string(namespace) }
        var value: JSONValue = ["apiVersion": .string(apiVersion), "kind": .string(kind), "metadata": metadata]
        for (key, member) in body.stringKeyedMembers {
            if key == "metadata" {
                for (field, item) in member.stringKeyedMembers { value["metadata"][field] = item }
            } else {
                value[key] = member
            }
        }
        return KubeObject(value)
    }

    /// The not-ready and unreachable tolerations every pod gets by default.
    static let defaultTolerations: JSONValue = [
        ["key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300],
        [
            "key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute",
            "tolerationSeconds": 300,
        ],
    ]
}
