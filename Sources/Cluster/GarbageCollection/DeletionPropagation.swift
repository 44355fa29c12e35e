/// What a deletion does with the objects the deleted one owns (`metav1.DeletionPropagation`).
public enum DeletionPropagation: String, Sendable, CaseIterable {
    /// The owner goes at once; the garbage collector deletes its dependents afterwards.
    case background = "Background"
    /// The owner stays, marked, until every dependent that blocks its deletion is gone.
    case foreground = "Foreground"
    /// The owner goes; its dependents lose their reference to it and stay.
    case orphan = "Orphan"

    /// The finalizer the apiserver puts on an object deleted this way, if any.
    var finalizer: String? {
        switch self {
        case .background: nil
        case .foreground: Finalizers.deleteDependents
        case .orphan: Finalizers.orphanDependents
        }
    }
}

/// The finalizers the garbage collector owns (`metav1.FinalizerOrphanDependents`, `FinalizerDeleteDependents`).
enum Finalizers {
    static let orphanDependents = "orphan"
    static let deleteDependents = "foregroundDeletion"
    static let garbageCollection: Set<String> = [orphanDependents, deleteDependents]
}
