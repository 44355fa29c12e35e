import KubeAPI

/// The apiserver's checks on RuntimeClasses (`ValidateRuntimeClass` and its update): the handler
/// is a DNS-1123 label, and it never changes once the class exists.
enum RuntimeClassValidation {
    typealias Cause = InvalidDetails.Cause

    static func validateCreate(_ runtimeClass: KubeObject) throws(APIError) {
        try refuse(runtimeClass, handlerCauses(runtimeClass))
    }

    static func validateUpdate(_ runtimeClass: KubeObject, old: KubeObject) throws(APIError) {
        var causes = handlerCauses(runtimeClass)
        let handler = runtimeClass[path: "handler"].string ?? ""
        if handler != old[path: "handler"].string ?? "" {
            causes.append(FieldError.invalid("handler", GoSyntax.quoted(handler), "field is immutable"))
        }
        try refuse(runtimeClass, causes)
    }

    private static func handlerCauses(_ runtimeClass: KubeObject) -> [Cause] {
        let handler = runtimeClass[path: "handler"].string ?? ""
        return NameValidation.label(handler).map { FieldError.invalid("handler", GoSyntax.quoted(handler), $0) }
    }

    private static func refuse(_ runtimeClass: KubeObject, _ causes: [Cause]) throws(APIError) {
        guard !causes.isEmpty else { return }
        throw APIError.invalid(kind: "RuntimeClass", group: "node.k8s.io", name: runtimeClass.name, causes: causes)
    }
}
