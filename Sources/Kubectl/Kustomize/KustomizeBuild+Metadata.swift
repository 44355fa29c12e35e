import KubeAPI
import OrderedCollections

/// The transformers that change names, namespaces, labels and annotations.
extension KustomizeBuild {
    /// `namespace`: every namespaced object moves there; a Namespace takes the name; the
    /// `default` ServiceAccount subjects of role bindings follow.
    func setNamespace(_ namespace: String, _ resources: inout [KustomizeResource]) {
        for index in resources.indices {
            resources[index].rememberID()
            var resource = resources[index]
            if !clusterScoped(resource.apiVersion, resource.kind) { resource.namespace = namespace }
            if resource.kind == "Namespace", resource.apiVersion == "v1" { resource.name = namespace }
            if resource.kind == "RoleBinding" || resource.kind == "ClusterRoleBinding", case .array(var subjects) = resource.object["subjects"] {
                for item in subjects.indices where subjects[item]["name"].string == "default" {
                    subjects[item]["namespace"] = .string(namespace)
                }
                resource.object["subjects"] = .array(subjects)
            }
            if resource.kind == "APIService", resource.group == "apiregistration.k8s.io" {
                resource.object[path: "spec.service.namespace"] = .string(namespace)
            }
            resources[index] = resource
        }
    }

    /// `namePrefix` and `nameSuffix`; Namespaces, CustomResourceDefinitions and APIServices keep theirs.
    func addAffixes(prefix: String, suffix: String, _ resources: inout [KustomizeResource]) {
        guard !prefix.isEmpty || !suffix.isEmpty else { return }
        for index in resources.indices where !["Namespace", "CustomResourceDefinition", "APIService"].contains(resources[index].kind) {
            resources[index].rememberID()
            resources[index].name = prefix + resources[index].name + suffix
        }
    }

    /// Writes `pairs` into the string maps at `specs` of each resource they select.
    func addPairs(_ pairs: [(String, String)], at specs: [KustomizeFieldSpec], _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        guard !pairs.isEmpty else { return }
        for index in resources.indices {
            var object = resources[index].object
            for spec in specs where spec.selects(object) {
                try object.visitKustomizeField(spec.path[...], create: spec.create) { (value: inout JSONValue) throws(KustomizeError) in
                    switch value {
                    case .null, .object: break
                    default: return
                    }
                    var members = value.object
                    for (key, text) in pairs { members[key] = .string(text) }
                    value = .object(members)
                }
            }
            resources[index].object = object
        }
    }

    /// `labels` (each with its own reach), then `commonLabels` (metadata, templates and selectors).
    func addLabels(_ kustomization: Kustomization, _ resources: inout [KustomizeResource]) throws(KustomizeError) {
        for set in kustomization.labels {
            var specs = set.fields
            if set.includeSelectors {
                specs += KustomizeFieldSpec.commonLabels
            } else {
                if set.includeTemplates { specs += KustomizeFieldSpec.templateLabels }
                specs.append(KustomizeFieldSpec("metadata/labels", create: true))
            }
            try addPairs(set.pairs, at: specs, &resources)
        }
        try addPairs(kustomization.commonLabels, at: KustomizeFieldSpec.commonLabels, &resources)
    }
}
