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
        var (resource, path) = try resolve(arguments[0], matchingPrefix: apiVersion.isEmpty)
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

    /// Splits `pods.spec.containers` into the resource and the field path. Without --api-version
    /// the longest prefix that names a resource wins, so `deployments.apps.spec` works.
    static func resolve(_ text: String, matchingPrefix: Bool) throws(KubectlFailure) -> (ResourceType, [String]) {
        var input = text
        if input.hasSuffix(".") { input.removeLast() }
        let parts = input.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let lengths = matchingPrefix ? Array(stride(from: parts.count, to: 0, by: -1)) : [1]
        for length in lengths {
            if let type = ResourceResolver.resolve(parts[..<length].joined(separator: ".")) {
                return (type, Array(parts[length...]))
            }
        }
        throw KubectlFailure("the server doesn't have a resource type \"\(parts[0])\"")
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
