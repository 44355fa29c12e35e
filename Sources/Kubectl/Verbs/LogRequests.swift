import Cluster
import KubeAPI
import OrderedCollections

/// Which pods and containers `kubectl logs` reads, as kubectl's `LogsForObject` chooses them:
/// a pod's default container (with the `Defaulted container` notice), every container with
/// `--all-containers`, and for a workload one of its pods (`Found N pods, using pod/...`).
///
/// Real kubectl keeps the requests in a Go map, so with several its order varies from run to
/// run; the lab reads them in a fixed order (pods as listed, init containers first).
enum LogRequests {
    struct Request {
        var namespace: String
        var pod: String
        var container: String
    }

    /// What the command line names, fetched as kubectl's `Complete` fetches it: the pods a
    /// selector matches, or one object.
    enum Target {
        case selected([KubeObject])
        case object(KubeObject, ResourceType)
    }

    static func fetch(_ options: Logs.Options, context: VerbContext, cluster: Cluster) throws(KubectlFailure) -> Target {
        let namespace = context.namespace
        if let selector = options.selector {
            let pods: [KubeObject]
            try context.authorize(AccessRequest(verb: "list", .pods, namespace: namespace))
            do {
                pods = try SelectorQuery(label: selector).list(cluster, .pods, namespace: namespace)
            } catch {
                throw .server(error)
            }
            if pods.isEmpty { context.io.err("No resources found in \(namespace) namespace.\n") }
            return .selected(pods)
        }
        let text = options.resource ?? ""
        var type = ResourceType.pods
        var name = text
        if text.contains("/"), let group = try ResourceRequest.parse([text]).groups.first, let only = group.names.first {
            type = group.type
            name = only
        }
        try context.authorize(AccessRequest(verb: "get", type, namespace: namespace, name: name))
        do {
            let request = ServerRequest.get(type, namespace: namespace, name: name, accept: ServerRequest.MediaTypes.any)
            return .object(try context.send(request) { () throws(APIError) in try cluster.get(type, namespace: namespace, name: name) }, type)
        } catch {
            if error.reason == "NotFound" { throw .error("error from server (NotFound): \(error.message) in namespace \"\(namespace)\"") }
            throw .server(error)
        }
    }

    /// The requests for a target, as kubectl's `LogsForObject` makes them.
    static func requests(for target: Target, _ options: Logs.Options, context: VerbContext, cluster: Cluster) throws(KubectlFailure) -> [Request] {
        switch target {
        case .selected(let pods):
            return try requests(for: pods, options, context: context, quietDefault: options.allPods)
        case .object(let object, .pods):
            return try requests(for: [object], options, context: context, quietDefault: false)
        case .object(let object, let type):
            let pods = try podsOf(object, type: type, cluster: cluster, timeout: options.podTimeoutSeconds)
            if pods.count > 1, !options.allPods {
                context.io.err("Found \(pods.count) pods, using pod/\(pods[0].name)\n")
                return try requests(for: [pods[0]], options, context: context, quietDefault: false)
            }
            return try requests(for: pods, options, context: context, quietDefault: options.allPods)
        }
    }

    /// The pods a workload selects, best for logs first (kubectl's `ByLogging`), waiting up to
    /// `--pod-running-timeout` for one to appear.
    private static func podsOf(_ object: KubeObject, type: ResourceType, cluster: Cluster, timeout: Int64) throws(KubectlFailure) -> [KubeObject] {
        let selector: LabelSelector
        switch object.kind {
        case "Service":
            let labels = object[path: "spec.selector"].object
            guard !labels.isEmpty else {
                throw .error("cannot get the logs from *v1.Service: invalid service '\(object.name)': Service is defined without a selector")
            }
            selector = LabelSelector(json: ["matchLabels": object[path: "spec.selector"]])
        case "ReplicationController":
            selector = LabelSelector(json: ["matchLabels": object[path: "spec.selector"]])
        case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job":
            selector = LabelSelector(json: object[path: "spec.selector"])
        default:
            throw .error("cannot get the logs from *v1.\(object.kind): selector for *v1.\(object.kind) not implemented")
        }
        var pods = cluster.list(.pods, namespace: object.namespace, selector: selector)
        if pods.isEmpty {
            let appeared = cluster.wait(timeoutSeconds: timeout) {
                pods = cluster.list(.pods, namespace: object.namespace, selector: selector)
                return !pods.isEmpty
            }
            guard appeared else { throw .error("timed out waiting for the condition") }
        }
        return PodsForLogging.sorted(pods)
    }

    /// One request per container asked for in each pod.
    private static func requests(
        for pods: [KubeObject], _ options: Logs.Options, context: VerbContext, quietDefault: Bool
    ) throws(KubectlFailure) -> [Request] {
        var requests: [Request] = []
        for pod in pods {
            let namespace = pod.namespace ?? context.namespace
            let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
            let initContainers = pod[path: "spec.initContainers"].array.compactMap { $0["name"].string }
            if options.allContainers {
                requests += (initContainers + containers).map { Request(namespace: namespace, pod: pod.name, container: $0) }
                continue
            }
            var chosen = options.container
            if chosen == nil, let annotated = pod.annotations["kubectl.kubernetes.io/default-container"], !annotated.isEmpty {
                if (containers + initContainers).contains(annotated) {
                    chosen = annotated
                } else {
                    context.io.err("Default container name \"\(annotated)\" not found in pod \(pod.name)\n")
                }
            }
            if chosen == nil, let first = containers.first {
                chosen = first
                if (containers.count > 1 || !initContainers.isEmpty) && !quietDefault {
                    let all = containers + initContainers.map { "\($0) (init)" }
                    context.io.err("Defaulted container \"\(first)\" out of: \(all.joined(separator: ", "))\n")
                }
            }
            guard let chosen, (containers + initContainers).contains(chosen) else {
                throw .error("container \(chosen ?? "") is not valid for pod \(pod.name)")
            }
            requests.append(Request(namespace: namespace, pod: pod.name, container: chosen))
        }
        return requests
    }
}
