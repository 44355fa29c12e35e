import Cluster
import KubeAPI

/// The objects of `-f FILE|-` manifests, read and mapped to served types as kubectl's resource
/// builder does for `apply`, `create` and `describe`.
enum ManifestFiles {
    /// Every document of every file, with the name kubectl gives its source (`STDIN` for `-`);
    /// with `-k DIR`, the objects the kustomization builds. A failure met while reading them
    /// (a build or parse error) is worded by `visitFailure`, for the verbs that gather those;
    /// several, as when the server refuses the lookups (`refusedReading`), by `severalFailures`.
    static func read(
        _ files: [String], _ context: VerbContext, visitFailure: (String) -> KubectlFailure = KubectlFailure.error,
        severalFailures: ([String]) -> KubectlFailure = { KubectlFailure($0.joined(separator: "\n")) },
        validating: Bool = false, lookups: ServerLookups = .eachDocument
    ) throws(KubectlFailure) -> [(KubeObject, String)] {
        let (objects, listFailures) = try gathering(
            files, context, visitFailure: visitFailure, severalFailures: severalFailures, validating: validating, lookups: lookups)
        guard listFailures.isEmpty else { throw KubectlFailure(listFailures.lines.joined(separator: "\n")) }
        return objects
    }

    /// `read`, with the failures of list items that could not be typed or mapped kept apart
    /// for the verb to print after the objects it could act on.
    static func gathering(
        _ files: [String], _ context: VerbContext, visitFailure: (String) -> KubectlFailure = KubectlFailure.error,
        severalFailures: ([String]) -> KubectlFailure = { KubectlFailure($0.joined(separator: "\n")) },
        validating: Bool = false, lookups: ServerLookups = .eachDocument, recursive: Bool? = nil
    ) throws(KubectlFailure) -> (objects: [(KubeObject, String)], listFailures: ListItemFailures) {
        let (objects, listFailures) = try documents(
            files, context, visitFailure: visitFailure, validating: validating,
            recursive: recursive ?? context.flags.bool("recursive"))
        guard lookups != .none, !context.serverAnswers else { return (objects, listFailures) }
        let failures = refusedReading(objects, lookups: lookups, validating: validating, context)
        if let only = failures.first, failures.count == 1 { throw visitFailure(only) }
        if failures.isEmpty { return (objects, listFailures) }
        throw severalFailures(failures)
    }

    /// The documents of the files or the kustomization, as they are.
    private static func documents(
        _ files: [String], _ context: VerbContext, visitFailure: (String) -> KubectlFailure, validating: Bool,
        recursive: Bool
    ) throws(KubectlFailure) -> ([(KubeObject, String)], ListItemFailures) {
        try checkOptions(files, context)
        if let directory = kustomization(context) {
            return (try KustomizeBuild.manifests(directory, context, failure: visitFailure), ListItemFailures())
        }
        var objects: [(KubeObject, String)] = []
        var listFailures = ListItemFailures()
        var paths: [String] = []
        for file in files {
            let expanded = expand(file, recursive: recursive, context)
            // The builder refuses a directory with no manifests when it has no files yet.
            if expanded.isEmpty, paths.isEmpty {
                throw .error("error reading [\(file)]: recognized file extensions are [\(manifestExtensions.joined(separator: " "))]")
            }
            paths += expanded
        }
        for file in paths {
            let source = file == "-" ? "STDIN" : file
            let text: String
            if file == "-" {
                text = context.io.input
            } else {
                guard let contents = context.readFile?(file) else {
                    throw .error("the path \"\(file)\" does not exist")
                }
                text = contents
            }
            let documents: [JSONValue]
            do {
                documents = try YAMLDecoding.documents(text)
            } catch {
                throw visitFailure("error parsing \(source): error converting YAML to JSON: \(error.goWording)")
            }
            for document in documents {
                var missing: [String] = []
                if document["apiVersion"].string == nil { missing.append("apiVersion not set") }
                if document["kind"].string == nil { missing.append("kind not set") }
                if missing.isEmpty, validating { missing = ManifestLists.validationProblems(of: document) ?? [] }
                guard missing.isEmpty else {
                    let problems = ListItemFailures(groups: [missing]).errorText
                    throw visitFailure("error validating \"\(source)\": error validating data: \(problems); \(stopValidating)")
                }
                // kubectl decodes the metadata as ObjectMeta before it takes the object.
                if let error = context.lab.settings.schema.typeError(in: document["metadata"], as: "ObjectMeta", at: "metadata") {
                    throw visitFailure("unable to decode \(GoSyntax.quoted(source)): \(error)")
                }
                if ManifestLists.isList(document, in: context.lab) {
                    let flattened: ManifestLists.Flattened
                    do {
                        flattened = try ManifestLists.flatten(document, source: source, in: context.lab)
                    } catch {
                        throw visitFailure(error.message)
                    }
                    let first = objects.count
                    objects += flattened.items.map { (KubeObject($0), source) }
                    listFailures.lists.append((first..<objects.count, flattened.failures))
                    if !flattened.failures.isEmpty { listFailures.groups.append(flattened.failures) }
                } else {
                    objects.append((KubeObject(document), source))
                }
            }
        }
        return (objects, listFailures)
    }

