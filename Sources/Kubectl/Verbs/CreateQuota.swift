import Cluster
import KubeAPI

/// `kubectl create quota NAME [--hard=resource=quantity,...] [--scopes=Scope,...]`: a ResourceQuota.
enum CreateQuota {
    static let flags: [FlagSpec] = [FlagSpec("hard"), FlagSpec("scopes")]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create quota")
        var spec: JSONValue = [:]
        if let hard = context.flags.string("hard"), !hard.isEmpty {
            var limits: [String: String] = [:]
            for statement in hard.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = statement.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    throw .error("Invalid argument syntax \(statement), expected <resource>=<value>")
                }
                guard let quantity = Quantity(String(parts[1])) else { throw .error(quantityFormat) }
                limits[String(parts[0])] = quantity.description
            }
            spec["hard"] = .stringMap(limits)
        }
        if let scopes = context.flags.string("scopes"), !scopes.isEmpty {
            let list = scopes.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if list.contains("") { throw .error("invalid resource quota scope \"\"") }
            spec["scopes"] = .array(list.map(JSONValue.string))
        }
        let quota = KubeObject([
            "kind": "ResourceQuota", "apiVersion": "v1", "metadata": ["name": .string(name), "creationTimestamp": nil],
            "spec": spec, "status": .emptyObject,
        ])
        return try ObjectOutput.create(quota, type: .resourceQuotas, context: context) { error in
            .error("failed to create quota: \(error.message)")
        }
    }

    static let quantityFormat = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
}
