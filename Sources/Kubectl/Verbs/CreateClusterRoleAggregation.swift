import Cluster
import KubeAPI

/// `kubectl create clusterrole NAME --aggregation-rule=KEY=VALUE,...`: a ClusterRole whose rules the
/// clusterrole-aggregation controller fills from the roles its label selector matches.
enum CreateClusterRoleAggregation {
    static let flag = FlagSpec("aggregation-rule", nil, .stringArray)

    /// The labels of `--aggregation-rule` (a `MapStringString` flag: pairs joined by commas, each
    /// flag adding to the last), or nil when it was not given.
    static func labels(_ flags: ParsedFlags) throws(KubectlFailure) -> [String: String]? {
        guard flags.isSet("aggregation-rule") else { return nil }
        var labels: [String: String] = [:]
        for raw in flags.strings("aggregation-rule") where !raw.isEmpty {
            for pair in raw.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = pair.trimmingSpaces.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    throw .usage(
                        "invalid argument \"\(raw)\" for \"--aggregation-rule\" flag: malformed pair, expect string=string",
                        verb: "create clusterrole")
                }
                labels[String(parts[0])] = String(parts[1])
            }
        }
        return labels
    }

    /// Refuses rule flags beside an aggregation rule, then creates the role with `rules: null`.
    static func create(name: String, labels: [String: String], context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        if ["non-resource-url", "verb", "resource", "resource-name"].contains(where: { !flags.strings($0).isEmpty }) {
            throw .error("aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames")
        }
        var selector: JSONValue = [:]
        if !labels.isEmpty { selector["matchLabels"] = .stringMap(labels) }
        let role = KubeObject([
            "kind": "ClusterRole", "apiVersion": "rbac.authorization.k8s.io/v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil], "rules": nil,
            "aggregationRule": ["clusterRoleSelectors": .array([selector])],
        ])
        return try ObjectOutput.create(role, type: .clusterRoles, context: context)
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
