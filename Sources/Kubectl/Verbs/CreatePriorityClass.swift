import Cluster
import KubeAPI

/// `kubectl create priorityclass|pc NAME --value=N [--global-default] [--description=TEXT]
/// [--preemption-policy=POLICY]`: the policy is sent as given, for the apiserver to check.
enum CreatePriorityClass {
    static let kinds = ["priorityclass", "pc"]
    static let flags: [FlagSpec] = [
        FlagSpec("value", nil, .int), FlagSpec("global-default", nil, .bool), FlagSpec("description"),
        FlagSpec("preemption-policy"),
    ]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create priorityclass")
        let flags = context.flags
        guard let value = Int32(flags.string("value") ?? "0") else {
            let text = flags.string("value") ?? ""
            throw .usage(
                "invalid argument \"\(text)\" for \"--value\" flag: strconv.ParseInt: parsing \"\(text)\": value out of range",
                verb: "create priorityclass")
        }
        var object: JSONValue = [
            "kind": "PriorityClass", "apiVersion": "scheduling.k8s.io/v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil], "value": .int(Int(value)),
        ]
        if flags.bool("global-default") { object["globalDefault"] = true }
        if let description = flags.string("description"), !description.isEmpty { object["description"] = .string(description) }
        object["preemptionPolicy"] = .string(flags.string("preemption-policy") ?? "PreemptLowerPriority")
        return try ObjectOutput.create(KubeObject(object), type: .priorityClasses, context: context) { error in
            .error("failed to create priorityclass: \(error.message)")
        }
    }
}
