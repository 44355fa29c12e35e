import KubeAPI

/// The RuntimeClass admission plugin: a new pod that names a RuntimeClass must name one that
/// exists; it then gets the class's pod overhead and its scheduling constraints (node selector
/// and tolerations merged into its own). Refusals are Forbidden, worded as the plugin words them.
extension Cluster {
    /// Admits a new pod; `requestedName` is its name, or its `generateName` while it has none yet
    /// (the plugin runs before the apiserver generates names).
    func admitRuntimeClass(_ pod: KubeObject, requestedName: String) throws(APIError) -> KubeObject {
        func refuse(_ text: String) -> APIError {
            APIError(reason: "Forbidden", message: "pods \"\(requestedName)\" is forbidden: \(text)", code: 403)
        }
        let podOverhead = pod[path: "spec.overhead"]
        guard let className = pod[path: "spec.runtimeClassName"].string else {
            if !podOverhead.isNull { throw refuse(RuntimeClassAdmission.overheadWithoutClass) }
            return pod
        }
        guard let runtimeClass = lookup(.runtimeClasses, nil, className) else {
            throw refuse("pod rejected: RuntimeClass \"\(className)\" not found")
        }
        var pod = pod
        let classOverhead = runtimeClass[path: "overhead.podFixed"]
        if !classOverhead.isNull {
            if !podOverhead.isNull, !RuntimeClassAdmission.sameResources(podOverhead, classOverhead) {
                throw refuse(RuntimeClassAdmission.overheadMismatch)
            }
            pod[path: "spec.overhead"] = classOverhead
        } else if !podOverhead.isNull {
            throw refuse(RuntimeClassAdmission.overheadWithoutClass)
        }
        let scheduling = runtimeClass[path: "scheduling"]
        guard !scheduling.isNull else { return pod }
        let classSelector = scheduling["nodeSelector"].stringMap
        if !classSelector.isEmpty {
            var selector = pod[path: "spec.nodeSelector"].stringMap
            for key in classSelector.keys.sorted() {
                let value = classSelector[key] ?? ""
                if let own = selector[key], own != value {
                    throw refuse(
                        "conflict: runtimeClass.scheduling.nodeSelector[\(key)] = \(value); pod.spec.nodeSelector[\(key)] = \(own)")
                }
                selector[key] = value
            }
            pod[path: "spec.nodeSelector"] = .stringMap(selector)
        }
        let classTolerations = scheduling["tolerations"].array
        if !classTolerations.isEmpty {
            let merged = RuntimeClassAdmission.mergeTolerations(pod[path: "spec.tolerations"].array, classTolerations)
            pod[path: "spec.tolerations"] = .array(merged)
        }
        return pod
    }
}

enum RuntimeClassAdmission {
    static let overheadMismatch = "pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead"
    static let overheadWithoutClass = "pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead"

    /// Whether two resource lists name the same resources in equal amounts (`1000m` equals `1`).
    static func sameResources(_ a: JSONValue, _ b: JSONValue) -> Bool {
        let left = a.stringMap, right = b.stringMap
        guard Set(left.keys) == Set(right.keys) else { return false }
        return left.allSatisfy { key, text in
            guard let x = Quantity(text), let y = right[key].flatMap(Quantity.init) else { return text == right[key] }
            return x.milliValue == y.milliValue
        }
    }

    /// The pod's tolerations followed by the class's, leaving out any that another one already
    /// covers (of two equal ones, the first stays), as the apiserver's toleration merge does.
    static func mergeTolerations(_ first: [JSONValue], _ second: [JSONValue]) -> [JSONValue] {
        let all = first + second
        var merged: [JSONValue] = []
        for (index, toleration) in all.enumerated() {
            if merged.contains(where: { covers($0, toleration) }) { continue }
            let later = all[(index + 1)...]
            if later.contains(where: { !$0.isEquivalent(to: toleration) && covers($0, toleration) }) { continue }
            merged.append(toleration)
        }
        return merged
    }

    /// Whether toleration `wide` tolerates every taint that `narrow` tolerates.
    static func covers(_ wide: JSONValue, _ narrow: JSONValue) -> Bool {
        if wide.isEquivalent(to: narrow) { return true }
        let wideKey = wide["key"].string ?? "", narrowKey = narrow["key"].string ?? ""
        let wideOperator = wide["operator"].string ?? ""
        if wideKey != narrowKey, !(wideKey.isEmpty && wideOperator == "Exists") { return false }
        let wideEffect = wide["effect"].string ?? ""
        if wideEffect != (narrow["effect"].string ?? ""), !wideEffect.isEmpty { return false }
        if wideEffect == "NoExecute", let seconds = wide["tolerationSeconds"].int {
            guard let own = narrow["tolerationSeconds"].int, own <= seconds else { return false }
        }
        switch wideOperator {
        case "Equal", "": return narrow["operator"].string == "Equal" && (narrow["value"].string ?? "") == (wide["value"].string ?? "")
        case "Exists": return true
        default: return false
        }
    }
}
