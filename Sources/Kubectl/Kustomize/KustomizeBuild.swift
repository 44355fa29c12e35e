import KubeAPI
import OrderedCollections

/// A kustomize build, as kubectl's embedded kustomize (v5.5.0) runs one: each kustomization
/// gathers its resources (files, and directories with their own kustomization, built first),
/// adds what its generators make, runs its transformers in kustomize's fixed order; the top one
/// then adds the generated names' hashes, fixes references to renamed objects and sorts.
struct KustomizeBuild {
    var files: KustomizeFiles
    /// Whether a kind (by apiVersion and kind) is cluster-scoped, as the schema says.
    var clusterScoped: (String, String) -> Bool
    /// The strategic merge patch strategies of a kind.
    var patchMeta: (String, String) -> PatchMeta
    /// The published field schema, for the order of merged lists.
    var schema: APISchema?
    /// Where the deprecation warnings go (standard error).
    var warn: (String) -> Void

    /// The built objects of the kustomization in `path`, in output order.
    func run(_ path: String) throws(KustomizeError) -> [JSONValue] {
        if KustomizeRemote.isRemote(path) { throw KustomizeRemote.refusal(path, nested: false) }
        let directory = files.absolute(path)
        guard files.isDirectory(directory) else {
            if files.readFile(directory) != nil {
                throw KustomizeError("must build at directory: '\(directory)': file is not directory")
            }
            throw KustomizeError(
                "must build at directory: not a valid directory: evalsymlink failure on '\(path)' : lstat \(directory): no such file or directory")
        }
        var resources = try accumulate(directory)
        for index in resources.indices where resources[index].needsHash {
            resources[index].rememberID()
            resources[index].name += "-" + KustomizeHash.suffix(for: resources[index].object)
            resources[index].needsHash = false
        }
        KustomizeNameReferences.fix(&resources, clusterScoped: clusterScoped)
        return KustomizeOrder.sorted(resources).map(\.object)
    }

    /// The resources of one kustomization directory, transformed by it.
    func accumulate(_ directory: String) throws(KustomizeError) -> [KustomizeResource] {
        let file = try files.kustomization(in: directory)
        let kustomization = try Kustomization(decoding: file.text, fileName: file.name)
        for warning in kustomization.warnings { warn(warning) }
        var resources: [KustomizeResource] = []
        for entry in kustomization.resources {
            do {
                try absorb(try load(entry, from: directory), into: &resources, entry: entry, from: directory)
            } catch {
                throw error.prefixed("accumulating resources")
            }
        }
        let generators = KustomizeGenerators(files: files, directory: directory)
        for args in kustomization.configMapGenerator {
            try generate(generators.make(args, secret: false, global: kustomization.generatorOptions), args, into: &resources)
        }
        for args in kustomization.secretGenerator {
            try generate(generators.make(args, secret: true, global: kustomization.generatorOptions), args, into: &resources)
        }
        try transform(&resources, kustomization, directory: directory)
        return resources
    }

    /// Adds a file's or a sub-kustomization's resources, refusing an id already held.
    private func absorb(_ loaded: [KustomizeResource], into resources: inout [KustomizeResource], entry: String, from directory: String) throws(KustomizeError) {
        for resource in loaded {
            if resources.contains(where: { Self.sameID($0, resource) }) {
                let clash = "may not add resource with an already registered id: \(resource.idText)"
                let path = files.absolute(entry, in: directory)
                guard !files.isDirectory(path) else { throw KustomizeError(clash) }
                throw KustomizeError(
                    "accumulation err='merging resources from '\(entry)': \(clash)': must build at directory: '\(path)': file is not directory")
            }
            resources.append(resource)
        }
    }

    static func sameID(_ a: KustomizeResource, _ b: KustomizeResource) -> Bool {
        a.kind == b.kind && a.group == b.group && a.name == b.name && a.namespace == b.namespace
    }

