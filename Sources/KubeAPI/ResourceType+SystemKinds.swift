/// The kinds a kubeadm cluster serves for its own machinery: leases, component statuses,
/// the aggregation and extension APIs, API priority and fairness, CSI, admission and certificates.
extension ResourceType {
    public static let componentStatuses = ResourceType(
        "componentstatuses", singular: "componentstatus", short: ["cs"], kind: "ComponentStatus", namespaced: false,
        verbs: ["get", "list"])
    public static let podTemplates = ResourceType("podtemplates", singular: "podtemplate", kind: "PodTemplate")
    public static let leases = ResourceType("leases", singular: "lease", group: "coordination.k8s.io", kind: "Lease")
    public static let apiServices = ResourceType(
        "apiservices", singular: "apiservice", group: "apiregistration.k8s.io", kind: "APIService", namespaced: false)
    public static let customResourceDefinitions = ResourceType(
        "customresourcedefinitions", singular: "customresourcedefinition", short: ["crd", "crds"],
        group: "apiextensions.k8s.io", kind: "CustomResourceDefinition", namespaced: false)
    public static let flowSchemas = ResourceType(
        "flowschemas", singular: "flowschema", group: flowControl, kind: "FlowSchema", namespaced: false)
    public static let priorityLevelConfigurations = ResourceType(
        "prioritylevelconfigurations", singular: "prioritylevelconfiguration", group: flowControl,
        kind: "PriorityLevelConfiguration", namespaced: false)
    static let flowControl = "flowcontrol.apiserver.k8s.io"
    public static let csiDrivers = ResourceType(
        "csidrivers", singular: "csidriver", group: storage, kind: "CSIDriver", namespaced: false)
    public static let csiNodes = ResourceType(
        "csinodes", singular: "csinode", group: storage, kind: "CSINode", namespaced: false)
    public static let csiStorageCapacities = ResourceType(
        "csistoragecapacities", singular: "csistoragecapacity", group: storage, kind: "CSIStorageCapacity")
    public static let volumeAttachments = ResourceType(
        "volumeattachments", singular: "volumeattachment", group: storage, kind: "VolumeAttachment", namespaced: false)
    static let storage = "storage.k8s.io"
    public static let mutatingWebhookConfigurations = ResourceType(
        "mutatingwebhookconfigurations", singular: "mutatingwebhookconfiguration", group: admission,
        kind: "MutatingWebhookConfiguration", namespaced: false)
    public static let validatingAdmissionPolicies = ResourceType(
        "validatingadmissionpolicies", singular: "validatingadmissionpolicy", group: admission,
        kind: "ValidatingAdmissionPolicy", namespaced: false)
    public static let validatingAdmissionPolicyBindings = ResourceType(
        "validatingadmissionpolicybindings", singular: "validatingadmissionpolicybinding", group: admission,
        kind: "ValidatingAdmissionPolicyBinding", namespaced: false)
    public static let validatingWebhookConfigurations = ResourceType(
        "validatingwebhookconfigurations", singular: "validatingwebhookconfiguration", group: admission,
        kind: "ValidatingWebhookConfiguration", namespaced: false)
    static let admission = "admissionregistration.k8s.io"
    public static let certificateSigningRequests = ResourceType(
        "certificatesigningrequests", singular: "certificatesigningrequest", short: ["csr"],
        group: "certificates.k8s.io", kind: "CertificateSigningRequest", namespaced: false)
}
