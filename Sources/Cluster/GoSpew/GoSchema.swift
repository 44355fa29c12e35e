/// The Go types of the objects typed clients handle (core, apps, batch, networking, policy, rbac,
/// ...: `v1.PodTemplateSpec`, `v1.Pod`, `v1.Job`) and everything they hold, as reflect names
/// them, so a stored object can be printed as go-spew prints the typed Go value (see
/// `GoSpewPrinter`) or as `encoding/json` writes it (`GoTypedJSON`).
///
/// Struct layouts are data in the `GoSchema+*.swift` files; defined non-struct types are below.
/// The last few types are the internals of apimachinery's value types (`resource.Quantity`,
/// `intstr.IntOrString`, `metav1.Time`), whose unexported fields go-spew prints too.
enum GoSchema {
    /// A field of a Go struct: its Go name, its JSON name (nil when inlined into the parent's
    /// object, `-` when it has none), its type and whether its tag says `omitempty`.
    struct Field: Sendable {
        let name: String
        let json: String?
        let type: GoType
        let omitEmpty: Bool
    }

    /// Defined types that are not structs (`type Protocol string`), by their reflect name.
    static let definedTypes: [String: String] = [
        "types.UID": "string",
        "v1.ExtraValue": "[]string",
        "v1.ManagedFieldsOperationType": "string",
        "v1.HostPathType": "string",
        "v1.StorageMedium": "string",
        "v1.AzureDataDiskCachingMode": "string",
        "v1.AzureDataDiskKind": "string",
        "v1.LabelSelectorOperator": "string",
        "v1.PersistentVolumeAccessMode": "string",
        "v1.ResourceList": "map[v1.ResourceName]resource.Quantity",
        "v1.ResourceName": "string",
        "v1.PersistentVolumeMode": "string",
        "v1.PullPolicy": "string",
        "v1.Protocol": "string",
        "v1.ResourceResizeRestartPolicy": "string",
        "v1.ContainerRestartPolicy": "string",
        "v1.RecursiveReadOnlyMode": "string",
        "v1.MountPropagationMode": "string",
        "v1.URIScheme": "string",
        "v1.TerminationMessagePolicy": "string",
        "v1.Capability": "string",
        "v1.ProcMountType": "string",
        "v1.SeccompProfileType": "string",
        "v1.AppArmorProfileType": "string",
        "v1.RestartPolicy": "string",
        "v1.DNSPolicy": "string",
        "v1.SupplementalGroupsPolicy": "string",
        "v1.PodFSGroupChangePolicy": "string",
        "v1.PodSELinuxChangePolicy": "string",
        "v1.NodeSelectorOperator": "string",
        "v1.TolerationOperator": "string",
        "v1.TaintEffect": "string",
        "v1.PodConditionType": "string",
        "v1.PreemptionPolicy": "string",
        "v1.UnsatisfiableConstraintAction": "string",
        "v1.NodeInclusionPolicy": "string",
        "v1.OSName": "string",
        "v1.PodPhase": "string",
        "v1.PodQOSClass": "string",
        "v1.PodResizeStatus": "string",
        "v1.ConditionStatus": "string",
        "v1.MetricSourceType": "string",
        "v1.HorizontalPodAutoscalerConditionType": "string",
        "v1.ResourceHealthStatus": "string",
        "v1.ResourceID": "string",
        "v1.UniqueVolumeName": "string",
        "v1.NodePhase": "string",
        "v1.NodeConditionType": "string",
        "v1.NodeAddressType": "string",
        "v1.ServiceAffinity": "string",
        "v1.ServiceType": "string",
        "v1.ServiceExternalTrafficPolicy": "string",
        "v1.ServiceInternalTrafficPolicy": "string",
        "v1.IPFamily": "string",
        "v1.IPFamilyPolicy": "string",
        "v1.LoadBalancerIPMode": "string",
        "v1.ReplicationControllerConditionType": "string",
        "v1.DaemonSetConditionType": "string",
        "v1.DaemonSetUpdateStrategyType": "string",
        "v1.DeploymentConditionType": "string",
        "v1.DeploymentStrategyType": "string",
        "v1.ReplicaSetConditionType": "string",
        // batch, apps StatefulSet, networking, policy and the other core kinds.
        "v1.CompletionMode": "string",
        "v1.PodFailurePolicyAction": "string",
        "v1.PodFailurePolicyOnExitCodesOperator": "string",
        "v1.PodReplacementPolicy": "string",
        "v1.JobConditionType": "string",
        "v1.ConcurrencyPolicy": "string",
        "v1.PodManagementPolicyType": "string",
        "v1.StatefulSetUpdateStrategyType": "string",
        "v1.PersistentVolumeClaimRetentionPolicyType": "string",
        "v1.StatefulSetConditionType": "string",
        "v1.PathType": "string",
        "v1.UnhealthyPodEvictionPolicyType": "string",
        "v1.ResourceQuotaScope": "string",
        "v1.ScopeSelectorOperator": "string",
        "v1.FinalizerName": "string",
        "v1.NamespacePhase": "string",
        "v1.NamespaceConditionType": "string",
        "v1.SecretType": "string",
        "v1.PersistentVolumeClaimPhase": "string",
        "v1.PersistentVolumeClaimConditionType": "string",
        "v1.ClaimResourceStatus": "string",
        "v1.PersistentVolumeClaimModifyVolumeStatus": "string",
        // apimachinery internals.
        "resource.Scale": "int32",
        "resource.Format": "string",
        "intstr.Type": "int64",
    ]

