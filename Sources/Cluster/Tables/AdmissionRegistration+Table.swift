import KubeAPI

extension ServerTables {
    /// printers.go `printMutatingWebhook` and `printValidatingWebhook`: how many WEBHOOKS a
    /// configuration registers.
    enum WebhookConfiguration: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Webhooks", "Webhooks indicates the number of webhooks registered in this configuration", cells: "integer"),
            .age,
        ]

        static func cells(of configuration: KubeObject, now: Timestamp) -> [Table.Cell] {
            [.string(configuration.name), .int(configuration[path: "webhooks"].array.count), TableCells.age(configuration, now: now)]
        }
    }

    /// printers.go `printValidatingAdmissionPolicy`: the number of VALIDATIONS and the PARAMKIND
    /// as `apiVersion/Kind`, `<unset>` without one.
    enum ValidatingAdmissionPolicy: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Validations", "Validations indicates the number of validation rules defined in this configuration", cells: "integer"),
            .text("ParamKind", "ParamKind specifies the kind of resources used to parameterize this policy"),
            .age,
        ]

        static func cells(of policy: KubeObject, now: Timestamp) -> [Table.Cell] {
            let paramKind = policy[path: "spec.paramKind"]
            let kind = paramKind.isNull ? "<unset>" : "\(paramKind["apiVersion"].string ?? "")/\(paramKind["kind"].string ?? "")"
            return [
                .string(policy.name), .int(policy[path: "spec.validations"].array.count), .string(kind),
                TableCells.age(policy, now: now),
            ]
        }
    }

    /// printers.go `printValidatingAdmissionPolicyBinding`: the POLICYNAME and the PARAMREF as
    /// `namespace/name`, `*/name`, the selector, or `<unset>`.
    enum ValidatingAdmissionPolicyBinding: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("PolicyName", "PolicyName indicates the policy definition which the policy binding binded to"),
            .text("ParamRef", "ParamRef indicates the param resource which sets the configration param"),
            .age,
        ]

        static func cells(of binding: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(binding.name), .string(binding[path: "spec.policyName"].string ?? ""),
                .string(paramRef(binding[path: "spec.paramRef"])), TableCells.age(binding, now: now),
            ]
        }

        private static func paramRef(_ reference: JSONValue) -> String {
            if reference.isNull { return "<unset>" }
            if let name = reference["name"].string, !name.isEmpty {
                let namespace = reference["namespace"].string ?? ""
                return namespace.isEmpty ? "*/\(name)" : "\(namespace)/\(name)"
            }
            let selector = reference["selector"]
            return selector.isNull ? "<unset>" : GoLabelSelector.string(selector)
        }
    }
}
