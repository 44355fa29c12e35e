import KubeAPI
import OrderedCollections

/// Name references: once prefixes, suffixes and hashes have renamed objects, the fields of other
/// objects that named them by an old name are given the new one (kustomize's `nameReference`
/// configuration: which kinds refer to which, and where).
enum KustomizeNameReferences {
    /// A kind that others refer to, and the fields (`kind: path`) that refer to it.
    struct Referent {
        var kind: String
        var referrers: [(kind: String, path: [String])]
    }

    /// Where each kind of workload keeps its pod spec.
    private static let podSpecs: [(String, String)] = [
        ("Pod", "spec"), ("PodTemplate", "template/spec"), ("Deployment", "spec/template/spec"),
        ("ReplicaSet", "spec/template/spec"), ("DaemonSet", "spec/template/spec"), ("StatefulSet", "spec/template/spec"),
        ("Job", "spec/template/spec"), ("ReplicationController", "spec/template/spec"),
        ("CronJob", "spec/jobTemplate/spec/template/spec"),
    ]

    private static func inPodSpecs(_ paths: [String]) -> [(kind: String, path: [String])] {
        podSpecs.flatMap { kind, prefix in paths.map { (kind, (prefix + "/" + $0).split(separator: "/").map(String.init)) } }
    }

    private static func at(_ kind: String, _ path: String) -> (kind: String, path: [String]) {
        (kind, path.split(separator: "/").map(String.init))
    }

    static let referents: [Referent] = [
        Referent(kind: "ConfigMap", referrers: inPodSpecs([
            "volumes/configMap/name", "containers/env/valueFrom/configMapKeyRef/name",
            "initContainers/env/valueFrom/configMapKeyRef/name", "containers/envFrom/configMapRef/name",
            "initContainers/envFrom/configMapRef/name", "volumes/projected/sources/configMap/name",
        ])),
        Referent(kind: "Secret", referrers: inPodSpecs([
            "volumes/secret/secretName", "containers/env/valueFrom/secretKeyRef/name",
            "initContainers/env/valueFrom/secretKeyRef/name", "containers/envFrom/secretRef/name",
            "initContainers/envFrom/secretRef/name", "imagePullSecrets/name", "volumes/projected/sources/secret/name",
        ]) + [
            at("Ingress", "spec/tls/secretName"), at("ServiceAccount", "imagePullSecrets/name"),
        ]),
        Referent(kind: "Service", referrers: [
            at("StatefulSet", "spec/serviceName"), at("Ingress", "spec/rules/http/paths/backend/service/name"),
            at("Ingress", "spec/defaultBackend/service/name"), at("Ingress", "spec/rules/http/paths/backend/serviceName"),
            at("Ingress", "spec/backend/serviceName"),
        ]),
        Referent(kind: "Role", referrers: [at("RoleBinding", "roleRef/name")]),
        Referent(kind: "ClusterRole", referrers: [at("RoleBinding", "roleRef/name"), at("ClusterRoleBinding", "roleRef/name")]),
        Referent(kind: "ServiceAccount", referrers: [at("RoleBinding", "subjects"), at("ClusterRoleBinding", "subjects")]
            + inPodSpecs(["serviceAccountName"])),
        Referent(kind: "PersistentVolumeClaim", referrers: inPodSpecs(["volumes/persistentVolumeClaim/claimName"])),
        Referent(kind: "PersistentVolume", referrers: [at("PersistentVolumeClaim", "spec/volumeName")]),
        Referent(kind: "StorageClass", referrers: [
            at("PersistentVolume", "spec/storageClassName"), at("PersistentVolumeClaim", "spec/storageClassName"),
            at("StatefulSet", "spec/volumeClaimTemplates/spec/storageClassName"),
        ]),
        Referent(kind: "PriorityClass", referrers: inPodSpecs(["priorityClassName"])),
        Referent(kind: "IngressClass", referrers: [at("Ingress", "spec/ingressClassName")]),
        Referent(kind: "Deployment", referrers: [at("HorizontalPodAutoscaler", "spec/scaleTargetRef/name")]),
        Referent(kind: "StatefulSet", referrers: [at("HorizontalPodAutoscaler", "spec/scaleTargetRef/name")]),
        Referent(kind: "ReplicaSet", referrers: [at("HorizontalPodAutoscaler", "spec/scaleTargetRef/name")]),
    ]

    /// Gives every reference to a renamed object its current name.
    static func fix(_ resources: inout [KustomizeResource], clusterScoped: (String, String) -> Bool) {
        let renamed = resources.filter { !$0.previousIDs.isEmpty }
        guard !renamed.isEmpty else { return }
        for index in resources.indices {
            let referrer = resources[index]
            var object = referrer.object
            for referent in referents {
                let candidates = renamed.filter { $0.kind == referent.kind }
                guard !candidates.isEmpty else { continue }
                for (kind, path) in referent.referrers where kind == referrer.kind {
                    if referent.kind == "ServiceAccount", path == ["subjects"] {
                        rewriteSubjects(&object, candidates, referrer)
                        continue
                    }
                    // Namespaced objects refer to namespaced ones in their own namespace only.
                    let scoped = clusterScoped(referrer.apiVersion, referrer.kind)
                        ? candidates
                        : candidates.filter { clusterScoped($0.apiVersion, $0.kind) || effective($0.namespace) == effective(referrer.namespace) }
                    try? object.visitKustomizeField(path[...], create: false) { (value: inout JSONValue) throws(KustomizeError) in
                        switch value {
                        case .string(let name):
                            if let new = newName(name, scoped) { value = .string(new) }
                        case .array(let names):
                            value = .array(names.map { item in
                                item.string.flatMap { newName($0, scoped) }.map(JSONValue.string) ?? item
                            })
                        default:
                            return
                        }
                    }
                }
            }
            resources[index].object = object
        }
    }

    /// Role binding subjects that are ServiceAccounts, matched by name and namespace.
    private static func rewriteSubjects(_ object: inout JSONValue, _ candidates: [KustomizeResource], _ referrer: KustomizeResource) {
        guard case .array(var subjects) = object["subjects"] else { return }
        for index in subjects.indices where subjects[index]["kind"].string == "ServiceAccount" {
            guard let name = subjects[index]["name"].string else { continue }
            let namespace = subjects[index]["namespace"].string.map(effective)
            let found = candidates.first { candidate in
                candidate.previousIDs.contains {
                    $0.name == name && (namespace == nil || effective($0.namespace) == namespace || effective(candidate.namespace) == namespace)
                }
            }
            if let found { subjects[index]["name"] = .string(found.name) }
        }
        object["subjects"] = .array(subjects)
    }

    /// The current name of the one object once called `name`.
    private static func newName(_ name: String, _ candidates: [KustomizeResource]) -> String? {
        let matching = candidates.filter { candidate in candidate.previousIDs.contains { $0.name == name } }
        return matching.count == 1 ? matching[0].name : nil
    }

    /// An object without a namespace is in `default`, as kustomize's ids count it.
    private static func effective(_ namespace: String) -> String { namespace.isEmpty ? "default" : namespace }
}
