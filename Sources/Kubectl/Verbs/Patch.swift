import Cluster
import KubeAPI

/// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`: changes part of an object and
/// prints `patched`, or `patched (no change)` when the result is what was there.
enum Patch {
    static let verb = Verb(name: "patch", flags: flags, help: KubectlHelp.patch) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("patch", "p"), FlagSpec("patch-file"), FlagSpec("type"), FlagSpec.dryRun, FlagSpec("output", "o"),
        FlagSpec("local", nil, .bool), FlagSpec("subresource"), FlagSpec("field-manager"),
        ChangeCause.flag,
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static let types = ["json", "merge", "strategic"]

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let dryRun = try context.dryRun()
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let inline = flags.string("patch") ?? ""
        let file = flags.string("patch-file") ?? ""
        if !inline.isEmpty && !file.isEmpty { throw .error("cannot specify --patch and --patch-file together") }
        if inline.isEmpty && file.isEmpty {
            throw .error("must specify --patch or --patch-file containing the contents of the patch")
        }
        // --local patches the manifests of -f or -k and sends nothing.
        let local = flags.bool("local")
        if local && !flags.positionals.isEmpty { throw .error("cannot specify --local and server resources") }
        let type = (flags.string("type") ?? "strategic").lowercased()
        guard types.contains(type) else {
            throw .error("--type must be one of [json merge strategic], not \(GoSyntax.quoted(flags.string("type") ?? ""))")
        }
        let subresource = flags.string("subresource") ?? ""
        if !subresource.isEmpty && !["status", "scale"].contains(subresource) {
            throw .error("invalid subresource value: \(GoSyntax.quoted(subresource)). Must be one of [status scale]")
        }
        var text = inline
        if !file.isEmpty {
            guard let contents = context.readFile?(file) else {
                throw .error("unable to read patch file: open \(file): no such file or directory")
            }
            text = contents
        }
        let document = try parse(text, shown: inline)
        let changeCause = ChangeCause(context)
        let resources = flags.positionals
        guard !resources.isEmpty || ManifestFiles.given(context) else { throw .error(SetImage.noResources) }
        try ResourceRequest.forEachTarget(resources, context, local: local, subresource: subresource) {
            resourceType, object throws(KubectlFailure) in
            let request = ServerRequest.patch(
                resourceType, namespace: object.namespace, name: object.name, subresource: subresource,
                patchType: .init(flag: type),
                query: ServerRequest.writeQuery(dryRun: dryRun, manager: "kubectl-patch", flags: flags))
            // The apiserver authorizes the PATCH before it applies the patch.
            if dryRun != .client && !local {
                do throws(APIError) {
                    try context.lab.authorize(
                        AccessRequest(verb: "patch", resourceType, subresource: subresource, namespace: object.namespace, name: object.name),
                        as: context.user)
                } catch {
                    throw .server(refused(request, error, context))
                }
            }
            // The apiserver decodes the body before it applies it.
            if dryRun != .client && !local,
                let refusal = PatchBodyDecoding.refusal(patchType: type, text: text, document: document)
            {
                throw .server(refused(request, refusal, context))
            }
            // The scale subresource is read, patched and printed as the workload's Scale.
            let scaled = subresource == "scale" && !local
            let target = scaled ? try scale(of: object, type: resourceType, request: request, context: context) : object
            let targetType = scaled ? Cluster.scales : resourceType
            let patched: JSONValue
            switch Result(catching: { () throws(PatchError) in try apply(type, document, to: target.value, meta: context.lab.patchMeta(for: targetType)) }) {
            case .success(let value): patched = value
            case .failure(let error):
                // The apiserver applies a JSON patch itself; one that decoded but did not apply is its 422.
                if dryRun != .client && !local, type == "json", case .array? = document {
                    throw .server(refused(request, .patchNotApplied, context))
                }
                throw .error(error.message)
            }
            var result = KubeObject(patched)
            if dryRun != .client && !local {
                result = try send(
                    result, type: resourceType, subresource: subresource, dryRun: dryRun, context: context,
                    patch: document.map { PatchBody(type: type, document: $0, typed: text) }, request: request)
            }
            let changed = !result.value.isEquivalent(to: target.value)
            // --record's merge patch follows the patch; a refusal of it is only logged.
            if dryRun != .client && !local && !scaled, let recorded = changeCause.recordedLive(resourceType, result, context: context) {
                var recording = request
                recording.contentType = ServerRequest.PatchType.merge.rawValue
                result =
                    (try? send(
                        recorded, type: resourceType, subresource: subresource, dryRun: dryRun, context: context,
                        request: recording)) ?? result
            }
            // patch's printer is not told of a dry run (no suffix), and the object came from the server.
            _ = try ObjectOutput.print(
                result, type: targetType, operation: changed ? "patched" : "patched (no change)",
                output: flags.string("output"), dryRun: .none, context: context, fetched: true)
        }
        return 0
    }

    /// Applies the patch as its type says, refusing documents of the wrong shape as each library does.
    static func apply(_ type: String, _ patch: JSONValue?, to value: JSONValue, meta: PatchMeta) throws(PatchError) -> JSONValue {
        switch (type, patch) {
        case ("json", nil): throw PatchError("invalid character looking for beginning of object key string")
        case ("json", let patch?): return try JSONPatch.apply(patch, to: value)
        case ("merge", .array?): throw PatchError("json: cannot unmarshal array into Go value of type unstructured.detector")
        case ("merge", .object?): return MergePatch.apply(patch ?? .null, to: value)
        case ("merge", _): throw PatchError("Invalid JSON Patch")
        case (_, let patch?): return try StrategicMergePatch.apply(patch, to: value, meta: meta)
        default: throw PatchError("invalid JSON document")
        }
    }

    /// The patch as JSON (nil when JSON-looking text does not parse); other text is read as YAML.
    static func parse(_ text: String, shown: String) throws(KubectlFailure) -> JSONValue? {
        let trimmed = text.drop { $0.isWhitespace }
        do {
            return try YAMLDecoding.documents(text).first ?? .null
        } catch {
            // JSON-looking text skips the YAML step; the patch libraries then refuse it.
            if trimmed.hasPrefix("{") { return nil }
            throw .error("unable to parse \(GoSyntax.quoted(shown)): \(error.goWording)")
        }
    }
}

