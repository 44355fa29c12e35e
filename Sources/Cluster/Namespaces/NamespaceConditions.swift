import KubeAPI

/// The status conditions the namespace controller keeps on a terminating namespace
/// (`status_condition_utils.go`): each one False with its "ok" wording unless something is wrong.
enum NamespaceConditions {
    /// `conditions` brought up to date with what the last pass found (`updateConditions`).
    static func updated(_ conditions: JSONValue, with content: NamespaceContent, now: Timestamp) -> JSONValue {
        var result = conditions.array
        for type in types {
            let new = condition(type, content: content, now: now)
            guard let index = result.firstIndex(where: { $0["type"] == new["type"] }) else {
                result.append(new)
                continue
            }
            var old = result[index]
            guard old["status"] != new["status"] || old["message"] != new["message"] || old["reason"] != new["reason"]
            else { continue }
            if old["status"] != new["status"] { old["lastTransitionTime"] = new["lastTransitionTime"] }
            for key in ["status", "reason", "message"] { old[key] = new[key] }
            result[index] = old
        }
        return .array(result)
    }

    /// The condition of `type` for this pass: a problem it found, or the "ok" variant.
    private static func condition(_ type: String, content: NamespaceContent, now: Timestamp) -> JSONValue {
        switch type {
        case contentFailure where !content.errors.isEmpty:
            let messages = content.errors.sorted().joined(separator: ", ")
            return make(
                type, "True", "ContentDeletionFailed",
                "Failed to delete all resource types, \(content.errors.count) remaining: \(messages)", now)
        case contentRemaining where !content.remaining.isEmpty:
            let parts = content.remaining.map { "\($0.key) has \($0.value) resource instances" }.sorted()
            return make(type, "True", "SomeResourcesRemain", "Some resources are remaining: \(parts.joined(separator: ", "))", now)
        case finalizersRemaining where !content.finalizers.isEmpty:
            let parts = content.finalizers.map { "\($0.key) in \($0.value) resource instances" }.sorted()
            return make(
                type, "True", "SomeFinalizersRemain",
                "Some content in the namespace has finalizers remaining: \(parts.joined(separator: ", "))", now)
        default:
            return make(type, "False", okReasons[type] ?? "", okMessages[type] ?? "", now)
        }
    }

    /// A `NamespaceCondition`, fields in the API's order.
    private static func make(_ type: String, _ status: String, _ reason: String, _ message: String, _ now: Timestamp) -> JSONValue {
        [
            "type": .string(type), "status": .string(status), "lastTransitionTime": .string(now.rfc3339),
            "reason": .string(reason), "message": .string(message),
        ]
    }

    static let contentFailure = "NamespaceDeletionContentFailure"
    static let contentRemaining = "NamespaceContentRemaining"
    static let finalizersRemaining = "NamespaceFinalizersRemaining"
    static let types = [
        "NamespaceDeletionDiscoveryFailure", "NamespaceDeletionGroupVersionParsingFailure", contentFailure,
        contentRemaining, finalizersRemaining,
    ]
    static let okMessages = [
        "NamespaceDeletionDiscoveryFailure": "All resources successfully discovered",
        "NamespaceDeletionGroupVersionParsingFailure": "All legacy kube types successfully parsed",
        contentFailure: "All content successfully deleted, may be waiting on finalization",
        contentRemaining: "All content successfully removed",
        finalizersRemaining: "All content-preserving finalizers finished",
    ]
    static let okReasons = [
        "NamespaceDeletionDiscoveryFailure": "ResourcesDiscovered",
        "NamespaceDeletionGroupVersionParsingFailure": "ParsedGroupVersions",
        contentFailure: "ContentDeleted", contentRemaining: "ContentRemoved", finalizersRemaining: "ContentHasNoFinalizers",
    ]
}
