import Cluster
import KubeAPI

/// `kubectl cluster-info dump`: the nodes, then for each namespace its events, replication
/// controllers, services, daemon sets, deployments, replica sets and pods, and every container's
/// log, to standard output or as files under `--output-directory`.
///
/// kubectl reads the lists through typed clients, so they print as Go marshals the typed lists
/// (`GoTypedJSON`): struct field order, items without `kind` and `apiVersion`.
enum ClusterInfoDump {
    static let flags: [FlagSpec] = [
        FlagSpec("output-directory"), FlagSpec("namespaces", nil, .stringArray), FlagSpec("all-namespaces", "A", .bool),
        FlagSpec("output", "o"), FlagSpec("pod-running-timeout", nil, .duration), OutputFormat.showManagedFields,
        FlagSpec("allow-missing-template-keys", nil, .bool), FlagSpec("template"),
    ]

    /// The lists of each namespace: resource, file name, and the Go list type.
    private static let namespaced: [(type: ResourceType, file: String, goType: String)] = [
        (.events, "events", "v1.EventList"),
        (.replicationControllers, "replication-controllers", "v1.ReplicationControllerList"),
        (.services, "services", "v1.ServiceList"),
        (.daemonSets, "daemonsets", "v1.DaemonSetList"),
        (.deployments, "deployments", "v1.DeploymentList"),
        (.replicaSets, "replicasets", "v1.ReplicaSetList"),
        (.pods, "pods", "v1.PodList"),
    ]

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        var output = Output(context: context, format: try format(context))
        let cluster = try context.cluster
        try output.write(list(.nodes, namespace: nil, goType: "v1.NodeList", context).document, file: "nodes")
        for namespace in try namespaces(context) {
            var pods: [KubeObject] = []
            for entry in namespaced {
                let objects = try list(entry.type, namespace: namespace, goType: entry.goType, context)
                try output.write(objects.document, file: GoPath.join(namespace, entry.file))
                if entry.type == .pods { pods = objects.items }
            }
            for pod in pods {
                var text = ""
                let containers = pod[path: "spec.initContainers"].array + pod[path: "spec.containers"].array
                for container in containers {
                    text += containerLog(container["name"].string ?? "", of: pod, cluster)
                }
                try output.writeText(text, file: GoPath.join(namespace, pod.name, "logs"))
            }
        }
        if let directory = output.directory {
            context.io.out("Cluster info dumped to \(directory)\n")
        }
        return 0
    }

    /// `kube-system` and the current namespace, the ones named, or every namespace with `-A`.
    private static func namespaces(_ context: VerbContext) throws(KubectlFailure) -> [String] {
        if context.flags.bool("all-namespaces") {
            try context.authorize(AccessRequest(verb: "list", .namespaces, namespace: nil))
            return try context.cluster.list(.namespaces).map(\.name)
        }
        let named = context.flags.strings("namespaces").flatMap { $0.split(separator: ",").map(String.init) }
        return named.isEmpty ? ["kube-system", context.namespace] : named
    }

    /// A typed list as the client received it, and its items.
    private struct TypedList {
        var document: JSONValue
        var items: [KubeObject]
    }

    private static func list(_ type: ResourceType, namespace: String?, goType: String, _ context: VerbContext)
        throws(KubectlFailure)
        -> TypedList
    {
        try context.authorize(AccessRequest(verb: "list", type, namespace: namespace))
        let cluster = try context.cluster
        let items = cluster.list(type, namespace: namespace)
        let showManagedFields = context.flags.bool("show-managed-fields")
        let document: JSONValue = [
            "kind": .string(type.kind + "List"),
            "apiVersion": .string(type.apiVersion),
            "metadata": ["resourceVersion": .string(String(cluster.latestResourceVersion))],
            "items": .array(items.map { listItem($0, showManagedFields: showManagedFields) }),
        ]
        return TypedList(document: GoTypedJSON.encode(document, as: goType), items: items)
    }

    /// An item as the apiserver lists it (no `kind` or `apiVersion`), its managed fields dropped
    /// unless `--show-managed-fields`, as kubectl's printer drops them.
    private static func listItem(_ item: KubeObject, showManagedFields: Bool) -> JSONValue {
        var value = item.value
        value["kind"] = .null
        value["apiVersion"] = .null
        if !showManagedFields { value[path: "metadata.managedFields"] = .null }
        return value
    }

    /// One container's log between kubectl's START and END lines, or why it could not be read.
    private static func containerLog(_ container: String, of pod: KubeObject, _ cluster: Cluster) -> String {
        let namespace = pod.namespace ?? ""
        var text = "==== START logs for container \(container) of pod \(namespace)/\(pod.name) ====\n"
        do {
            text += try cluster.podLog(namespace: namespace, name: pod.name, PodLogOptions(container: container)).text
        } catch {
            text += "Request log error: \(unexpectedResponse(error)) (get pods \(pod.name))\n"
        }
        return text + "==== END logs for container \(container) of pod \(namespace)/\(pod.name) ====\n"
    }

    /// What client-go's raw request makes of an error status it does not decode (the apiserver's
    /// `Status` is not text), after `errors.NewGenericServerResponse`: a fixed text per code.
    private static func unexpectedResponse(_ error: APIError) -> String {
        switch error.code {
        case 400: "the server rejected our request for an unknown reason"
        case 404: "the server could not find the requested resource"
        case 500: "an error on the server (\"unknown\") has prevented the request from succeeding"
        default: "unknown"
        }
    }

    private static func format(_ context: VerbContext) throws(KubectlFailure) -> OutputFormat {
        let text = context.flags.string("output") ?? "json"
        let format = try ObjectOutput.checkFormat(text.isEmpty ? "json" : text, context: context)
        if case .name = format { throw .error("list types are not supported by name printing: *v1.NodeList") }
        return format
    }
}
