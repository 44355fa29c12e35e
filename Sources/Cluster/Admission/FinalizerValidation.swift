import KubeAPI

/// The rules for `metadata.finalizers` (`ValidateFinalizers`, core's `validateKubeFinalizerName`
/// and `ValidateNoNewFinalizers`): each name a qualified name, a built-in kind's either one of the
/// standard three or domain-qualified with a path, and none added once the object is being deleted.
enum FinalizerValidation {
    typealias Cause = InvalidDetails.Cause

    /// Refuses a new object whose finalizer names break the rules.
    static func validateCreate(_ object: KubeObject, as type: ResourceType) throws(APIError) {
        let names = object.finalizerNames
        let qualified = names.flatMap { name in
            NameValidation.qualifiedName(name).map { FieldError.invalid("metadata.finalizers", GoSyntax.quoted(name), $0) }
        }
        try refuse(object, as: type, causes: qualified + kubeNameCauses(names, as: type))
    }

    /// Refuses an update that adds a finalizer to an object being deleted, or names one badly.
    static func validateUpdate(_ object: KubeObject, old: KubeObject, as type: ResourceType) throws(APIError) {
        var causes: [Cause] = []
        if old.deletionTimestamp != nil {
            let added = Set(object.finalizerNames).subtracting(old.finalizerNames)
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            if !added.isEmpty {
                let list = "[]string{" + added.map(GoSyntax.quoted).joined(separator: ", ") + "}"
                causes.append(FieldError.forbidden("metadata.finalizers", "\(noNewFinalizers), found new finalizers \(list)"))
            }
        }
        try refuse(object, as: type, causes: causes + kubeNameCauses(object.finalizerNames, as: type))
    }

    private static func refuse(_ object: KubeObject, as type: ResourceType, causes: [Cause]) throws(APIError) {
        guard !causes.isEmpty else { return }
        throw .invalid(kind: type.kind, group: type.group, name: object.name, causes: causes)
    }

    /// A built-in kind's names without a path must be standard ones; custom resources only get
    /// warnings for them.
    static func kubeNameCauses(_ names: [String], as type: ResourceType) -> [Cause] {
        guard ResourceType.served.contains(type) else { return [] }
        return names.enumerated().compactMap { index, name in
            guard !name.contains("/"), !standard.contains(name) else { return nil }
            return FieldError.invalid("metadata.finalizers[\(index)]", GoSyntax.quoted(name), notQualified)
        }
    }

    /// A namespace's `spec.finalizers` as its finalize update checks them (`validateFinalizerName`):
    /// each a qualified name, and one without a path a standard one.
    static func namespaceSpecCauses(_ names: [String]) -> [Cause] {
        names.enumerated().flatMap { index, name in
            let field = "spec.finalizers[\(index)]"
            var causes = NameValidation.qualifiedName(name).map { FieldError.invalid(field, GoSyntax.quoted(name), $0) }
            if !name.contains("/"), !standard.contains(name) { causes.append(FieldError.invalid(field, GoSyntax.quoted(name), notQualified)) }
            return causes
        }
    }

    /// The warnings a custom resource's write earns for each finalizer it adds (apiextensions'
    /// `generateWarningsFromObj`), in name order: a name that is not qualified, and one without a path.
    static func customResourceWarnings(_ object: KubeObject, old: KubeObject?) -> [String] {
        let added = Set(object.finalizerNames).subtracting(old?.finalizerNames ?? [])
        return added.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.flatMap { name in
            var warnings = NameValidation.qualifiedName(name).map { "metadata.finalizers: \(GoSyntax.quoted(name)): \($0)" }
            if !name.contains("/"), !standard.contains(name) {
                let advice = name.contains(".") ? preferDomainWithPath : preferDomain
                warnings.append("metadata.finalizers: \(GoSyntax.quoted(name)): \(advice)")
            }
            return warnings
        }
    }

    static let preferDomain = "prefer a domain-qualified finalizer name to avoid accidental conflicts with other finalizer writers"
    static let preferDomainWithPath =
        "prefer a domain-qualified finalizer name including a path (/) to avoid accidental conflicts with other finalizer writers"

    /// `kubernetes`, `orphan` and `foregroundDeletion`: the names that need no domain.
    static let standard: Set<String> = ["kubernetes", Finalizers.orphanDependents, Finalizers.deleteDependents]
    static let notQualified = "name is neither a standard finalizer name nor is it fully qualified"
    static let noNewFinalizers = "no new finalizers can be added if the object is being deleted"
}
