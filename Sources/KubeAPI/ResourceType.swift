/// One resource the API serves, as discovery describes it (`kubectl api-resources`).
///
/// Its fields live in one shared, immutable box: resource types are copied into every store
/// index entry and journal record, and a copy then costs one reference count, not eight.
public struct ResourceType: Sendable, Hashable {
    private final class Fields: Sendable {
        let plural: String
        let singular: String
        let shortNames: [String]
        let group: String
        let version: String
        let kind: String
        let namespaced: Bool
        let verbs: [String]
        /// The hash of the group and plural, the type's identity, worked out once.
        let identityHash: Int

        init(
            plural: String, singular: String, shortNames: [String], group: String, version: String, kind: String,
            namespaced: Bool, verbs: [String]
        ) {
            self.plural = plural
            self.singular = singular
            self.shortNames = shortNames
            self.group = group
            self.version = version
            self.kind = kind
            self.namespaced = namespaced
            self.verbs = verbs
            var hasher = Hasher()
            hasher.combine(group)
            hasher.combine(plural)
            identityHash = hasher.finalize()
        }
    }

    private let fields: Fields

    /// Plural lower-case name, the REST path segment (`deployments`).
    public var plural: String { fields.plural }
    public var singular: String { fields.singular }
    public var shortNames: [String] { fields.shortNames }
    /// API group; empty for the core group.
    public var group: String { fields.group }
    public var version: String { fields.version }
    public var kind: String { fields.kind }
    public var namespaced: Bool { fields.namespaced }
    /// The REST verbs the apiserver allows on it, as discovery lists them.
    public var verbs: [String] { fields.verbs }

    public init(
        _ plural: String, singular: String, short: [String] = [], group: String = "", version: String = "v1",
        kind: String, namespaced: Bool = true, verbs: [String] = ResourceType.collectionVerbs
    ) {
        fields = Fields(
            plural: plural, singular: singular, shortNames: short, group: group, version: version, kind: kind,
            namespaced: namespaced, verbs: verbs)
    }

    /// The same resource in another group and version (as `kubectl explain --api-version` asks).
    public func inGroup(_ group: String, version: String) -> ResourceType {
        ResourceType(
            plural, singular: singular, short: shortNames, group: group, version: version, kind: kind,
            namespaced: namespaced, verbs: verbs)
    }

    public static func == (a: ResourceType, b: ResourceType) -> Bool {
        if a.fields === b.fields { return true }
        // Equal types hash alike: types whose hashes differ are not equal.
        if a.fields.identityHash != b.fields.identityHash { return false }
        return a.plural == b.plural && a.singular == b.singular && a.shortNames == b.shortNames && a.group == b.group
            && a.version == b.version && a.kind == b.kind && a.namespaced == b.namespaced && a.verbs == b.verbs
    }

    /// The verbs of a resource stored in etcd with the full REST storage.
    public static let collectionVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]

    /// Discovery's categories: `all` for what `kubectl get all` expands to, `api-extensions` for
    /// the kinds that extend the API.
    public var categories: [String] {
        if ResourceType.all.contains(self) { return ["all"] }
        return ResourceType.apiExtensions.contains(self) ? ["api-extensions"] : []
    }

    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

    /// Hashes the resource's identity only (its group and plural, hashed once when it was made):
    /// the store looks types up on every read and write.
    public func hash(into hasher: inout Hasher) { hasher.combine(fields.identityHash) }

    /// `pods`, `deployments.apps`: how errors name the resource.
    public var qualifiedPlural: String { group.isEmpty ? plural : "\(plural).\(group)" }

    /// `pod`, `deployment.apps`: the prefix of `kind/name` output.
    public var qualifiedKind: String {
        let lower = kind.lowercased()
        return group.isEmpty ? lower : "\(lower).\(group)"
    }
}

extension ResourceType {
    public static let pods = ResourceType("pods", singular: "pod", short: ["po"], kind: "Pod")
    public static let services = ResourceType("services", singular: "service", short: ["svc"], kind: "Service")
    public static let endpoints = ResourceType("endpoints", singular: "endpoints", short: ["ep"], kind: "Endpoints")
    public static let namespaces = ResourceType(
        "namespaces", singular: "namespace", short: ["ns"], kind: "Namespace", namespaced: false,
        verbs: collectionVerbs.filter { $0 != "deletecollection" })
    public static let nodes = ResourceType("nodes", singular: "node", short: ["no"], kind: "Node", namespaced: false)
    public static let events = ResourceType("events", singular: "event", short: ["ev"], kind: "Event")
    public static let configMaps = ResourceType("configmaps", singular: "configmap", short: ["cm"], kind: "ConfigMap")
    public static let serviceAccounts = ResourceType(
        "serviceaccounts", singular: "serviceaccount", short: ["sa"], kind: "ServiceAccount")
    public static let replicationControllers = ResourceType(
        "replicationcontrollers", singular: "replicationcontroller", short: ["rc"], kind: "ReplicationController")
    public static let daemonSets = ResourceType(
        "daemonsets", singular: "daemonset", short: ["ds"], group: "apps", kind: "DaemonSet")
    public static let deployments = ResourceType(
        "deployments", singular: "deployment", short: ["deploy"], group: "apps", kind: "Deployment")
    public static let replicaSets = ResourceType(
        "replicasets", singular: "replicaset", short: ["rs"], group: "apps", kind: "ReplicaSet")
    public static let statefulSets = ResourceType(
        "statefulsets", singular: "statefulset", short: ["sts"], group: "apps", kind: "StatefulSet")
    public static let horizontalPodAutoscalers = ResourceType(
        "horizontalpodautoscalers", singular: "horizontalpodautoscaler", short: ["hpa"], group: "autoscaling",
        version: "v2", kind: "HorizontalPodAutoscaler")
    public static let cronJobs = ResourceType(
        "cronjobs", singular: "cronjob", short: ["cj"], group: "batch", kind: "CronJob")
    public static let jobs = ResourceType("jobs", singular: "job", group: "batch", kind: "Job")
    public static let endpointSlices = ResourceType(
        "endpointslices", singular: "endpointslice", group: "discovery.k8s.io", kind: "EndpointSlice")
    public static let storageClasses = ResourceType(
        "storageclasses", singular: "storageclass", short: ["sc"], group: "storage.k8s.io", kind: "StorageClass",
        namespaced: false)
    public static let runtimeClasses = ResourceType(
        "runtimeclasses", singular: "runtimeclass", group: "node.k8s.io", kind: "RuntimeClass", namespaced: false)
    public static let priorityClasses = ResourceType(
        "priorityclasses", singular: "priorityclass", short: ["pc"], group: "scheduling.k8s.io", kind: "PriorityClass",
        namespaced: false)

