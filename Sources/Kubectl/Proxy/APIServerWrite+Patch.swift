import Cluster
import KubeAPI

/// `PATCH` of an object or its status, as the apiserver's patch handler serves it: the
/// `Content-Type` names the patch type and must be one the resource takes; the patch is
/// applied to the stored object and the result written as the request's manager, unless
/// `?dryRun` says to store nothing. An apply patch is server-side apply, which needs
/// `?fieldManager` and may create.
extension APIServerWrite {
    func patch(
        _ body: String, contentType: String?, type: ResourceType, namespace: String?, name: String, subresource: String
    ) throws(APIError) -> Answer {
        guard ["", "status", "scale"].contains(subresource) else { throw .methodNotAllowed }
        try cluster.authorize(
            AccessRequest(verb: "patch", type, subresource: subresource, namespace: namespace, name: name), as: user)
        // The handler drops parameters (`; charset=...`) and compares the rest as it is.
        let mediaType = String((contentType ?? "").prefix { $0 != ";" })
        let accepted = Self.patchMediaTypes(for: type, in: cluster)
        guard accepted.contains(mediaType) else { throw Self.unsupportedMediaType(accepted) }
        try options.validate(.patch, applyPatch: mediaType == "application/apply-patch+yaml")
        if mediaType == "application/apply-patch+yaml" {
            guard subresource != "scale" else { throw .methodNotAllowed }
            return try applyPatch(
                body, type: type, namespace: namespace, name: name, subresource: subresource)
        }
        let patchType = Self.patchTypes[mediaType] ?? "strategic"
        let document = try? YAMLDecoding.documents(body).first ?? .null
        let parsed = GoJSONSyntax.error(in: body) == nil ? document : nil
        if let refusal = PatchBodyDecoding.refusal(patchType: patchType, text: body, document: parsed) { throw refusal }
        // The scale subresource patches the workload's Scale, whose replicas then become the workload's.
        let scaled = subresource == "scale"
        if scaled, !type.subresources.contains(where: { $0.name == "scale" }) { throw Cluster.noSuchPath }
        let stored = try cluster.get(type, namespace: namespace, name: name)
        let live = scaled ? KubeObject(cluster.scale(of: stored)) : stored
        let liveType = scaled ? Cluster.scales : type
        let patched: JSONValue
        do {
            patched = try Patch.apply(patchType, parsed, to: live.value, meta: cluster.patchMeta(for: liveType))
        } catch {
            if patchType == "json" { throw .patchNotApplied }
            throw Self.badRequest(error.message)
        }
        var object = try cluster.decodePatched(
            KubeObject(patched), as: liveType, patchType: patchType, patch: parsed ?? .null)
        // The body's own strict errors come first; the strict decoder drops none under Ignore.
        let validation = options.validation
        let decoded = try cluster.decodeFields(
            of: object, as: liveType, validation: validation, patching: true,
            strategicPatch: patchType == "strategic" ? parsed : nil,
            patchErrors: validation == .ignore ? [] : PatchBodyDecoding.strictErrors(patchType: patchType, body: body))
        object = decoded.object
        let dryRun = options.isDryRun
        if scaled {
            try cluster.decodeScale(object.value)
            let scale = try cluster.updateScale(
                object, of: type, dryRun: dryRun, manager: FieldManager(manager.name, subresource: "scale"))
            return Answer(object: scale, warnings: decoded.warnings)
        }
        let warnings = decoded.warnings + cluster.writeWarnings(for: object, as: type)
        if subresource == "status" {
            return Answer(object: served(try cluster.replaceStatus(object, dryRun: dryRun), type: type), warnings: warnings)
        }
        let written = try cluster.replace(object, dryRun: dryRun, manager: manager)
        return Answer(object: served(written, type: type, old: stored), warnings: warnings)
    }

    /// Server-side apply of a YAML (or JSON) configuration to the object the URL names.
    private func applyPatch(
        _ body: String, type: ResourceType, namespace: String?, name: String, subresource: String
    ) throws(APIError) -> Answer {
        let value: JSONValue
        do {
            value = try YAMLDecoding.documents(body).first ?? .null
        } catch {
            throw Self.badRequest("error decoding YAML: \(error.goWording)")
        }
        var config = KubeObject(value)
        guard config.name == name else {
            throw Self.badRequest(
                "the name of the object (\(config.name)) does not match the name on the URL (\(name))")
        }
        try placeInNamespace(&config, namespace)
        let (object, created) = try cluster.apply(
            config, manager: options.fieldManager, force: options.force ?? false, dryRun: options.isDryRun, as: user,
            subresource: subresource.isEmpty ? nil : subresource)
        return Answer(object: served(object, type: type), created: created)
    }

    /// The patch media types a resource's handler takes, in the order its refusal lists them:
    /// custom resources have no strategic merge patch.
    static func patchMediaTypes(for type: ResourceType, in cluster: Cluster) -> [String] {
        let strategic = isCustom(type, in: cluster) ? [] : ["application/strategic-merge-patch+json"]
        return ["application/json-patch+json", "application/merge-patch+json"] + strategic + [
            "application/apply-patch+yaml"
        ]
    }

    private static let patchTypes = [
        "application/json-patch+json": "json", "application/merge-patch+json": "merge",
        "application/strategic-merge-patch+json": "strategic",
    ]
}