    /// Whether the command line names manifests: `-f` or `-k`.
    static func given(_ context: VerbContext) -> Bool {
        !context.flags.strings("filename").isEmpty || kustomization(context) != nil
    }

    /// The `-k` directory; an empty one is none, as kubectl reads the flag.
    static func kustomization(_ context: VerbContext) -> String? {
        context.flags.string("kustomize").flatMap { $0.isEmpty ? nil : $0 }
    }

    /// kubectl's checks of `-f`, `-k` and `-R` together, all reported at once.
    static func checkOptions(_ files: [String], _ context: VerbContext) throws(KubectlFailure) {
        guard kustomization(context) != nil else { return }
        var problems: [GatheredError] = []
        if !files.isEmpty { problems.append(.plain(onlyOneSource)) }
        if context.flags.bool("recursive") { problems.append(.plain(kustomizeNotRecursive)) }
        if !problems.isEmpty { throw .aggregate(problems) }
    }

    /// A failure to read manifests as the verbs print it that wrap what their visitor gathered in
    /// an aggregate of their own (`get`, `describe`, `rollout restart|pause|resume`): without
    /// kubectl's `error: ` prefix.
    static func gatheredFailure(_ message: String) -> KubectlFailure { KubectlFailure(message) }

    /// The flags naming manifests, shared by every verb that reads them.
    static let flags: [FlagSpec] = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("kustomize", "k"), FlagSpec("recursive", "R", .bool),
    ]

    static let onlyOneSource = "only one of -f or -k can be specified"
    static let kustomizeNotRecursive = "the -k flag can't be used with -f or -R"

    /// The files a `-f` argument names: itself, or for a directory the manifests in it (`.json`,
    /// `.yaml`, `.yml`) in lexical order, and with `-R` those of its subdirectories where they sit.
    private static func expand(_ path: String, recursive: Bool, _ context: VerbContext) -> [String] {
        guard path != "-", let entries = context.listDirectory?(path) else { return [path] }
        var files: [String] = []
        for entry in entries {
            let child = joined(path, entry.name)
            if entry.isDirectory {
                if recursive { files += expand(child, recursive: true, context) }
            } else if manifestExtensions.contains(where: entry.name.hasSuffix) {
                files.append(child)
            }
        }
        return files
    }

    /// Go's `filepath.Join`, which the walk names files by: empty and `.` parts dropped.
    static func joined(_ directory: String, _ name: String) -> String {
        let parts = (directory + "/" + name).split(separator: "/").filter { $0 != "." }
        return (directory.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    static let manifestExtensions = [".json", ".yaml", ".yml"]

    /// The served type of a manifest, and the manifest placed in the namespace it goes to.
    static func resolve(
        _ manifest: KubeObject, source: String, _ context: VerbContext
    ) throws(KubectlFailure) -> (ResourceType, KubeObject) {
        guard let type = try context.cluster.resourceType(apiVersion: manifest.apiVersion, kind: manifest.kind) else {
            throw KubectlFailure(
                "error: resource mapping not found for name: \"\(manifest.name)\" namespace: \"\(manifest.namespace ?? "")\" from \"\(source)\": no matches for kind \"\(manifest.kind)\" in version \"\(manifest.apiVersion)\"\nensure CRDs are installed first"
            )
        }
        var object = manifest
        if type.namespaced {
            if let own = manifest.namespace, context.explicitNamespace, own != context.namespace {
                throw .error(
                    "the namespace from the provided object \"\(own)\" does not match the namespace \"\(context.namespace)\". You must pass '--namespace=\(own)' to perform this operation."
                )
            }
            object.namespace = manifest.namespace ?? context.namespace
        }
        return (type, object)
    }
}
