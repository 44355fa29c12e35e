import Cluster
import KubeAPI

/// The options a write reads from its query (`CreateOptions`, `UpdateOptions`, `PatchOptions`,
/// `DeleteOptions`), as the parameter codec fills them: `dryRun` takes every value given,
/// the others the first; `force` is set by its mere presence.
struct WriteOptions {
    /// Every `dryRun` value, in order; empty when the query has none.
    var dryRun: [String] = []
    /// `fieldValidation`, empty when absent.
    var fieldValidation = ""
    var fieldManager = ""
    /// `force`: nil when absent; false only for `0` and `false` (any case), as the codec reads a bool.
    var force: Bool?
    /// `propagationPolicy`, as given.
    var propagationPolicy: String?
    /// `gracePeriodSeconds`, when it is a number.
    var gracePeriodSeconds: Int?

    init(dryRun: [String] = [], propagationPolicy: String? = nil) {
        self.dryRun = dryRun
        self.propagationPolicy = propagationPolicy
    }

    init(query: String) {
        var seen: Set<String> = []
        for (key, value) in Self.pairs(query) {
            if key == "dryRun" { dryRun.append(value) }
            guard seen.insert(key).inserted else { continue }
            switch key {
            case "fieldValidation": fieldValidation = value
            case "fieldManager": fieldManager = value
            case "force": force = !(value == "0" || value.lowercased() == "false")
            case "propagationPolicy": propagationPolicy = value
            case "gracePeriodSeconds": gracePeriodSeconds = Int(value)
            default: break
            }
        }
    }

    /// `dryrun.IsDryRun`: any value asks for it (validation has made sure each is `All`).
    var isDryRun: Bool { !dryRun.isEmpty }

    /// The directive the decoder follows: `Warn` when the query names none.
    var validation: FieldValidation {
        switch fieldValidation {
        case "Strict": .strict
        case "Ignore": .ignore
        default: .warn
        }
    }

    /// The checks of `ValidateCreateOptions` (and `Update`, `Patch`, `Delete`): an Invalid
    /// refusal of the options kind, with every cause found; `applyPatch` for a PATCH of
    /// server-side apply.
    func validate(_ kind: Kind, applyPatch: Bool = false) throws(APIError) {
        var causes: [InvalidDetails.Cause] = []
        switch kind {
        case .patch where !applyPatch && force != nil:
            causes.append(.init(field: "force", message: "Forbidden: may not be specified for non-apply patch"))
        case .patch where applyPatch && fieldManager.isEmpty:
            causes.append(.init(field: "fieldManager", message: "Required value: is required for apply patch"))
        case .delete:
            if let policy = propagationPolicy, !["Foreground", "Background", "Orphan"].contains(policy) {
                causes.append(
                    .init(
                        field: "propagationPolicy",
                        message: "Unsupported value: \(GoSyntax.quoted(policy)): supported values: "
                            + "\"Foreground\", \"Background\", \"Orphan\", \"nil\""))
            }
        default: break
        }
        if dryRun.contains(where: { $0 != "All" }) {
            let values = dryRun.map(GoSyntax.quoted).joined(separator: ", ")
            causes.append(
                .init(field: "dryRun", message: "Unsupported value: []string{\(values)}: supported values: \"All\""))
        }
        if kind != .delete, !["", "Ignore", "Strict", "Warn"].contains(fieldValidation) {
            causes.append(
                .init(
                    field: "fieldValidation",
                    message:
                        "Unsupported value: \(GoSyntax.quoted(fieldValidation)): supported values: \"\", \"Ignore\", \"Strict\", \"Warn\""
                ))
        }
        guard causes.isEmpty else {
            throw .invalid(kind: kind.rawValue, group: "meta.k8s.io", name: "", causes: causes)
        }
    }

    /// The options kinds, named as the refusal names them.
    enum Kind: String {
        case create = "CreateOptions"
        case update = "UpdateOptions"
        case patch = "PatchOptions"
        case delete = "DeleteOptions"
    }

    /// `url.ParseQuery`'s pairs, keys and values unescaped (`+` is a space); a pair that does
    /// not unescape is skipped, as `URL.Query` skips it.
    static func pairs(_ query: String) -> [(String, String)] {
        query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let unescape = { (text: Substring) in GoURL.unescape(String(text.map { $0 == "+" ? " " : $0 })) }
            guard let key = unescape(parts[0]), let value = parts.count > 1 ? unescape(parts[1]) : "" else {
                return nil
            }
            return (key, value)
        }
    }
}
