import Cluster
import KubeAPI

/// `kubectl create poddisruptionbudget|pdb NAME --selector=... --min-available=N|--max-unavailable=N`.
enum CreatePodDisruptionBudget {
    static let kinds = ["poddisruptionbudget", "pdb"]
    static let flags: [FlagSpec] = [FlagSpec("selector"), FlagSpec("min-available"), FlagSpec("max-unavailable")]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create poddisruptionbudget")
        let selectorText = context.flags.string("selector") ?? ""
        let minAvailable = context.flags.string("min-available") ?? ""
        let maxUnavailable = context.flags.string("max-unavailable") ?? ""
        if selectorText.isEmpty { throw .error("a selector must be specified") }
        if minAvailable.isEmpty && maxUnavailable.isEmpty {
            throw .error("one of min-available or max-unavailable must be specified")
        }
        if !minAvailable.isEmpty && !maxUnavailable.isEmpty {
            throw .error("min-available and max-unavailable cannot be both specified")
        }
        if !minAvailable.isEmpty && !isCountOrPercent(minAvailable) { throw .error("invalid format specified for min-available") }
        if !maxUnavailable.isEmpty && !isCountOrPercent(maxUnavailable) {
            throw .error("invalid format specified for max-unavailable")
        }
        var spec: JSONValue = [:]
        let bound = minAvailable.isEmpty ? ("maxUnavailable", maxUnavailable) : ("minAvailable", minAvailable)
        spec[bound.0] = intOrString(bound.1)
        spec["selector"] = try LabelSelectorArgument.parse(selectorText)
        if bound.0 == "maxUnavailable" {
            // Go's PodDisruptionBudgetSpec field order: minAvailable, selector, maxUnavailable.
            spec = ["selector": spec["selector"], "maxUnavailable": spec["maxUnavailable"]]
        }
        let budget = KubeObject([
            "kind": "PodDisruptionBudget", "apiVersion": "policy/v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil], "spec": spec,
            "status": ["disruptionsAllowed": 0, "currentHealthy": 0, "desiredHealthy": 0, "expectedPods": 0],
        ])
        return try ObjectOutput.create(budget, type: .podDisruptionBudgets, context: context) { error in
            .error("failed to create poddisruptionbudgets: \(error.message)")
        }
    }

    /// `^[0-9]+%?$`: a count or a percentage.
    static func isCountOrPercent(_ text: String) -> Bool {
        let digits = text.hasSuffix("%") ? text.dropLast() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `intstr.Parse`: a number when the text is one, else the text.
    static func intOrString(_ text: String) -> JSONValue {
        if let number = Int32(text) { return .int(Int(number)) }
        return .string(text)
    }
}
