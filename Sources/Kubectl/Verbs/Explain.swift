import Cluster
import KubeAPI

/// `kubectl explain TYPE[.FIELD...]`: the documentation of a kind or of one of its fields, read
/// from the OpenAPI document the apiserver publishes for the kind's group/version.
enum Explain {
    static let flags: [FlagSpec] = [FlagSpec("recursive", nil, .bool), FlagSpec("api-version"), FlagSpec("output", "o")]

    static let verb = Verb(name: "explain", flags: flags, help: KubectlHelp.explain) { context throws(KubectlFailure) in
        let arguments = context.flags.positionals
        guard !arguments.isEmpty else { throw .error(noResource) }
        guard arguments.count == 1 else { throw .error("We accept only this format: explain RESOURCE") }
        let output = context.flags.string("output") ?? "plaintext"
        guard output == "plaintext" || output == "plaintext-openapiv2" else {
            throw .error("unrecognized format: \(output)")
        }
        let cluster = try context.cluster
        let apiVersion = context.flags.string("api-version") ?? ""
        var (resource, path) = try resolve(arguments[0], matchingPrefix: apiVersion.isEmpty, served: cluster.servedResources)
        if !apiVersion.isEmpty {
            let (group, version) = try parseGroupVersion(apiVersion)
            resource = resource.inGroup(group, version: version)
        }
        if output == "plaintext-openapiv2" {
            let gvk = "\(resource.apiVersion.contains("/") ? resource.apiVersion : "/" + resource.apiVersion), Kind=\(resource.kind)"
            guard let document = cluster.openAPIDocument(groupVersion: resource.apiVersion),
                let kind = document.kind(ofResource: resource.plural)
            else { throw .error("couldn't find resource for \(GoValueFormat.quote(gvk))") }
            let printer = ExplainV2Printer(schema: document.schema, recursive: context.flags.bool("recursive"))
            try printer.print(kind: kind, apiVersion: resource.apiVersion, path: path, to: context.io)
            return 0
        }
        let gvr = "\(resource.group)/\(resource.version), Resource=\(resource.plural)"
        guard let document = cluster.openAPIDocument(groupVersion: resource.apiVersion) else {
            throw .error("couldn't find resource for \"\(gvr)\"")
        }
        guard let kind = document.kind(ofResource: resource.plural) else {
            throw .error("GVR (\(gvr)) not found in OpenAPI schema")
        }
        let printer = ExplainPrinter(schema: document.schema, recursive: context.flags.bool("recursive"))
        try printer.print(kind: kind, group: resource.group, version: resource.version, path: path, to: context.io)
        return 0
    }

    /// Splits `pods.spec.containers` into the resource and the field path, as kubectl's
    /// `SplitAndParseResourceRequestWithMatchingPrefix` does: the first word names the resource;
    /// of the served resources it may mean (core first, in discovery's order), the first whose
    /// `plural.group` begins the text takes that part, so `deployments.apps.spec` works; else the
    /// first one takes only the first word (`nodes.metrics.k8s.io` is the core Node's field path
    /// `metrics.k8s.io`). With --api-version only the first word names the resource.
    static func resolve(_ text: String, matchingPrefix: Bool, served: [ResourceType]) throws(KubectlFailure) -> (ResourceType, [String]) {
        var input = text
        if input.hasSuffix(".") { input.removeLast() }
        let parts = input.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let name = parts[0].lowercased()
        guard matchingPrefix else {
            guard let type = ResourceResolver.resolve(parts[0]) else { throw unknown(parts[0]) }
            return (type, Array(parts.dropFirst()))
        }
        let candidates = served.filter {
            $0.plural == name || $0.singular == name || $0.shortNames.contains(name) || $0.kind.lowercased() == name
        }
        for type in candidates {
            let groupResource = type.group.isEmpty ? type.plural : "\(type.plural).\(type.group)"
            guard input.hasPrefix(groupResource) else { continue }
            let suffix = input.dropFirst(groupResource.count)
            return (type, suffix.isEmpty ? [] : suffix.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init))
        }
        guard let first = candidates.first else { throw unknown(parts[0]) }
        return (first, Array(parts.dropFirst()))
    }

    private static func unknown(_ name: String) -> KubectlFailure {
        KubectlFailure("the server doesn't have a resource type \"\(name)\"")
    }

    /// `apps/v1` or `v1`, as apimachinery's ParseGroupVersion reads it.
    static func parseGroupVersion(_ text: String) throws(KubectlFailure) -> (group: String, version: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1: return ("", parts[0])
        case 2: return (parts[0], parts[1])
        default: throw .error("unexpected GroupVersion string: \(text)")
        }
    }

    static let noResource =
        "You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources."
}
