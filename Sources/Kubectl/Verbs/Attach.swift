import Cluster
import KubeAPI

/// `kubectl attach POD`: checks the pod and picks the container as kubectl does, then joins the
/// process the container runs (`AttachSession.swift`).
enum Attach {
    static let verb = Verb(name: "attach", flags: flags, help: KubectlHelp.attach) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("container", "c"), FlagSpec("stdin", "i", .bool), FlagSpec("tty", "t", .bool),
        FlagSpec("quiet", "q", .bool), FlagSpec("pod-running-timeout", nil, .duration),
    ]

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let arguments = context.flags.positionals
        if let text = context.flags.string("pod-running-timeout") {
            switch GoDurationFlag.milliseconds(text) {
            case .failure(let error):
                throw .usage("invalid argument \"\(text)\" for \"--pod-running-timeout\" flag: \(error.message)", verb: "attach")
            case .success(let milliseconds):
                if milliseconds <= 0 { throw .validation("--pod-running-timeout must be higher than zero", verb: "attach") }
            }
        }
        guard !arguments.isEmpty else { throw .error("at least 1 argument is required for attach") }
        guard arguments.count <= 2 else {
            throw .error(
                "expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw \(arguments.count): [\(arguments.joined(separator: " "))]")
        }
        var type = ResourceType.pods
        var name = arguments[0]
        if arguments.count == 2 || name.contains("/"), let group = try ResourceRequest.parse(arguments).groups.first,
            let only = group.names.first
        {
            type = group.type
            name = only
        }
        let cluster = try context.cluster
        var pod: KubeObject
        do {
            let get = ServerRequest.get(type, namespace: context.namespace, name: name, accept: ServerRequest.MediaTypes.any)
            pod = try context.send(get) { () throws(APIError) in
                try cluster.authorize(AccessRequest(verb: "get", type, namespace: context.namespace, name: name), as: context.user)
                return try cluster.get(type, namespace: context.namespace, name: name)
            }
        } catch {
            throw .server(error)
        }
        pod = try AttachablePod.pod(for: pod, type: type, namespace: context.namespace, context: context)
        let phase = pod[path: "status.phase"].string ?? ""
        if phase == "Succeeded" || phase == "Failed" {
            throw .error("cannot attach a container in a completed pod; current phase is \(phase)")
        }
        let container = try containerToAttach(pod, context)
        // Attaching is a create on the pod's `attach` subresource.
        try context.authorize(AccessRequest(verb: "create", .pods, subresource: "attach", namespace: pod.namespace, name: pod.name))
        return try attach(to: pod, container: container, context)
    }

    /// kubectl's `FindOrDefaultContainerByName`: `-c`, else the default-container annotation, else
    /// the first container, said so when the pod has others.
    private static func containerToAttach(_ pod: KubeObject, _ context: VerbContext) throws(KubectlFailure) -> String {
        if let asked = context.flags.string("container") {
            guard pod.containerSpec(named: asked) != nil else {
                throw .error("cannot attach to the container: container \(asked) not found in pod \(pod.name)")
            }
            return asked
        }
        if let named = pod.annotations["kubectl.kubernetes.io/default-container"], pod.containerSpec(named: named) != nil {
            return named
        }
        let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
        let first = containers.first ?? ""
        let others = !pod[path: "spec.initContainers"].array.isEmpty || !pod.ephemeralContainers.isEmpty
        if containers.count > 1 || others, !context.flags.bool("quiet") {
            context.io.err("Defaulted container \"\(first)\" out of: \(ExecTarget.allNames(of: pod))\n")
        }
        context.logInfo(4, "podcmd.go:88", "Defaulting container name to \(first)")
        return first
    }
}
