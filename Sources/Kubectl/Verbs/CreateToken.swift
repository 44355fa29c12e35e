import Cluster
import KubeAPI

/// `kubectl create token SERVICE_ACCOUNT`: asks the apiserver for a token of the account (a
/// TokenRequest) and prints the token, followed by a newline only on a terminal, or the whole
/// TokenRequest with `-o`. It takes no `--dry-run`: nothing is stored.
enum CreateToken {
    static let flags: [FlagSpec] = [
        FlagSpec("audience", nil, .stringArray), FlagSpec("duration", nil, .duration), FlagSpec("bound-object-kind"),
        FlagSpec("bound-object-name"), FlagSpec("bound-object-uid"),
    ]

    /// The kinds a token can be bound to, as kubectl 1.32 lists them.
    static let boundKinds = ["Node", "Pod", "Secret"]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let command = "create token"
        try context.flags.refuseOthers(than: flags + [FlagSpec("output", "o")] + OutputFormat.templateFlags, command: command)
        var seconds: Int64 = 0
        if let text = context.flags.string("duration") {
            switch GoDurationFlag.milliseconds(text) {
            case .failure(let error):
                throw .usage("invalid argument \"\(text)\" for \"--duration\" flag: \(error.message)", verb: command)
            case .success(let milliseconds):
                if milliseconds < 0 { throw .error("--duration must be greater than or equal to 0") }
                if milliseconds % 1000 != 0 { throw .error("--duration cannot be expressed in units less than seconds") }
                seconds = milliseconds / 1000
            }
        }
        let account = try Create.name(arguments, flags: context.flags, command: command)
        let output = context.flags.string("output")
        if let output { try ObjectOutput.checkFormat(output, context: context) }
        let spec = try requestSpec(context.flags, seconds: seconds)
        // The typed client's `CreateToken`: protobuf both ways, no query.
        let post = ServerRequest.post(
            .serviceAccounts, namespace: context.namespace, name: account, subresource: "token",
            accept: ServerRequest.MediaTypes.protobuf, contentType: "application/vnd.kubernetes.protobuf")
        let request: KubeObject
        do throws(RequestError) {
            let cluster = try context.client(for: post)
            do throws(APIError) {
                request = try context.send(post, source: "serviceaccount.go:87") { () throws(APIError) in
                    try cluster.requestToken(for: account, namespace: context.namespace, spec: spec, as: context.user)
                }
            } catch {
                throw RequestError.status(error)
            }
        } catch {
            throw .error("failed to create token: \(error.message)")
        }
        if let output {
            return try ObjectOutput.print(
                request, type: .tokenRequests, operation: "created", output: output, dryRun: .none, context: context,
                decoded: true)
        }
        let token = request[path: "status.token"].string ?? ""
        context.io.out(context.io.writesToTerminal ? token + "\n" : token)
        return 0
    }

    /// The TokenRequest's spec from the flags, checked as kubectl's Validate checks them.
    private static func requestSpec(_ flags: ParsedFlags, seconds: Int64) throws(KubectlFailure) -> Cluster.TokenRequestSpec {
        let audiences = flags.strings("audience")
        if audiences.contains("") { throw .error("--audience must not be an empty string") }
        let kind = flags.string("bound-object-kind") ?? ""
        let name = flags.string("bound-object-name") ?? ""
        let uid = flags.string("bound-object-uid") ?? ""
        var bound: Cluster.TokenRequestSpec.BoundObject?
        if kind.isEmpty {
            if !name.isEmpty { throw .error("--bound-object-name can only be set if --bound-object-kind is provided") }
            if !uid.isEmpty { throw .error("--bound-object-uid can only be set if --bound-object-kind is provided") }
        } else {
            guard boundKinds.contains(kind) else {
                throw .error("supported --bound-object-kind values are \(boundKinds.joined(separator: ", "))")
            }
            if name.isEmpty { throw .error("--bound-object-name is required if --bound-object-kind is provided") }
            bound = .init(kind: kind, name: name, uid: uid)
        }
        return Cluster.TokenRequestSpec(audiences: audiences, expirationSeconds: seconds > 0 ? seconds : nil, boundObject: bound)
    }
}
