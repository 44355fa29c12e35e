import Cluster
import KubeAPI

/// `kubectl debug (POD | TYPE/NAME) [-- COMMAND...]`: adds an ephemeral container to a running
/// pod, or runs a changed copy of it (`--copy-to`), or a pod in a node's host namespaces
/// (`node/NAME`), and with `-i` attaches to the new container.
enum Debug {
    static let verb = Verb(name: "debug", flags: flags, help: KubectlHelp.debug) { context throws(KubectlFailure) in
        let options = try Options(context)
        return try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("arguments-only", nil, .bool), FlagSpec("attach", nil, .bool),
        FlagSpec("container", "c"), FlagSpec("copy-to"), FlagSpec("replace", nil, .bool), FlagSpec("env", nil, .stringArray),
        FlagSpec("image"), FlagSpec("keep-labels", nil, .bool), FlagSpec("keep-annotations", nil, .bool),
        FlagSpec("keep-liveness", nil, .bool), FlagSpec("keep-readiness", nil, .bool), FlagSpec("keep-startup", nil, .bool),
        FlagSpec("keep-init-containers", nil, .bool), FlagSpec("set-image", nil, .stringArray), FlagSpec("image-pull-policy"),
        FlagSpec("stdin", "i", .bool), FlagSpec("quiet", "q", .bool), FlagSpec("same-node", nil, .bool),
        FlagSpec("share-processes", nil, .bool), FlagSpec("target"), FlagSpec("tty", "t", .bool), FlagSpec("profile"),
        FlagSpec("custom"),
    ]

    /// The parsed flags, checked in kubectl's order (its `Complete`, then `Validate`).
    struct Options {
        var targets: [String]
        var arguments: [String]
        var argumentsOnly: Bool
        var attach: Bool
        var container: String
        var copyTo: String
        var replace: Bool
        /// `--env`, sorted by name (kubectl ranges over a Go map).
        var env: [(name: String, value: String)]
        var image: String
        var stdin: Bool
        var tty: Bool
        var quiet: Bool
        var sameNode: Bool
        /// `--share-processes`, when given (the copy keeps the pod's setting otherwise).
        var shareProcesses: Bool?
        var setImages: [String: String]
        var target: String
        var pullPolicy: String
        var profile: DebugProfile
        /// `--custom`: a partial container spec merged in after the profile.
        var custom: DebugCustomProfile?

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            pullPolicy = flags.string("image-pull-policy") ?? ""
            targets = flags.positionals
            arguments = flags.afterDash ?? []
            argumentsOnly = flags.bool("arguments-only")
            stdin = flags.bool("stdin")
            tty = flags.bool("tty")
            attach = flags.isSet("attach") ? flags.bool("attach") : stdin
            env = try Self.pairs(flags.strings("env"), flag: "env").sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            setImages = try Self.pairs(flags.strings("set-image"), flag: "set-image")
            container = flags.string("container") ?? ""
            copyTo = flags.string("copy-to") ?? ""
            replace = flags.bool("replace")
            image = flags.string("image") ?? ""
            quiet = flags.bool("quiet")
            sameNode = flags.bool("same-node")
            shareProcesses = flags.isSet("share-processes") ? flags.bool("share-processes") : nil
            target = flags.string("target") ?? ""
            let keep = DebugProfile.Keep(
                labels: flags.bool("keep-labels"), annotations: flags.bool("keep-annotations"),
                liveness: flags.bool("keep-liveness"), readiness: flags.bool("keep-readiness"), startup: flags.bool("keep-startup"),
                initContainers: flags.isSet("keep-init-containers") ? flags.bool("keep-init-containers") : true)
            let profileName = flags.string("profile") ?? DebugProfile.Kind.legacy.rawValue
            guard let kind = DebugProfile.Kind(rawValue: profileName) else { throw .error("unknown profile: \(profileName)") }
            profile = DebugProfile(kind: kind, keep: keep)
            if let file = flags.string("custom"), !file.isEmpty { custom = try DebugCustomProfile(file: file, context) }
            try validate(context, attachGiven: flags.isSet("attach"), files: flags.strings("filename"))
        }

        /// kubectl's `Validate`: its checks in order, and the lines it prints on the way.
        private func validate(_ context: VerbContext, attachGiven: Bool, files: [String]) throws(KubectlFailure) {
            if attach && attachGiven && image.isEmpty && container.isEmpty {
                throw .error("you must specify --container or create a new container using --image in order to attach.")
            }
            if !copyTo.isEmpty {
                if image.isEmpty && setImages.isEmpty && arguments.isEmpty {
                    throw .error("you must specify --image, --set-image or command arguments.")
                }
                if !arguments.isEmpty && container.isEmpty && image.isEmpty {
                    throw .error("you must specify an existing container or a new image when specifying args.")
                }
            } else if replace {
                throw .error("--replace may only be used with --copy-to.")
            } else if sameNode {
                throw .error("--same-node may only be used with --copy-to.")
            } else if !setImages.isEmpty {
                throw .error("--set-image may only be used with --copy-to.")
            } else if image.isEmpty {
                throw .error("you must specify --image when not using --copy-to.")
            }
            if !image.isEmpty && !ImageReferenceFormat.isValid(image) {
                throw .error("invalid image name \(GoSyntax.quoted(image)): \(ImageReferenceFormat.invalid)")
            }
            if targets.isEmpty && files.isEmpty { throw .error("NAME or filename is required for debug") }
            guard ["Always", "IfNotPresent", "Never", ""].contains(pullPolicy) else {
                throw .error("invalid image pull policy: \(pullPolicy)")
            }
            for (name, image) in setImages.sorted(by: { $0.key < $1.key }) where !ImageReferenceFormat.isValid(image) {
                throw .error("invalid image name \(GoSyntax.quoted(image)) for container \(GoSyntax.quoted(name)): \(ImageReferenceFormat.invalid)")
            }
            if !target.isEmpty {
                if !copyTo.isEmpty { throw .error("--target is incompatible with --copy-to. Use --share-processes instead.") }
                if !quiet { context.io.out(Self.targeting(target)) }
            }
            if tty && !stdin { throw .error("-i/--stdin is required for containers with -t/--tty=true") }
            try custom?.validate()
            if profile.kind == .legacy { context.io.err(Self.legacyDeprecated) }
        }

