import KubeAPI

/// What `kubectl auth reconcile` works out for one RBAC object (component-helpers'
/// `reconciliation` package): the object that should be stored, what it gains or loses, and the
/// write that stores it. Existing rules and subjects are kept unless `removeExtra` says.
struct RBACReconciliation {
    enum Operation: String { case create, update, recreate, none }

    var object: KubeObject
    var operation: Operation
    /// Set when the stored object opted out (`rbac.authorization.kubernetes.io/autoupdate: "false"`).
    var isProtected = false
    var missingRules: [PolicyRule] = []
    var extraRules: [PolicyRule] = []
    var missingSubjects: [BindingSubject] = []
    var extraSubjects: [BindingSubject] = []

    static let autoUpdate = "rbac.authorization.kubernetes.io/autoupdate"

    /// A Role or ClusterRole: missing rules added (all of the expected ones when it is new),
    /// aggregation selectors merged, labels and annotations the stored object lacks added.
    static func role(expected: KubeObject, existing: KubeObject?, removeExtra: Bool) -> RBACReconciliation {
        let expectedRules = expected.value["rules"].array.map(PolicyRule.init)
        guard let existing else {
            return RBACReconciliation(object: expected, operation: .create, missingRules: expectedRules)
        }
        var result = startingFrom(existing, expected: expected)
        let existingRules = existing.value["rules"].array.map(PolicyRule.init)
        let expectedAggregation = expected.value["aggregationRule"], existingAggregation = existing.value["aggregationRule"]
        // Two aggregated roles: the stored rules are the controller's, not extras.
        if expectedAggregation.isNull || existingAggregation.isNull {
            result.extraRules = PolicyRule.uncovered(by: expectedRules, existingRules)
        }
        result.missingRules = PolicyRule.uncovered(by: existingRules, expectedRules)
        if !removeExtra && !result.missingRules.isEmpty {
            result.object.value["rules"] = .array(existing.value["rules"].array + result.missingRules.map(\.json))
            result.operation = .update
        } else if removeExtra && !(result.missingRules.isEmpty && result.extraRules.isEmpty) {
            result.object.value["rules"] = expected.value["rules"].isNull ? .array([]) : expected.value["rules"]
            result.operation = .update
        }
        let expectedSelectors = expectedAggregation["clusterRoleSelectors"].array
        let existingSelectors = existingAggregation["clusterRoleSelectors"].array
        let missingSelectors = existingAggregation.isNull && !expectedAggregation.isNull
            ? expectedSelectors : expectedSelectors.filter { wanted in !existingSelectors.contains { $0.isEquivalent(to: wanted) } }
        let extraSelectors = expectedAggregation.isNull
            ? existingSelectors : existingSelectors.filter { had in !expectedSelectors.contains { $0.isEquivalent(to: had) } }
        if expectedAggregation.isNull && !existingAggregation.isNull {
            result.object.value["aggregationRule"] = .null
            result.operation = .update
        } else if !removeExtra && !missingSelectors.isEmpty {
            result.object.value["aggregationRule"] = ["clusterRoleSelectors": .array(existingSelectors + missingSelectors)]
            result.operation = .update
        } else if removeExtra && !(missingSelectors.isEmpty && extraSelectors.isEmpty) {
            result.object.value["aggregationRule"] = expectedAggregation
            result.operation = .update
        }
        return result
    }

    /// A RoleBinding or ClusterRoleBinding: missing subjects added; a different roleRef cannot
    /// be changed in place, so the binding is deleted and created again.
    static func binding(expected: KubeObject, existing: KubeObject?, removeExtra: Bool) -> RBACReconciliation {
        let expectedSubjects = expected.value["subjects"].array
        guard let existing else {
            return RBACReconciliation(
                object: expected, operation: .create, missingSubjects: expectedSubjects.map(BindingSubject.init))
        }
        if !roleRef(expected).isEquivalent(to: roleRef(existing)) {
            return RBACReconciliation(object: expected, operation: .recreate, isProtected: isProtected(existing))
        }
        var result = startingFrom(existing, expected: expected)
        let existingSubjects = existing.value["subjects"].array
        let missing = unique(expectedSubjects.filter { wanted in !existingSubjects.contains { BindingSubject($0) == BindingSubject(wanted) } })
        let extra = unique(existingSubjects.filter { had in !expectedSubjects.contains { BindingSubject($0) == BindingSubject(had) } })
        result.missingSubjects = missing.map(BindingSubject.init)
        result.extraSubjects = extra.map(BindingSubject.init)
        if !removeExtra && !missing.isEmpty {
            result.object.value["subjects"] = .array(existingSubjects + missing)
            result.operation = .update
        } else if removeExtra && !(missing.isEmpty && extra.isEmpty) {
            result.object.value["subjects"] = expected.value["subjects"]
            result.operation = .update
        }
        return result
    }

    /// The stored object with the expected labels and annotations it lacks (its own values win).
    private static func startingFrom(_ existing: KubeObject, expected: KubeObject) -> RBACReconciliation {
        var result = RBACReconciliation(object: existing, operation: .none, isProtected: isProtected(existing))
        for key in ["annotations", "labels"] {
            let had = existing.metadata[key], wanted = expected.metadata[key]
            // Go's merge yields a map as soon as either side has one, even an empty one.
            guard case .object = wanted else { continue }
            let merged = JSONValue.stringMap(wanted.stringMap.merging(had.stringMap) { _, own in own })
            if case .object = had, merged.isEquivalent(to: had) { continue }
            result.object[path: "metadata.\(key)"] = merged
            result.operation = .update
        }
        return result
    }

    private static func isProtected(_ existing: KubeObject) -> Bool { existing.annotations[autoUpdate] == "false" }

    /// The roleRef as the Go struct compares it (absent fields empty).
    private static func roleRef(_ object: KubeObject) -> JSONValue {
        let ref = object.value["roleRef"]
        return ["apiGroup": .string(ref["apiGroup"].string ?? ""), "kind": .string(ref["kind"].string ?? ""), "name": .string(ref["name"].string ?? "")]
    }

    /// Subjects with later repeats of an equal one dropped.
    private static func unique(_ subjects: [JSONValue]) -> [JSONValue] {
        var seen: [BindingSubject] = []
        return subjects.filter { subject in
            let key = BindingSubject(subject)
            if seen.contains(key) { return false }
            seen.append(key)
            return true
        }
    }

    /// The lines kubectl writes to stderr after the object: the write that was needed, then the
    /// subjects and rules added (and removed, when removing extras was asked for).
    func report(removeExtraSubjects: Bool, removeExtraPermissions: Bool) -> String {
        guard operation != .none else { return "" }
        let caveat = isProtected ? ", but object opted out (\(Self.autoUpdate): false)" : ""
        var text = "\treconciliation required \(operation.rawValue)\(caveat)\n"
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            text += "\t\(title):\n" + lines.map { "\t\t\($0)\n" }.joined()
        }
        section("missing subjects added", missingSubjects.map(\.goDescription))
        if removeExtraSubjects { section("extra subjects removed", extraSubjects.map(\.goDescription)) }
        section("missing rules added", missingRules.map(\.goDescription))
        if removeExtraPermissions { section("extra rules removed", extraRules.map(\.goDescription)) }
        return text
    }
}
