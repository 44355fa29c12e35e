extension APISchema {
    /// What sigs.k8s.io/json's strict decoding sees of `type`'s Go struct: its fields by JSON
    /// name, each decoded as its own type; maps take any key, values of no struct type take anything.
    public func strictTarget(_ type: TypeDefinition) -> GoStrictFields.Target {
        strictTarget(.named(type.name))
    }

    private func strictTarget(_ type: FieldType) -> GoStrictFields.Target {
        switch type {
        case .list(let element): return .list(of: strictTarget(element))
        case .map(let element): return .map(of: strictTarget(element))
        case .primitive: return .any
        case .named(let name):
            guard let definition = types[name], definition.isObject else { return .any }
            var fields: [String: GoStrictFields.Target] = [:]
            for field in definition.fields {
                let fieldType = field.type
                fields[field.name] = .lazy { self.strictTarget(fieldType) }
            }
            return .fields(fields)
        }
    }
}
