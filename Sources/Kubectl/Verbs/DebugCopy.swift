import Cluster
import KubeAPI

/// `kubectl debug POD --copy-to=NAME`: creates a copy of the pod with its images changed
/// (`--set-image`), a container's command changed (`-c NAME -- COMMAND`) or a debug container
/// added (`--image`), off its node unless `--same-node`; `--replace` deletes the original.
extension Debug.Options {
    func copy(_ pod: KubeObject, _ context: VerbContext) throws(KubectlFailure) -> (pod: KubeObject, container: String) {
        var metadata: JSONValue = ["name": .string(copyTo), "namespace": .string(pod.namespace ?? context.namespace)]
        if !pod.annotations.isEmpty { metadata["annotations"] = .stringMap(pod.annotations) }
        if !pod.labels.isEmpty { metadata["labels"] = .stringMap(pod.labels) }
        var spec = pod.value["spec"]
        spec["ephemeralContainers"] = .null
        if let shareProcesses { spec["shareProcessNamespace"] = .bool(shareProcesses) }
        if !sameNode { spec["nodeName"] = .null }
        spec["containers"] = .array(spec["containers"].array.map { container in
            var c = container
            if let image = setImages[c["name"].string ?? ""] ?? setImages["*"], !image.isEmpty { c["image"] = .string(image) }
            return c
        })
        var copied: JSONValue = ["apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": spec]
        let existing = ["containers", "initContainers"].first { list in spec[list].array.contains { $0["name"].string == container } }
        var name = container
        if existing == nil {
            guard !image.isEmpty else {
                // Only images changed: there is no debug container to attach to.
                if !setImages.isEmpty { return (try create(copied, replacing: pod, context), "") }
                throw .error("you must specify image when creating new container")
            }
            name = debugContainerName(in: KubeObject(copied), context)
            copied[path: "spec.containers"] = .array(spec["containers"].array + [["name": .string(name), "terminationMessagePolicy": "File"]])
        }
        let list = existing ?? "containers"
        copied[path: "spec." + list] = .array(copied[path: "spec." + list].array.map { c in
            guard c["name"].string == name else { return c }
            return changed(c)
        })
        profile.apply(to: &copied, container: name, style: .copy)
        try custom?.apply(to: &copied, container: name, list: list, context)
        return (try create(copied, replacing: pod, context), name)
    }

    /// The debug container as the flags change it: command, environment, image, pull policy, stdin and tty.
    private func changed(_ container: JSONValue) -> JSONValue {
        var c = container
        if !arguments.isEmpty {
            setArguments(of: &c)
            if !argumentsOnly { c["args"] = .null }
        }
        if !env.isEmpty { c["env"] = .array(env.map { ["name": .string($0.name), "value": .string($0.value)] }) }
        if !image.isEmpty { c["image"] = .string(image) }
        if !pullPolicy.isEmpty { c["imagePullPolicy"] = .string(pullPolicy) }
        c["stdin"] = stdin ? true : .null
        c["tty"] = tty ? true : .null
        return c
    }

    /// Creates the copy and, with `--replace`, deletes the original at once.
    private func create(_ copied: JSONValue, replacing pod: KubeObject, _ context: VerbContext) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        let namespace = KubeObject(copied).namespace ?? context.namespace
        do throws(APIError) {
            let created = try context.send(Debug.podCreate(namespace: namespace)) { () throws(APIError) in
                try cluster.create(KubeObject(copied), as: context.user)
            }
            if replace {
                _ = try context.send(.typedDelete(of: pod, gracePeriod: 0)) { () throws(APIError) in
                    try cluster.delete(.pods, namespace: pod.namespace, name: pod.name, gracePeriodSeconds: 0)
                }
            }
            return created
        } catch {
            throw .server(error)
        }
    }
}

extension Debug {
    /// The typed client's create of the debugging pod (a node's, or a pod's copy): protobuf
    /// both ways, no query.
    static func podCreate(namespace: String) -> ServerRequest {
        ServerRequest.post(
            .pods, namespace: namespace, accept: ServerRequest.MediaTypes.protobuf, contentType: "application/vnd.kubernetes.protobuf")
    }
}
