import KubeAPI
import OrderedCollections

/// `patches`, `patchesStrategicMerge` and `patchesJson6902`: strategic merge patches matched by
/// their own kind and name or by a target, and JSON patches (RFC 6902) on their targets.
extension KustomizeBuild {
    /// A patch's text: inline, or the file it names relative to the kustomization.
    func patchText(_ patch: Kustomization.Patch, directory: String, plugin: String) throws(KustomizeError) -> String {
        if let inline = patch.patch, !inline.isEmpty { return inline }
        guard let path = patch.path, !path.isEmpty else {
            throw KustomizeError("trouble configuring builtin \(plugin) with config: `\n{}\n`: must specify one of patch and path in\n{}")
        }
        do {
            return try files.read(path, in: directory)
        } catch {
            let full = files.absolute(path, in: directory)
            throw KustomizeError(
                "trouble configuring builtin \(plugin) with config: `\npath: \(path)\n`: failed to get the patch file from path(\(path)): evalsymlink failure on '\(full)' : lstat \(full): no such file or directory")
        }
    }

    /// One `patches` entry: a JSON patch when its text is a list, else a strategic merge patch.
    func applyPatch(_ patch: Kustomization.Patch, directory: String, _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        let text = try patchText(patch, directory: directory, plugin: "PatchTransformer")
        if let operations = Self.jsonPatch(text) {
            guard let target = patch.target else {
                throw KustomizeError("unable to apply json patch without a target")
            }
            try applyJSONPatch(operations, target: target, &resources)
            return
        }
        let documents = try Self.documents(text)
        guard let target = patch.target else {
            for document in documents { try applyStrategicMerge(document, &resources) }
            return
        }
        for document in documents {
            for index in resources.indices.reversed() where target.matches(resources[index]) {
                try mergePatch(document, into: index, &resources)
            }
        }
    }

    /// `patchesStrategicMerge`: files, or inline patches when no such file exists.
    func applyStrategicMergeEntries(_ entries: [String], directory: String, _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        for entry in entries {
            let text = files.readFile(files.absolute(entry, in: directory)) ?? entry
            for document in try Self.documents(text) { try applyStrategicMerge(document, &resources) }
        }
    }

    /// `patchesJson6902`: each names its target and holds its operations.
    func applyJSON6902Entries(_ entries: [Kustomization.Patch], directory: String, _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        for entry in entries {
            let text = try patchText(entry, directory: directory, plugin: "PatchJson6902Transformer")
            guard let operations = Self.jsonPatch(text) else {
                throw KustomizeError("failed to decode patch: json: cannot unmarshal object into Go value of type jsonpatch.Patch")
            }
            guard let target = entry.target else { throw KustomizeError("must specify a target for patch") }
            try applyJSONPatch(operations, target: target, &resources)
        }
    }

    /// A strategic merge patch on the one object of its kind and name.
    private func applyStrategicMerge(_ patch: JSONValue, _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        var probe = KustomizeResource(patch)
        probe.needsHash = false
        let matches = resources.indices.filter { index in
            let resource = resources[index]
            return resource.kind == probe.kind && resource.group == probe.group && resource.allNames.contains(probe.name)
                && (probe.namespace.isEmpty || resource.namespace == probe.namespace
                    || resource.previousIDs.contains { $0.namespace == probe.namespace })
        }
        guard matches.count == 1, let index = matches.first else {
            let id = probe.idText
            if matches.isEmpty {
                throw KustomizeError(
                    "no resource matches strategic merge patch \"\(id)\": no matches for Id \(id); failed to find unique target for patch \(id)")
            }
            throw KustomizeError("multiple matches for Id \(id); failed to find unique target for patch \(id)")
        }
        try mergePatch(patch, into: index, &resources)
    }

    /// Merges `patch` into one resource, or deletes it for `$patch: delete`.
    private func mergePatch(_ patch: JSONValue, into index: Int, _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        if patch["$patch"].string == "delete" {
            resources.remove(at: index)
            return
        }
        var body = patch
        // The patch's own name and namespace only find its target.
        var metadata = body["metadata"]
        metadata["name"] = .null
        metadata["namespace"] = .null
        body["metadata"] = metadata.object.isEmpty ? .null : metadata
        let resource = resources[index]
        do {
            let merged = try StrategicMergePatch.apply(body, to: resource.object, meta: patchMeta(resource.apiVersion, resource.kind))
            resources[index].object = schema.map {
                KustomizeMergeOrder.reorder(merged, patch: body, schema: $0, kind: resource.kind, apiVersion: resource.apiVersion)
            } ?? merged
        } catch {
            throw KustomizeError(error.message)
        }
    }

    private func applyJSONPatch(_ operations: JSONValue, target: KustomizeSelector, _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        for index in resources.indices where target.matches(resources[index]) {
            do {
                resources[index].object = try JSONPatch.apply(operations, to: resources[index].object)
            } catch {
                throw KustomizeError(error.message)
            }
        }
    }

    /// The operations of a JSON patch written as a YAML or JSON list; nil for anything else.
    static func jsonPatch(_ text: String) -> JSONValue? {
        guard let documents = try? YAMLDecoding.documents(text), documents.count == 1, case .array = documents[0] else { return nil }
        return documents[0]
    }
}
