import Cluster
import KubeAPI

/// The container `kubectl exec` (and `cp`, which execs `tar`) runs in: the pod must be running,
/// the container is the one `-c` names or the default one, and it must be running too.
struct ExecTarget {
    var pod: KubeObject
    var container: String

    /// `defaultedNotice` is where kubectl says which container it picked when the pod has
    /// several (nil keeps quiet, as `exec -q` does).
    /// `accept` is what the GET of the pod asks for: any type from exec's REST client, protobuf
    /// from the typed client `cp`'s execs read it with.
    init(
        namespace: String, podName: String, container requested: String?, _ context: VerbContext,
        defaultedNotice: StandardStream?, accept: String = ServerRequest.MediaTypes.any
    ) throws(KubectlFailure) {
        let cluster = try context.cluster
        do {
            let request = ServerRequest.get(.pods, namespace: namespace, name: podName, accept: accept)
            pod = try context.send(request) { () throws(APIError) in
                try cluster.authorize(AccessRequest(verb: "get", .pods, namespace: namespace, name: podName), as: context.user)
                return try cluster.get(.pods, namespace: namespace, name: podName)
            }
        } catch {
            throw .server(error)
        }
        let phase = pod[path: "status.phase"].string ?? ""
        if phase == "Succeeded" || phase == "Failed" {
            throw .error("cannot exec into a container in a completed pod; current phase is \(phase)")
        }
        let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
        if let requested {
            guard pod.containerSpec(named: requested) != nil else { throw .error("container \(requested) not found in pod \(podName)") }
            container = requested
        } else if let named = pod.annotations["kubectl.kubernetes.io/default-container"], pod.containerSpec(named: named) != nil {
            container = named
        } else {
            container = containers.first ?? ""
            let others = !pod[path: "spec.initContainers"].array.isEmpty || !pod.ephemeralContainers.isEmpty
            if containers.count > 1 || others, let defaultedNotice {
                context.io.sink.write("Defaulted container \"\(container)\" out of: \(Self.allNames(of: pod))\n", to: defaultedNotice)
            }
            context.logInfo(4, "podcmd.go:88", "Defaulting container name to \(container)")
        }
        let status = pod.containerStatus(named: container)
        // The exec itself is a create on the pod's `exec` subresource.
        try context.authorize(AccessRequest(verb: "create", .pods, subresource: "exec", namespace: namespace, name: podName))
        try Self.requireNode(pod)
        guard !status[path: "state.running"].isNull, context.executor != nil else {
            throw .error("unable to upgrade connection: container not found (\"\(container)\")")
        }
    }

    /// The GET that asks to upgrade to a WebSocket stream of the `exec` subresource (no
    /// `Accept`), the streams it wants in the query: stderr only without a terminal.
    func upgrade(_ command: [String], stdin: Bool, tty: Bool) -> ServerRequest {
        Self.upgrade(pod, subresource: "exec", container: container, command: command, stdin: stdin, tty: tty)
    }

    /// The upgrade to a stream of the pod's `exec` or `attach` subresource.
    static func upgrade(
        _ pod: KubeObject, subresource: String, container: String, command: [String] = [], stdin: Bool, tty: Bool
    ) -> ServerRequest {
        var request = ServerRequest.get(.pods, namespace: pod.namespace, name: pod.name, subresource: subresource)
        request.accept = nil
        request.otherHeaders = ["Sec-Websocket-Protocol: v5.channel.k8s.io"]
        if !command.isEmpty { request.repeatedQuery["command"] = command }
        request.query["container"] = container
        if !tty { request.query["stderr"] = "true" }
        if stdin { request.query["stdin"] = "true" }
        request.query["stdout"] = "true"
        if tty { request.query["tty"] = "true" }
        return request
    }

    /// The apiserver's `streamLocation`: a pod not yet on a node has no kubelet to stream from.
    static func requireNode(_ pod: KubeObject) throws(KubectlFailure) {
        guard (pod[path: "spec.nodeName"].string ?? "").isEmpty else { return }
        throw .server(APIError(reason: "BadRequest", message: "pod \(pod.name) does not have a host assigned", code: 400))
    }

    /// Every container of the pod as kubectl lists them when it picks one: app containers, then
    /// ephemeral and init ones marked as such.
    static func allNames(of pod: KubeObject) -> String {
        let names =
            pod[path: "spec.containers"].array.compactMap { $0["name"].string }
            + pod.ephemeralContainers.compactMap { $0["name"].string.map { "\($0) (ephem)" } }
            + pod[path: "spec.initContainers"].array.compactMap { $0["name"].string.map { "\($0) (init)" } }
        return names.joined(separator: ", ")
    }
}
