import Cluster
import KubeAPI

/// `kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=N]`: a Deployment
/// labelled `app=NAME`, one container per image, named after the image.
enum CreateDeployment {
    static let flags: [FlagSpec] = [
        FlagSpec("image", nil, .stringArray), FlagSpec("replicas", "r", .int), FlagSpec("port", nil, .int),
        FlagSpec("field-manager"), FlagSpec("save-config", nil, .bool),
    ]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let images = flags.strings("image").flatMap { $0.split(separator: ",").map(String.init) }
        guard !images.isEmpty else { throw .error("required flag(s) \"image\" not set") }
        let name = try Create.name(arguments, flags: flags, command: "create deployment")
        let command = flags.afterDash ?? []
        if images.count > 1 && !command.isEmpty { throw .error("cannot specify multiple --image options and command") }
        _ = try ObjectOutput.checkGeneratorFlags(context)
        let replicas = flags.string("replicas").flatMap { Int($0) } ?? 1
        let port = flags.string("port").flatMap { Int($0) } ?? -1
        let deployment = build(name: name, images: images, command: command, replicas: replicas, port: port)
        return try ObjectOutput.create(deployment, type: .deployments, context: context) { error in
            .error("failed to create deployment: \(error.message)")
        }
    }

    /// The Deployment as kubectl builds it, fields in the order kubectl serializes them.
    static func build(name: String, images: [String], command: [String], replicas: Int, port: Int) -> KubeObject {
        let labels: JSONValue = ["app": .string(name)]
        var containers: [JSONValue] = images.map { image in
            var container: JSONValue = ["name": .string(containerName(image)), "image": .string(image)]
            if !command.isEmpty { container["command"] = .array(command.map(JSONValue.string)) }
            container["resources"] = .emptyObject
            return container
        }
        if port >= 0, !containers.isEmpty { containers[0]["ports"] = [["containerPort": .int(port)]] }
        return KubeObject([
            "kind": "Deployment", "apiVersion": "apps/v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil, "labels": labels],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": labels],
                "template": [
                    "metadata": ["creationTimestamp": nil, "labels": labels],
                    "spec": ["containers": .array(containers)],
                ],
                "strategy": .emptyObject,
            ],
            "status": .emptyObject,
        ])
    }

    /// The image's last path part without tag or digest (`registry.k8s.io/coredns/coredns:v1.11.3` -> `coredns`).
    static func containerName(_ image: String) -> String {
        var name = String(image.split(separator: "/").last ?? "")
        if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) }
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        return String(name.map { $0 == "_" || $0 == "." ? "-" : $0 })
    }
}
