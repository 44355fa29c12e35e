import Cluster
import KubeAPI

/// `kubectl attach POD`: checks the pod and container as kubectl does, then says that the lab
/// has no terminal to attach (logs and exec are the ways in).
enum Attach {
    static let verb = Verb(name: "attach", flags: flags, help: KubectlHelp.attach) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("container", "c"), FlagSpec("stdin", "i", .bool), FlagSpec("tty", "t", .bool),
        FlagSpec("quiet", "q", .bool), FlagSpec("pod-running-timeout"),
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
            try cluster.authorize(AccessRequest(verb: "get", type, namespace: context.namespace, name: name), as: context.user)
            pod = try cluster.get(type, namespace: context.namespace, name: name)
        } catch {
            throw .server(error)
        }
        if type != .pods {
            let selector = LabelSelector(json: pod[path: "spec.selector"])
            guard let first = PodsForLogging.sorted(cluster.list(.pods, namespace: context.namespace, selector: selector)).first else {
                throw .error("timed out waiting for the condition")
            }
            pod = first
        }
        let phase = pod[path: "status.phase"].string ?? ""
        if phase == "Succeeded" || phase == "Failed" {
            throw .error("cannot attach a container in a completed pod; current phase is \(phase)")
        }
        let containers = pod[path: "spec.containers"].array.compactMap { $0["name"].string }
        let initContainers = pod[path: "spec.initContainers"].array.compactMap { $0["name"].string }
        var container = containers.first ?? ""
        if let asked = context.flags.string("container") {
            guard (containers + initContainers).contains(asked) else {
                throw .error("cannot attach to the container: container \(asked) not found in pod \(pod.name)")
            }
            container = asked
        }
        // Attaching is a create on the pod's `attach` subresource.
        try context.authorize(AccessRequest(verb: "create", .pods, subresource: "attach", namespace: pod.namespace, name: pod.name))
        throw .error(refusal(pod: pod.name, container: container))
    }

    /// The lab's own words for what it cannot do.
    static func refusal(pod: String, container: String) -> String {
        "the lab has no terminal to attach to container \(container) of pod \(pod); "
            + "read its output with 'kubectl logs \(pod) -c \(container) -f', or run a shell with 'kubectl exec -it \(pod) -c \(container) -- sh'"
    }
}
