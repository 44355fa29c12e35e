import KubeAPI

/// The checks every pod template gets (`ValidatePodTemplateSpec`, as far as the lab models pods),
/// and the selector-against-labels check of the controllers that own pods through a template.
enum PodTemplateValidation {
    typealias Cause = InvalidDetails.Cause

    /// Containers present, each named as a DNS label, uniquely, with an image; a known restart policy.
    static func validate(_ template: JSONValue, path: String) -> [Cause] {
        MetadataLabels.causes(template["metadata"], path: "\(path).metadata") + podSpec(template["spec"], path: "\(path).spec")
    }

    /// `ValidatePodSpec`, as far as the lab models it: the containers, then the restart policy.
    static func podSpec(_ spec: JSONValue, path: String) -> [Cause] {
        var causes = containers(spec["containers"].array, path: "\(path).containers")
        if let policy = spec["restartPolicy"].string, !restartPolicies.contains(policy) {
            causes.append(FieldError.notSupported("\(path).restartPolicy", policy, restartPolicies))
        }
        return causes
    }

    /// `validateContainers`: at least one, and for each its name, image, ports and probes' ports.
    private static func containers(_ containers: [JSONValue], path: String) -> [Cause] {
        guard !containers.isEmpty else { return [FieldError.required(path)] }
        var causes: [Cause] = []
        var names: Set<String> = []
        for (index, container) in containers.enumerated() {
            let item = "\(path)[\(index)]"
            let name = container["name"].string ?? ""
            if name.isEmpty {
                causes.append(FieldError.required("\(item).name"))
            } else {
                for problem in NameValidation.label(name) {
                    causes.append(FieldError.invalid("\(item).name", GoSyntax.quoted(name), problem))
                }
            }
            if (container["image"].string ?? "").isEmpty { causes.append(FieldError.required("\(item).image")) }
            causes += PortValidation.containerPorts(container["ports"].array, path: "\(item).ports")
            if !name.isEmpty, !names.insert(name).inserted { causes.append(FieldError.duplicate("\(item).name", name)) }
            causes += PortValidation.probePorts(container, path: item)
        }
        return causes
    }

    /// The template's labels must match the selector, unless the selector is empty; a missing
    /// selector matches nothing.
    static func selectorMatchesLabels(_ selector: JSONValue, template: JSONValue, path: String) -> [Cause] {
        let labels = template[path: "metadata.labels"]
        if !selector.isNull && LabelSelector(json: selector).isEmpty { return [] }
        if !selector.isNull && LabelSelector(json: selector).matches(labels.stringMap) { return [] }
        return [
            FieldError.invalid(
                "\(path).metadata.labels", GoSyntax.stringMap(labels), "`selector` does not match template `labels`")
        ]
    }

    /// Controllers that keep pods running accept only `Always` (missing means defaulted to it).
    static func alwaysRestarts(_ template: JSONValue, path: String) -> [Cause] {
        guard let policy = template[path: "spec.restartPolicy"].string, policy != "Always" else { return [] }
        return [FieldError.notSupported("\(path).spec.restartPolicy", policy, ["Always"])]
    }

    static let restartPolicies = ["Always", "OnFailure", "Never"]
}
