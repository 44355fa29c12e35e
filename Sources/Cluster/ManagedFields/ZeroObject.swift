import KubeAPI

/// What a create is compared with: the zero value of the object's Go type as the apiserver
/// converts it, where members without `omitempty` are present (`spec.containers: null`,
/// `spec.strategy: {}`). So a create owns the lists and maps it brings, but not the structs
/// every object of its type has.
enum ZeroObject {
    static func of(_ object: KubeObject, as type: ResourceType) -> JSONValue {
        let goType = "v1.\(type.kind)"
        if ["", "apps"].contains(type.group), GoTypedJSON.knows(goType) {
            return GoTypedJSON.encode(.emptyObject, as: goType)
        }
        // A type the Go schema lacks: its top-level structs are there from the start.
        var zero: JSONValue = ["metadata": .emptyObject]
        for key in ["spec", "status"] where !object.value[key].isNull { zero[key] = .emptyObject }
        return zero
    }
}
