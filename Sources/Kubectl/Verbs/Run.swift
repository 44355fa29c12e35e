import Cluster
import KubeAPI

/// `kubectl run NAME --image=IMAGE`: creates one pod, labelled `run=NAME`.
enum Run {
    static let verb = Verb(name: "run", flags: flags, help: KubectlHelp.run) { context throws(KubectlFailure) in
        let options = try Options(context)
        return try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("image"), FlagSpec("port"), FlagSpec("labels", "l"), FlagSpec("env", nil, .stringArray),
        FlagSpec("restart"), FlagSpec("command", nil, .bool), FlagSpec.dryRun, FlagSpec("output", "o"),
        FlagSpec("stdin", "i", .bool), FlagSpec("tty", "t", .bool), FlagSpec("rm", nil, .bool),
        FlagSpec("image-pull-policy"), FlagSpec("annotations", nil, .stringArray), FlagSpec("attach", nil, .bool),
        FlagSpec("quiet", "q", .bool), FlagSpec("privileged", nil, .bool), FlagSpec("pod-running-timeout", nil, .duration),
        FlagSpec("leave-stdin-open", nil, .bool), ChangeCause.flag, FlagSpec("expose", nil, .bool),
        FlagSpec("save-config", nil, .bool), FlagSpec("field-manager"),
    ] + OutputFormat.templateFlags + Overrides.flags
        // Taken with the delete flags kubectl's run borrows (for --rm), and read by nothing.
        + ManifestFiles.flags + [
            FlagSpec.cascade, FlagSpec("force", nil, .bool), FlagSpec("grace-period", nil, .int), FlagSpec("timeout", nil, .duration),
            FlagSpec("wait", nil, .bool),
        ]

    struct Options {
        var name: String
        var image: String
        var labels: [String: String]
        var restartPolicy: String
        var arguments: [String]
        var useCommand: Bool
        var port: Int?
        var env: [(String, String)]
        var pullPolicy: String?
        var dryRun: DryRun
        var output: String?
        /// `-i`: the container's stdin is kept open and kubectl attaches to it.
        var stdin: Bool
        /// `-t`: the container gets a terminal.
        var tty: Bool
        var leaveStdinOpen: Bool
        /// `--attach`, or `-i` when `--attach` is not given: wait for the pod and attach to it.
        var attach: Bool
        /// `--rm`: delete the pod once the attached session ends.
        var remove: Bool
        var quiet: Bool
        /// `--expose`: a ClusterIP Service for the pod's port is created too.
        var expose: Bool
        /// `--pod-running-timeout` in seconds (kubectl's default is one minute).
        var podRunningTimeout: Int64 = 60

        /// The checks in kubectl's order: `Complete` reads the dry run and the output format,
        /// `Run` checks the name, image and attach options, then the generator reads env, labels and port.
        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            guard let image = flags.string("image"), !image.isEmpty else {
                throw .error("required flag(s) \"image\" not set")
            }
            dryRun = try context.dryRun()
            output = flags.string("output")
            try ObjectOutput.checkFormat(output, context: context)
            guard let name = flags.positionals.first else {
                throw .validation("NAME is required for run", verb: "run")
            }
            if let text = flags.string("pod-running-timeout") {
                switch GoDurationFlag.milliseconds(text) {
                case .failure(let error):
                    throw .usage("invalid argument \"\(text)\" for \"--pod-running-timeout\" flag: \(error.message)", verb: "run")
                case .success(let milliseconds):
                    if milliseconds <= 0 { throw .validation("--pod-running-timeout must be higher than zero", verb: "run") }
                    podRunningTimeout = max(1, milliseconds / 1000)
                }
            }
            guard ImageReferenceFormat.isValid(image) else {
                throw .error("Invalid image name \(GoSyntax.quoted(image)): \(ImageReferenceFormat.invalid)")
            }
            self.name = name
            self.image = image
            stdin = flags.bool("stdin")
            tty = flags.bool("tty")
            leaveStdinOpen = flags.bool("leave-stdin-open")
            attach = flags.isSet("attach") ? flags.bool("attach") : stdin
            remove = flags.bool("rm")
            quiet = flags.bool("quiet")
            if tty && !stdin {
                throw .validation("-i/--stdin is required for containers with -t/--tty=true", verb: "run")
            }
            expose = flags.bool("expose")
            if expose && (flags.string("port") ?? "").isEmpty {
                throw .validation("--port must be set when exposing a service", verb: "run")
            }
            // Always unless given, with -i too (kubectl 1.32 sends Always for `-it` and for an empty --restart).
            restartPolicy = flags.string("restart").flatMap { $0.isEmpty ? nil : $0 } ?? "Always"
            guard ["Always", "OnFailure", "Never"].contains(restartPolicy) else {
                throw .validation("invalid restart policy: \(restartPolicy)", verb: "run")
            }
            if remove && !attach {
                throw .validation("--rm should only be used for attached containers", verb: "run")
            }
            if attach && dryRun != .none {
                throw .validation(
                    "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
                    verb: "run")
            }
            env = try Self.environment(flags.strings("env"))
            labels = ["run": name]
            if let text = flags.string("labels"), !text.isEmpty { labels = try MapText.parse(text) }
            arguments = (flags.afterDash ?? []) + flags.positionals.dropFirst()
            useCommand = flags.bool("command")
            if let text = flags.string("port"), !text.isEmpty {
                guard let number = Int(text) else {
                    throw .error("strconv.Atoi: parsing \"\(text)\": invalid syntax")
                }
                port = number
            }
            pullPolicy = flags.string("image-pull-policy")
        }

