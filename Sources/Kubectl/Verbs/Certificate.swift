import Cluster
import KubeAPI

/// `kubectl certificate approve|deny (-f FILE | NAME...)`: adds an Approved or Denied condition
/// to CertificateSigningRequests through their approval subresource. Without a subcommand it
/// prints its help (and succeeds, whatever follows).
enum Certificate {
    static let verb = Verb(
        name: "certificate", flags: flags, help: KubectlHelp.certificate,
        usagePath: { words in
            words.first.flatMap { CertificateDecision(rawValue: $0) }.map { "certificate \($0.rawValue)" }
        }
    ) { context throws(KubectlFailure) in
        var context = context
        guard let word = context.flags.positionals.first, let decision = CertificateDecision(rawValue: word) else {
            context.io.out(KubectlHelp.certificate)
            return 0
        }
        context.flags.positionals.removeFirst()
        return try decision.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("allow-missing-template-keys", nil, .bool), FlagSpec("filename", "f", .stringArray),
        FlagSpec("force", nil, .bool),
        FlagSpec("kustomize", "k"), FlagSpec("output", "o"), FlagSpec("recursive", "R", .bool),
        OutputFormat.showManagedFields, FlagSpec("template"),
    ]
}

/// `approve` or `deny`: the condition each adds, the one it refuses to contradict, and its words.
enum CertificateDecision: String {
    case approve, deny

    /// The condition type this decision adds.
    var condition: String { self == .approve ? "Approved" : "Denied" }
    /// The condition that, present, makes the decision an error even with `--force`.
    var contradiction: String { self == .approve ? "Denied" : "Approved" }
    var reason: String { self == .approve ? "KubectlApprove" : "KubectlDeny" }
    var message: String { self == .approve ? Self.approvedMessage : Self.deniedMessage }
    /// The word after each request's name in the printed line.
    var operation: String { self == .approve ? "approved" : "denied" }

    /// `addConditionIfNeeded`: the request with the decision's condition appended (dated `now`),
    /// nil when it already has it; an error when it has the contradicting one.
    func decide(_ request: KubeObject, now: Timestamp) -> Result<KubeObject?, GatheredError> {
        let conditions = request[path: "status.conditions"].array
        for condition in conditions {
            if condition["type"].string == contradiction {
                return .failure(
                    .plain("certificate signing request \(GoSyntax.quoted(request.name)) is already \(contradiction)"))
            }
        }
        if conditions.contains(where: { $0["type"].string == condition }) { return .success(nil) }
        var updated = request
        updated[path: "status.conditions"] = .array(
            conditions + [
                [
                    "type": .string(condition), "status": "True", "reason": .string(reason),
                    "message": .string(message),
                    "lastUpdateTime": .string(now.rfc3339),
                ]
            ])
        return .success(updated)
    }

    static let approvedMessage = "This CSR was approved by kubectl certificate approve."
    static let deniedMessage = "This CSR was denied by kubectl certificate deny."
    /// What is printed when the manifests named nothing and nothing failed.
    static let noneFound = "No resources found\n"
    static let noRequests = "one or more CSRs must be specified as <name> or -f <filename>"
}