    /// The unexported layouts of apimachinery's value types.
    ///
    /// Their JSON here is not the API's: `GoValueDecoding` turns the API form into these fields first.
    static let valueTypeStructs: [String: String] = [
        "resource.Quantity": """
        i i resource.int64Amount
        d d resource.infDecAmount
        s s string
        Format Format resource.Format
        """,
        "resource.int64Amount": """
        value value int64
        scale scale resource.Scale
        """,
        // Only quantities beyond int64 precision use an `inf.Dec`; they are not supported.
        "resource.infDecAmount": """
        Dec Dec *inf.Dec
        """,
        "inf.Dec": "",
        "intstr.IntOrString": """
        Type Type intstr.Type
        IntVal IntVal int32
        StrVal StrVal string
        """,
        "v1.Time": """
        Time Time time.Time
        """,
        "time.Time": """
        wall wall uint64
        ext ext int64
        loc loc *time.Location
        """,
        // kube-controller-manager's local zone: its image has no zone files, so Go names it UTC.
        "time.Location": """
        name name string
        zone zone []time.zone
        tx tx []time.zoneTrans
        extend extend string
        cacheStart cacheStart int64
        cacheEnd cacheEnd int64
        cacheZone cacheZone *time.zone
        """,
        "time.zone": "",
        "time.zoneTrans": "",
    ]

    /// Every struct layout, parsed once.
    static let structs: [String: [Field]] = {
        var all: [String: [Field]] = [:]
        let tables = [
            metaStructs, podSpecStructs, containersStructs, volumesStructs, valueTypeStructs,
            podStructs, nodeStructs, eventStructs, serviceStructs, workloadStructs, endpointsStructs, rbacStructs,
            authenticationStructs, batchStructs, statefulSetStructs, networkingStructs, policyStructs, coreConfigStructs,
            kubeletConfigStructs, patchStructs, autoscalingMetricStructs,
        ]
        for table in tables {
            for (name, text) in table { all[name] = fields(text) }
        }
        return all
    }()

    private static func fields(_ text: String) -> [Field] {
        text.split(separator: "\n").map { line in
            let parts = line.split(separator: " ").map(String.init)
            let json = parts[1] == ",inline" ? nil : parts[1]
            return Field(name: parts[0], json: json, type: GoType.parse(parts[2]), omitEmpty: parts.count > 3)
        }
    }
}

/// A Go type expression: a builtin, a named type, or a pointer, slice or map of one.
indirect enum GoType: Sendable {
    case builtin(String)
    case named(String)
    case pointer(GoType)
    case slice(GoType)
    case map(GoType, GoType)

    /// Parses `*int64`, `[]v1.Container`, `map[string]string`, `v1.ResourceList`.
    static func parse<S: StringProtocol>(_ text: S) -> GoType {
        if text.hasPrefix("*") { return .pointer(parse(text.dropFirst())) }
        if text.hasPrefix("[]") { return .slice(parse(text.dropFirst(2))) }
        if text.hasPrefix("map["), let close = text.firstIndex(of: "]") {
            let key = text[text.index(text.startIndex, offsetBy: 4)..<close]
            return .map(parse(key), parse(text[text.index(after: close)...]))
        }
        if text == "byte" { return .builtin("uint8") }
        if text == "interface{}" { return .builtin("interface {}") }
        return text.contains(".") ? .named(String(text)) : .builtin(String(text))
    }

    /// reflect's `Type.String()`.
    var name: String {
        switch self {
        case .builtin(let name), .named(let name): return name
        case .pointer(let element): return "*" + element.name
        case .slice(let element): return "[]" + element.name
        case .map(let key, let value): return "map[\(key.name)]\(value.name)"
        }
    }

    /// The type this one is defined as: itself unless it is a named non-struct type.
    var underlying: GoType {
        if case .named(let name) = self, let definition = GoSchema.definedTypes[name] {
            return GoType.parse(definition).underlying
        }
        return self
    }
}