        /// `--env NAME=VALUE`s as the generator's `parseEnvs` reads them: a name that is a valid
        /// environment variable name, then `=`.
        static func environment(_ pairs: [String]) throws(KubectlFailure) -> [(String, String)] {
            var result: [(String, String)] = []
            for pair in pairs {
                guard let equals = pair.firstIndex(of: "="), NameValidation.envVarName(String(pair[..<equals])).isEmpty else {
                    throw .error("invalid env: \(pair)")
                }
                result.append((String(pair[..<equals]), String(pair[pair.index(after: equals)...])))
            }
            return result
        }

        /// The pod as kubectl builds it, fields in the struct order kubectl serializes.
        var pod: KubeObject {
            var container: JSONValue = ["name": .string(name), "image": .string(image)]
            if !arguments.isEmpty {
                container[useCommand ? "command" : "args"] = .array(arguments.map(JSONValue.string))
            }
            if let port { container["ports"] = [["containerPort": .int(port)]] }
            if !env.isEmpty { container["env"] = .array(env.map { ["name": .string($0.0), "value": .string($0.1)] }) }
            container["resources"] = .emptyObject
            if let pullPolicy { container["imagePullPolicy"] = .string(pullPolicy) }
            if stdin {
                container["stdin"] = true
                if !leaveStdinOpen { container["stdinOnce"] = true }
            }
            if tty { container["tty"] = true }
            return KubeObject([
                "kind": "Pod", "apiVersion": "v1",
                "metadata": ["name": .string(name), "creationTimestamp": nil, "labels": .stringMap(labels)],
                "spec": ["containers": [container], "restartPolicy": .string(restartPolicy), "dnsPolicy": "ClusterFirst"],
                "status": .emptyObject,
            ])
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            // kubectl maps the pod's kind through discovery first, even to print it client-side.
            _ = try context.cluster
            var pod = try Overrides.apply(to: pod, as: .pods, context: context)
            // An explicit -n wins over a namespace the overrides set.
            if context.explicitNamespace { pod = ObjectOutput.inNamespace(pod, context.namespace) }
            ChangeCause(context).record(&pod)
            let written = dryRun == .client ? pod : try create(pod, context)
            // The Service comes after the pod but is printed first; its failure is told last.
            let printer = CommandPrinter()
            let serviceFailure = expose ? exposeService(context, printer: printer) : nil
            if attach { return try attachToPod(written, context) }
            _ = try ObjectOutput.print(
                written, type: .pods, operation: "created", output: output, dryRun: dryRun, context: context, decoded: true,
                printer: printer)
            if let serviceFailure { throw serviceFailure }
            return 0
        }

        /// Sends the pod (with `--save-config`, recording itself first).
        private func create(_ pod: KubeObject, _ context: VerbContext) throws(KubectlFailure) -> KubeObject {
            var request = context.flags.bool("save-config") ? ObjectOutput.savingConfig(pod) : pod
            // Its serializer writes the typed Pod, without the namespace the URL names.
            let body = context.logsRequestBodies
                ? GoTypedJSON.typeName(of: .pods).map { GoJSON.marshal(GoTypedJSON.encode(request.value, as: $0)) + "\n" } : nil
            request.namespace = context.namespace
            let manager = context.flags.string("field-manager") ?? "kubectl-run"
            // `run` sends the pod through a plain REST client: JSON, with only the field manager.
            var post = ServerRequest(method: "POST", path: ServerRequest.collectionPath(.pods, namespace: context.namespace))
            post.query["fieldManager"] = manager
            if dryRun == .server { post.query["dryRun"] = "All" }
            post.contentType = "application/json"
            post.target = ServerRequest.Target(type: .pods, name: name)
            post.body = body
            do {
                let cluster = try context.cluster
                return try context.send(post) { () throws(APIError) in
                    try cluster.create(request, dryRun: dryRun == .server, as: context.user, manager: FieldManager(manager))
                }
            } catch let error as APIError {
                throw .server(error)
            } catch let failure as KubectlFailure {
                throw failure
            } catch {
                throw .error("\(error)")
            }
        }

        /// `--expose`: creates and prints the pod's Service, then (for YAML) the `---` kubectl
        /// writes after it; returns the failure to report once the pod is printed.
        private func exposeService(_ context: VerbContext, printer: CommandPrinter) -> KubectlFailure? {
            var service = RunService.make(
                name: name, port: port ?? 0, selector: labels, labels: context.flags.isSet("labels") ? labels : nil)
            ChangeCause(context).record(&service)
            do {
                _ = try ObjectOutput.create(
                    service, type: .services, context: context, saveConfig: .whenSent, printer: printer, manager: "kubectl-run")
            } catch {
                return error
            }
            if output == "yaml" { context.io.out("---\n") }
            return nil
        }
    }
}

/// `--dry-run` values.
enum DryRun: Equatable {
    case none, client, server


    /// What kubectl appends to its `created`/`deleted` lines.
    var suffix: String {
        switch self {
        case .none: return ""
        case .client: return " (dry run)"
        case .server: return " (server dry run)"
        }
    }
}
