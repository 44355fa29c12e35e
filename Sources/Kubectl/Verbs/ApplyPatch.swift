import Cluster
import KubeAPI

/// How `kubectl apply` updates a live object: it computes the three-way strategic merge patch
/// from the last applied manifest, the new one and the live object, and sends it unless it is
/// empty. The apiserver applies it to the live object and decodes the result strictly.
extension Apply {
    static func patch(
        _ live: KubeObject, with object: KubeObject, type: ResourceType, source: String, dryRun: DryRun,
        validation: FieldValidation, context: VerbContext
    ) throws(KubectlFailure) -> (ResourceType, KubeObject, String) {
        let cluster = try context.cluster
        let original = live.annotations[lastApplied].flatMap { try? YAMLDecoding.documents($0).first }
        let meta = cluster.patchMeta(for: type)
        // The live object as kubectl read it, managed fields and all.
        let current = cluster.withManagedFields(live).value
        let patch: JSONValue
        do throws(PatchError) {
            patch = try ThreeWayMergePatch.create(original: original, modified: object.value, current: current, meta: meta)
            if !overwrites(context),
                let changed = try ThreeWayMergePatch.conflicting(patch, original: original, current: current, meta: meta)
            {
                throw PatchError(
                    "patch:\n" + YAMLPrinter.print(patch) + "\nconflicts with changes made from original to current:\n"
                        + YAMLPrinter.print(changed) + "\n")
            }
        } catch {
            // Each way of computing the patch (OpenAPI v3, v2, then the built-in types) fails
            // alike; the first two only warn.
            if !context.flags.isSet("openapi-patch") || context.flags.bool("openapi-patch") {
                context.io.err("warning: error calculating patch from openapi v3 spec: \(error.message)\n")
                context.io.err("warning: error calculating patch from openapi spec: \(error.message)\n")
            }
            let message = failedPatch("", type: type, object: object, source: source)
                + "creating patch with:\noriginal:\n\(live.annotations[lastApplied] ?? "")\nmodified:\n"
                + GoJSON.marshal(object.value.sortedKeys) + "\n\ncurrent:\n" + GoJSON.marshal(current.sortedKeys)
                + "\n\nfor:: " + error.message
            // kubectl ends an error with a newline only if it has none.
            throw .error(message.hasSuffix("\n") ? String(message.dropLast()) : message)
        }
        let body = GoJSON.marshal(patch)
        guard body != "{}" else { return (type, live, "unchanged") }
        let manager = fieldManager(context, serverSide: false)
        var request = ServerRequest.write(
            "PATCH", ServerRequest.itemPath(type, namespace: object.namespace, name: object.name), manager: manager)
        request.contentType = "application/strategic-merge-patch+json"
        request.query["fieldValidation"] = validation.directive
        if dryRun == .server { request.query["dryRun"] = "All" }
        request.target = ServerRequest.Target(type: type, name: object.name)
        request.body = body
        do throws(APIError) {
            return try context.send(request) { () throws(APIError) in
                let patched: JSONValue
                do throws(PatchError) {
                    patched = try StrategicMergePatch.apply(patch, to: live.value, meta: meta)
                } catch {
                    throw APIError(reason: "BadRequest", message: error.message, code: 400)
                }
                try cluster.authorize(
                    AccessRequest(verb: "patch", type, namespace: object.namespace, name: object.name), as: context.user)
                let converted = try cluster.decodePatched(KubeObject(patched), as: type, patchType: "strategic", patch: patch)
                let decoded = try cluster.decodeFields(
                    of: converted, as: type, validation: validation, patching: true, strategicPatch: patch)
                decoded.warnings.forEach(context.printServerWarning)
                let warnings = cluster.writeWarnings(for: decoded.object, as: type)
                let replaced = try cluster.replace(decoded.object, dryRun: dryRun == .server, manager: FieldManager(manager))
                warnings.forEach(context.printServerWarning)
                return (type, replaced, "configured")
            }
        } catch {
            var refusal = error
            refusal.message = failedPatch(body, type: type, object: object, source: source) + refusal.message
            throw .server(refusal)
        }
    }

    /// `--overwrite` (true unless set false): whether the patch may set what the live object changed.
    private static func overwrites(_ context: VerbContext) -> Bool {
        !context.flags.isSet("overwrite") || context.flags.bool("overwrite")
    }

    /// apply's first request, the GET of the live object: refused, kubectl frames the refusal
    /// with the object (`resource.Info`) and the manifest it came from.
    static func authorizeRetrieval(
        of object: KubeObject, type: ResourceType, source: String, context: VerbContext
    ) throws(KubectlFailure) {
        do throws(APIError) {
            try context.lab.authorize(
                AccessRequest(verb: "get", type, namespace: object.namespace, name: object.name), as: context.user)
        } catch {
            var refusal = error
            refusal.message = "error when retrieving current configuration of:\n" + info(type: type, object: object)
                + "\nfrom server for: \(GoSyntax.quoted(source)): " + refusal.message
            throw .server(refusal)
        }
    }

    /// `resource.Info.String()`: the mapping, then the name and namespace.
    private static func info(type: ResourceType, object: KubeObject) -> String {
        "Resource: \"\(type.group)/\(type.version), Resource=\(type.plural)\", "
            + "GroupVersionKind: \"\(type.group)/\(type.version), Kind=\(type.kind)\"\n"
            + "Name: \(GoSyntax.quoted(object.name)), Namespace: \(GoSyntax.quoted(type.namespaced ? object.namespace ?? "" : ""))"
    }

    /// The framing kubectl puts before the apiserver's message when a patch fails: the patch, the
    /// object it was for (`resource.Info`), and the manifest it came from, named twice.
    static func failedPatch(_ body: String, type: ResourceType, object: KubeObject, source: String) -> String {
        let source = GoSyntax.quoted(source)
        return "error when applying patch:\n\(body)\nto:\n" + info(type: type, object: object) + "\n"
            + "for: \(source): error when patching \(source): "
    }
}