        /// pflag's `StringToString` values: comma-separated `key=value` pairs, later flags adding to earlier ones.
        private static func pairs(_ values: [String], flag: String) throws(KubectlFailure) -> [String: String] {
            var result: [String: String] = [:]
            for value in values {
                for pair in value.split(separator: ",", omittingEmptySubsequences: false) {
                    guard let equals = pair.firstIndex(of: "=") else {
                        throw .usage(
                            "invalid argument \(GoSyntax.quoted(value)) for \"--\(flag)\" flag: \(pair) must be formatted as key=value",
                            verb: "debug")
                    }
                    result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
                }
            }
            return result
        }

        /// Visits each target in turn, as kubectl's builder does: the objects of the `-f` files
        /// as they are written there (not read from the server), or each named one, a pod by
        /// default, `node/NAME` for a node.
        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let files = context.flags.strings("filename")
            if !files.isEmpty {
                guard targets.isEmpty else {
                    throw .error(ManifestTargets.argumentsWithPaths)
                }
                for (manifest, source) in try ManifestFiles.read(files, context) {
                    let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
                    let status = try visit(object, type, context)
                    if status != 0 { return status }
                }
                return 0
            }
            for argument in targets {
                var type = ResourceType.pods
                var name = argument
                if let slash = argument.firstIndex(of: "/") {
                    let typed = String(argument[..<slash])
                    name = String(argument[argument.index(after: slash)...])
                    guard let resolved = ResourceResolver.resolve(typed) else {
                        throw .error("the server doesn't have a resource type \(GoSyntax.quoted(typed))")
                    }
                    type = resolved
                }
                let cluster = try context.cluster
                let object: KubeObject
                do throws(APIError) {
                    // The builder's GET, which accepts anything.
                    let namespace = type.namespaced ? context.namespace : nil
                    let get = ServerRequest.get(type, namespace: namespace, name: name, accept: ServerRequest.MediaTypes.any)
                    object = try context.send(get) { () throws(APIError) in
                        try cluster.authorize(AccessRequest(verb: "get", type, namespace: namespace, name: name), as: context.user)
                        return try cluster.get(type, namespace: context.namespace, name: name)
                    }
                } catch {
                    throw .server(error)
                }
                let status = try visit(object, type, context)
                if status != 0 { return status }
            }
            return 0
        }

        /// Debugs one pod or node, then attaches to the new container when asked.
        private func visit(_ object: KubeObject, _ type: ResourceType, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let debugged: (pod: KubeObject, container: String)
            switch type {
            case .nodes: debugged = try debugNode(object, context)
            case .pods: debugged = try copyTo.isEmpty ? addEphemeralContainer(to: object, context) : copy(object, context)
            default: throw .error("\"\(type.group)/\(type.version), Kind=\(type.kind)\" not supported by debug")
            }
            guard attach && !debugged.container.isEmpty else { return 0 }
            return try attach(to: debugged.pod, container: debugged.container, context)
        }

        /// The container name kubectl makes up when `-c` is not given: `debugger-` and five
        /// random characters, drawn again should the pod have such a container already.
        func debugContainerName(in pod: KubeObject, _ context: VerbContext) -> String {
            if !container.isEmpty { return container }
            var name = ""
            while name.isEmpty || pod.containerSpec(named: name) != nil {
                name = "debugger-" + context.temporaryNames.suffix(length: 5)
            }
            if !quiet { context.io.out("Defaulting debug container name to \(name).\n") }
            return name
        }

        /// The command line as the new container gets it: `command`, or `args` with `--arguments-only`.
        func setArguments(of container: inout JSONValue) {
            guard !arguments.isEmpty else { return }
            container[argumentsOnly ? "args" : "command"] = .array(arguments.map(JSONValue.string))
        }

        /// The fields every new debug container gets from the flags.
        func newContainer(named name: String) -> JSONValue {
            var container: JSONValue = ["name": .string(name), "image": .string(image)]
            setArguments(of: &container)
            if !env.isEmpty { container["env"] = .array(env.map { ["name": .string($0.name), "value": .string($0.value)] }) }
            container["resources"] = .emptyObject
            container["terminationMessagePolicy"] = "File"
            if !pullPolicy.isEmpty { container["imagePullPolicy"] = .string(pullPolicy) }
            if stdin { container["stdin"] = true }
            if tty { container["tty"] = true }
            return container
        }

        static func targeting(_ container: String) -> String {
            "Targeting container \(GoSyntax.quoted(container)). If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n"
        }

        static let legacyDeprecated =
            "--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a profile, for example \"--profile=general\".\n"
    }
}