extension Patch {
    /// Sends the patched object to the server: the whole object, or only its status.
    /// `patch` is the patch sent, which the apiserver decodes for its type errors.
    /// `request` is the PATCH logged for it.
    fileprivate static func send(
        _ object: KubeObject, type: ResourceType, subresource: String, dryRun: DryRun, context: VerbContext,
        patch: PatchBody? = nil, request: ServerRequest
    ) throws(KubectlFailure) -> KubeObject {
        switch subresource {
        case "status": try writeStatus(object, type: type, dryRun: dryRun, context: context, patch: patch, request: request)
        case "scale": try writeScale(object, type: type, dryRun: dryRun, context: context, patch: patch, request: request)
        default:
            try Annotate.write(
                object, type: type, dryRun: dryRun, context: context, manager: "kubectl-patch", patch: patch,
                patchType: ServerRequest.PatchType(rawValue: request.contentType ?? ""))
        }
    }

    /// Logs `request` refused with `error`, which the apiserver answered before it patched.
    private static func refused(_ request: ServerRequest, _ error: APIError, _ context: VerbContext) -> APIError {
        context.requestLog?.answered(request, status: error.code, failure: error)
        return error
    }

    /// The Scale kubectl reads for `--subresource=scale`; a kind without one is the apiserver's
    /// 404 to the PATCH `request`.
    fileprivate static func scale(
        of object: KubeObject, type: ResourceType, request: ServerRequest, context: VerbContext
    ) throws(KubectlFailure) -> KubeObject {
        guard type.subresources.contains(where: { $0.name == "scale" }) else { throw .server(refused(request, Cluster.noSuchPath, context)) }
        return KubeObject(try context.cluster.scale(of: object))
    }

    /// Writes a patched Scale: the apiserver decodes it as a Scale and gives its replicas to the workload.
    fileprivate static func writeScale(
        _ scale: KubeObject, type: ResourceType, dryRun: DryRun, context: VerbContext, patch: PatchBody?,
        request: ServerRequest
    ) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        do {
            return try context.send(request) { () throws(APIError) in
                var scale = scale
                if let patch {
                    let workload = try cluster.get(type, namespace: scale.namespace, name: scale.name)
                    try cluster.decodeScale(scale.value, of: workload, patchType: patch.type, patch: patch.document)
                    scale = try patch.decode(scale, as: Cluster.scales, cluster: cluster, context: context)
                } else {
                    try cluster.decodeScale(scale.value)
                }
                let manager = FieldManager("kubectl-patch", subresource: "scale")
                return KubeObject(try cluster.updateScale(scale, of: type, dryRun: dryRun == .server, manager: manager))
            }
        } catch {
            throw .server(error)
        }
    }

    /// Writes only the object's status (`--subresource=status`); the apiserver decodes the
    /// patched object as it does the whole object's.
    fileprivate static func writeStatus(
        _ object: KubeObject, type: ResourceType, dryRun: DryRun, context: VerbContext, patch: PatchBody?,
        request: ServerRequest
    ) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        let access = AccessRequest(verb: "patch", type, subresource: "status", namespace: object.namespace, name: object.name)
        do {
            return try context.send(request) { () throws(APIError) in
                try cluster.authorize(access, as: context.user)
                var object = object
                if let patch { object = try patch.decode(object, as: type, cluster: cluster, context: context) }
                return try cluster.replaceStatus(object, dryRun: dryRun == .server)
            }
        } catch {
            throw .server(error)
        }
    }
}
