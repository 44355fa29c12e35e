import KubeAPI

extension ManifestFiles {
    /// What a verb asks the server while it reads manifests: nothing (`--local`), the kind of each
    /// document (the resource builder's mapping), or the kind of each file's first document only,
    /// stopping there (`diff`, whose visitor gives up on a file at its first error).
    enum ServerLookups {
        case none, eachDocument, firstOfEachFile
    }

    /// The failures reading manifests comes to when requests do not reach the kubeconfig's server.
    /// A verb that validates (`apply`, `create`, `replace`) downloads the OpenAPI schema for each
    /// file's first document, and the file ends there; otherwise each document looked up asks
    /// discovery for the kind, logging the failed request, and is unrecognized.
    static func refusedReading(
        _ objects: [(KubeObject, String)], lookups: ServerLookups, validating: Bool, _ context: VerbContext
    ) -> [String] {
        let server = context.server
        let failure = context.connectionFailure ?? .refused
        var failures: [String] = []
        var lastSource: String?
        for (_, source) in objects {
            let firstOfFile = source != lastSource
            lastSource = source
            if validating {
                if firstOfFile {
                    failures.append(
                        "error validating \(GoSyntax.quoted(source)): error validating data: failed to download openapi: \(ServerRequest.openAPI.error(failure, server: server)); \(stopValidating)")
                }
                continue
            }
            guard lookups == .eachDocument || firstOfFile else { continue }
            // After a failed handshake the command's first lookup asks twice.
            context.logDiscoveryFailures(failure != .refused && failures.isEmpty ? 2 : 1)
            failures.append("unable to recognize \(GoSyntax.quoted(source)): \(ServerRequest.groupList.error(failure, server: server))")
        }
        if lookups == .firstOfEachFile { failures = Array(failures.prefix(1)) }
        return failures
    }

    /// The advice kubectl adds to a validation failure.
    static let stopValidating = "if you choose to ignore these errors, turn validation off with --validate=false"
}