    /// A generated object added, or merged into or replacing the one of that name from a base.
    private func generate(_ made: KustomizeResource, _ args: Kustomization.GeneratorArgs, into resources: inout [KustomizeResource]) throws(KustomizeError) {
        let existing = resources.firstIndex { $0.kind == made.kind && $0.allNames.contains(made.name) && ($0.previousIDs.first?.namespace ?? $0.namespace) == made.namespace }
        switch args.behavior {
        case "create":
            if let existing {
                throw KustomizeError("merging from generator \(made.kind.lowercased()) \(made.name): may not add resource with an already registered id: \(resources[existing].idText)")
            }
            resources.append(made)
        case "merge", "replace":
            guard let existing else {
                throw KustomizeError("id \(made.idText) does not exist; cannot merge or replace")
            }
            var object = resources[existing].object
            if args.behavior == "merge" {
                for field in ["data", "binaryData"] where !made.object[field].isNull {
                    var merged = object[field].object
                    for (key, value) in made.object[field].object { merged[key] = value }
                    object[field] = .object(merged)
                }
                for field in ["labels", "annotations"] where !made.object["metadata"][field].isNull {
                    var merged = object["metadata"][field].object
                    for (key, value) in made.object["metadata"][field].object { merged[key] = value }
                    object[path: "metadata." + field] = .object(merged)
                }
            } else {
                object["data"] = made.object["data"]
                object["binaryData"] = made.object["binaryData"]
            }
            resources[existing].object = object
            resources[existing].needsHash = resources[existing].needsHash && made.needsHash
        default:
            throw KustomizeError("unknown generator behavior '\(args.behavior)'")
        }
    }

    /// The objects one `resources` entry names: a file's documents, or a directory's build.
    private func load(_ entry: String, from directory: String) throws(KustomizeError) -> [KustomizeResource] {
        if KustomizeRemote.isRemote(entry) { throw KustomizeRemote.refusal(entry, nested: true) }
        let path = files.absolute(entry, in: directory)
        if files.isDirectory(path) {
            do {
                return try accumulate(path)
            } catch let failure where failure.message.hasPrefix("unable to find one of") {
                throw KustomizeError(
                    "accumulation err='accumulating resources from '\(entry)': '\(path)' must resolve to a file': couldn't make target for path '\(path)': \(failure.message)")
            } catch {
                throw error.prefixed("accumulation err='accumulating resources from '\(entry)': '\(path)' must resolve to a file': recursed accumulation of path '\(path)'")
            }
        }
        guard let text = files.readFile(path) else {
            let missing = "evalsymlink failure on '\(path)' : lstat \(path): no such file or directory"
            throw KustomizeError(
                "accumulation err='accumulating resources from '\(entry)': \(missing)': must build at directory: not a valid directory: \(missing)")
        }
        let notDirectory = "must build at directory: '\(path)': file is not directory"
        guard path.hasPrefix(directory == "/" ? "/" : directory + "/") else {
            throw KustomizeError(
                "accumulation err='accumulating resources from '\(entry)': security; file '\(path)' is not in or below '\(directory)'': \(notDirectory)")
        }
        do {
            return try Self.documents(text).map(KustomizeResource.init)
        } catch {
            throw KustomizeError("accumulation err='accumulating resources from '\(entry)': \(error.message)': \(notDirectory)")
        }
    }

    /// The objects of a YAML stream; empty documents are skipped and `List`s opened.
    static func documents(_ text: String) throws(KustomizeError) -> [JSONValue] {
        let documents: [JSONValue]
        do {
            documents = try YAMLDecoding.documents(text)
        } catch {
            throw KustomizeError(error.goWording)
        }
        var objects: [JSONValue] = []
        for document in documents {
            guard case .object(let members) = document, !members.isEmpty else { continue }
            if document["kind"].string == "List", case .array(let items) = document["items"] {
                objects += items
            } else {
                objects.append(document)
            }
        }
        for object in objects where object["kind"].string == nil || object["kind"].string == "" {
            throw KustomizeError("missing kind in object \(GoJSON.marshal(object))")
        }
        return objects
    }
}