    public static let persistentVolumeClaims = ResourceType(
        "persistentvolumeclaims", singular: "persistentvolumeclaim", short: ["pvc"], kind: "PersistentVolumeClaim")
    public static let persistentVolumes = ResourceType(
        "persistentvolumes", singular: "persistentvolume", short: ["pv"], kind: "PersistentVolume", namespaced: false)
    public static let controllerRevisions = ResourceType(
        "controllerrevisions", singular: "controllerrevision", group: "apps", kind: "ControllerRevision")

    public static let secrets = ResourceType("secrets", singular: "secret", kind: "Secret")
    public static let resourceQuotas = ResourceType(
        "resourcequotas", singular: "resourcequota", short: ["quota"], kind: "ResourceQuota")
    public static let limitRanges = ResourceType("limitranges", singular: "limitrange", short: ["limits"], kind: "LimitRange")
    public static let networkPolicies = ResourceType(
        "networkpolicies", singular: "networkpolicy", short: ["netpol"], group: networking, kind: "NetworkPolicy")
    public static let ingressClasses = ResourceType(
        "ingressclasses", singular: "ingressclass", group: networking, kind: "IngressClass", namespaced: false)
    public static let ingresses = ResourceType(
        "ingresses", singular: "ingress", short: ["ing"], group: networking, kind: "Ingress")
    static let networking = "networking.k8s.io"
    public static let podDisruptionBudgets = ResourceType(
        "poddisruptionbudgets", singular: "poddisruptionbudget", short: ["pdb"], group: "policy", kind: "PodDisruptionBudget")
    public static let roles = ResourceType("roles", singular: "role", group: rbac, kind: "Role")
    public static let roleBindings = ResourceType("rolebindings", singular: "rolebinding", group: rbac, kind: "RoleBinding")
    public static let clusterRoles = ResourceType(
        "clusterroles", singular: "clusterrole", group: rbac, kind: "ClusterRole", namespaced: false)
    public static let clusterRoleBindings = ResourceType(
        "clusterrolebindings", singular: "clusterrolebinding", group: rbac, kind: "ClusterRoleBinding", namespaced: false)
    static let rbac = "rbac.authorization.k8s.io"

    /// The resources this version of the simulated apiserver serves, in discovery order.
    public static let served: [ResourceType] = [
        .componentStatuses, .configMaps, .endpoints, .events, .limitRanges, .namespaces, .nodes, .persistentVolumeClaims,
        .persistentVolumes, .pods, .podTemplates, .replicationControllers, .resourceQuotas, .secrets, .serviceAccounts,
        .services, .mutatingWebhookConfigurations, .validatingAdmissionPolicies, .validatingAdmissionPolicyBindings,
        .validatingWebhookConfigurations, .customResourceDefinitions, .apiServices, .controllerRevisions,
        .daemonSets, .deployments, .replicaSets, .statefulSets, .horizontalPodAutoscalers, .cronJobs, .jobs,
        .certificateSigningRequests, .leases, .endpointSlices, .flowSchemas, .priorityLevelConfigurations,
        .ingressClasses, .ingresses, .networkPolicies, .runtimeClasses, .podDisruptionBudgets, .clusterRoleBindings, .clusterRoles, .roleBindings, .roles, .priorityClasses,
        .csiDrivers, .csiNodes, .csiStorageCapacities, .storageClasses, .volumeAttachments,
    ]

    /// Resources also served in a version other than their group's preferred one, which objects
    /// are stored and listed in; the apiserver converts them on the way out.
    public static let otherVersions: [ResourceType] = [horizontalPodAutoscalers.inGroup("autoscaling", version: "v1")]

    /// The `api-extensions` category: admission webhooks and policies, CRDs and APIServices.
    static let apiExtensions: [ResourceType] = [
        .mutatingWebhookConfigurations, .validatingAdmissionPolicies, .validatingAdmissionPolicyBindings,
        .validatingWebhookConfigurations, .customResourceDefinitions, .apiServices,
    ]

    /// What `kubectl get all` expands to, in kubectl's order.
    public static let all: [ResourceType] = [
        .pods, .replicationControllers, .services, .daemonSets, .deployments, .replicaSets, .statefulSets,
        .horizontalPodAutoscalers, .cronJobs, .jobs,
    ]
}
