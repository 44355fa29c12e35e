import KubeAPI

/// apiextensions-apiserver's naming and establishing controllers: a definition's requested
/// names are accepted unless another definition of its group already holds them, and once they
/// are, the definition becomes Established and its kind is served.
extension Cluster {
    /// Brings every definition's accepted names and conditions up to date; reports whether it wrote.
    func nameAndEstablishDefinitions() -> Bool {
        var wrote = false
        for definition in list(.customResourceDefinitions) where definition.deletionTimestamp == nil {
            let others = list(.customResourceDefinitions).filter {
                $0.uid != definition.uid && $0[path: "spec.group"] == definition[path: "spec.group"]
            }
            var updated = definition
            updated.value["status"] = DefinitionNames.status(of: definition, others: others, now: now)
            if !updated.value["status"].isEquivalent(to: definition.value["status"]) {
                wrote = save(.customResourceDefinitions, updated) || wrote
            }
        }
        return wrote
    }
}

/// What the naming controller makes of one definition's names (`calculateNamesAndConditions`),
/// with the establishing controller's verdict once they are accepted.
enum DefinitionNames {
    static func status(of definition: KubeObject, others: [KubeObject], now: Timestamp) -> JSONValue {
        var resources: Set<String> = []
        var kinds: Set<String> = []
        for other in others {
            let accepted = other[path: "status.acceptedNames"]
            resources.formUnion([accepted["plural"].string, accepted["singular"].string].compactMap { $0 })
            resources.formUnion(accepted["shortNames"].array.compactMap(\.string))
            kinds.formUnion([accepted["kind"].string, accepted["listKind"].string].compactMap { $0 })
        }
        let requested = definition[path: "spec.names"]
        let accepted = definition[path: "status.acceptedNames"]
        var names = accepted.isNull ? JSONValue.emptyObject : accepted
        var conflict: (reason: String, message: String)?
        func take(_ key: String, in used: Set<String>, reason: String) {
            let wanted = requested[key].string ?? ""
            if wanted != (accepted[key].string ?? ""), used.contains(wanted) {
                conflict = (reason, "\(GoSyntax.quoted(wanted)) is already in use")
            } else if !wanted.isEmpty || !names[key].isNull {
                names[key] = .string(wanted)
            }
        }
        take("plural", in: resources, reason: "PluralConflict")
        take("singular", in: resources, reason: "SingularConflict")
        let wantedShort = requested["shortNames"].array.compactMap(\.string)
        let heldShort = Set(accepted["shortNames"].array.compactMap(\.string))
        if let taken = wantedShort.first(where: { !heldShort.contains($0) && resources.contains($0) }) {
            conflict = ("ShortNamesConflict", "\(GoSyntax.quoted(taken)) is already in use")
        } else if !wantedShort.isEmpty || !names["shortNames"].isNull {
            names["shortNames"] = requested["shortNames"]
        }
        take("kind", in: kinds, reason: "KindConflict")
        take("listKind", in: kinds, reason: "ListKindConflict")
        if !requested["categories"].isNull || !names["categories"].isNull { names["categories"] = requested["categories"] }

        var status = definition.value["status"]
        if status.isNull { status = .emptyObject }
        status["acceptedNames"] = names
        var conditions = status["conditions"].array
        let namesAccepted = conflict.map { condition("NamesAccepted", false, $0.reason, $0.message, now) }
            ?? condition("NamesAccepted", true, "NoConflicts", "no conflicts found", now)
        set(namesAccepted, in: &conditions)
        let established = conditions.first { $0["type"].string == "Established" }
        if established?["status"].string != "True" {
            set(
                conflict == nil
                    ? condition("Established", true, "InitialNamesAccepted", "the initial names have been accepted", now)
                    : condition("Established", false, "NotAccepted", "not all names are accepted", now),
                in: &conditions)
        }
        status["conditions"] = .array(conditions)
        return status
    }

    /// A condition of `type`, as `SetCRDCondition` writes it.
    static func condition(_ type: String, _ status: Bool, _ reason: String, _ message: String, _ now: Timestamp) -> JSONValue {
        [
            "lastTransitionTime": .string(now.rfc3339), "message": .string(message), "reason": .string(reason),
            "status": status ? "True" : "False", "type": .string(type),
        ]
    }

    /// `SetCRDCondition`: replaces the condition of the same type, keeping its transition time
    /// when its status did not change; a new type is appended.
    static func set(_ condition: JSONValue, in conditions: inout [JSONValue]) {
        guard let index = conditions.firstIndex(where: { $0["type"] == condition["type"] }) else {
            conditions.append(condition)
            return
        }
        let old = conditions[index]
        if old["status"] == condition["status"], old["reason"] == condition["reason"], old["message"] == condition["message"] {
            return
        }
        var updated = condition
        if old["status"] == condition["status"] { updated["lastTransitionTime"] = old["lastTransitionTime"] }
        conditions[index] = updated
    }
}

extension Cluster {
    /// apiextensions-apiserver's controllers, woken by a change to a definition or to a custom
    /// resource (the finalizer waits for the last one to go).
    func reconcileDefinitions() -> Bool {
        if let changes = takeChanges(for: .customResourceDefinitions),
            !changes.contains(where: { $0.type == .customResourceDefinitions || !ResourceType.served.contains($0.type) })
        {
            return false
        }
        let named = nameAndEstablishDefinitions()
        return cleanUpDeletedDefinitions() || named
    }
}
