import KubeAPI
import OrderedCollections

/// What a kubelet's `/configz` answers: `{"kubeletconfig":{...}}`, the configuration it runs with
/// (its file, then its flags, then kubelet 1.32's defaults for what is unset or zero, and the
/// self-signed serving certificate it made in its certificate directory), converted from the
/// internal type back to v1beta1, which gives every pointer field a value, and marshalled in the
/// struct's field order.
enum KubeletConfigz {
    static func body(_ source: NodeKubeletConfigs.Source) -> String {
        var config = source.file
        for flag in source.flags { apply(flag, to: &config) }
        if config["nodeStatusReportFrequency"].isUnsetOrZero, !config["nodeStatusUpdateFrequency"].isUnsetOrZero {
            config["nodeStatusReportFrequency"] = config["nodeStatusUpdateFrequency"]
        }
        config = defaulted(config, defaults, type: "v1beta1.KubeletConfiguration")
        if config["serverTLSBootstrap"].bool != true, (config["tlsCertFile"].string ?? "").isEmpty,
            (config["tlsPrivateKeyFile"].string ?? "").isEmpty
        {
            config["tlsCertFile"] = "/var/lib/kubelet/pki/kubelet.crt"
            config["tlsPrivateKeyFile"] = "/var/lib/kubelet/pki/kubelet.key"
        }
        let typed = GoTypedJSON.encode(config, as: "v1beta1.KubeletConfiguration")
        return GoJSON.marshal(["kubeletconfig": typed])
    }

    /// The flags that set a configuration field, by the field they set.
    private static let flagFields: [String: String] = [
        "container-runtime-endpoint": "containerRuntimeEndpoint", "cgroup-root": "cgroupRoot", "cgroup-driver": "cgroupDriver",
        "cluster-domain": "clusterDomain", "provider-id": "providerID", "pod-manifest-path": "staticPodPath",
        "max-pods": "maxPods", "image-service-endpoint": "imageServiceEndpoint",
    ]

    private static func apply(_ flag: String, to config: inout JSONValue) {
        guard flag.hasPrefix("--"), let equals = flag.firstIndex(of: "=") else { return }
        let name = String(flag[flag.index(flag.startIndex, offsetBy: 2)..<equals])
        let value = String(flag[flag.index(after: equals)...])
        guard let field = flagFields[name] else { return }
        config[field] = field == "maxPods" ? Int(value).map(JSONValue.int) ?? .string(value) : .string(value)
    }

    /// `SetDefaults_KubeletConfiguration`: a field of a pointer type takes its default when unset;
    /// any other when it is its zero value (`0`, `""`, a zero duration). Structs are walked.
    private static func defaulted(_ value: JSONValue, _ defaults: JSONValue, type: String) -> JSONValue {
        var result = value.object.isEmpty ? [:] : value
        let fields = GoSchema.structs[type] ?? []
        for (name, fallback) in defaults.object {
            let field = fields.first { $0.json == name }
            let current = result[name]
            if case .named(let inner)? = field?.type, GoSchema.structs[inner] != nil, !fallback.object.isEmpty {
                result[name] = defaulted(current, fallback, type: inner)
                continue
            }
            let isPointer: Bool
            if case .pointer? = field?.type { isPointer = true } else { isPointer = false }
            if current.isNull || (!isPointer && current.isUnsetOrZero) { result[name] = fallback }
        }
        return result
    }

    /// Kubelet 1.32's defaults on Linux, and the values the conversion from the internal type
    /// gives fields that have none (`enableSystemLogQuery`).
    private static let defaults: JSONValue = [
        "enableServer": true, "podLogsDir": "/var/log/pods", "syncFrequency": "1m0s", "fileCheckFrequency": "20s",
        "httpCheckFrequency": "20s", "address": "0.0.0.0", "port": 10250,
        "authentication": [
            "webhook": ["enabled": true, "cacheTTL": "2m0s"], "anonymous": ["enabled": false],
        ],
        "authorization": ["mode": "Webhook", "webhook": ["cacheAuthorizedTTL": "5m0s", "cacheUnauthorizedTTL": "30s"]],
        "registryPullQPS": 5, "registryBurst": 10, "eventRecordQPS": 50, "eventBurst": 100, "enableDebuggingHandlers": true,
        "healthzPort": 10248, "healthzBindAddress": "127.0.0.1", "oomScoreAdj": -999, "streamingConnectionIdleTimeout": "4h0m0s",
        "nodeStatusUpdateFrequency": "10s", "nodeStatusReportFrequency": "5m0s", "nodeLeaseDurationSeconds": 40,
        "imageMinimumGCAge": "2m0s", "imageMaximumGCAge": "0s", "imageGCHighThresholdPercent": 85, "imageGCLowThresholdPercent": 80,
        "volumeStatsAggPeriod": "1m0s", "cgroupsPerQOS": true, "cgroupDriver": "cgroupfs", "cpuManagerPolicy": "none",
        "cpuManagerReconcilePeriod": "10s", "memoryManagerPolicy": "None", "topologyManagerPolicy": "none",
        "topologyManagerScope": "container", "runtimeRequestTimeout": "2m0s", "hairpinMode": "promiscuous-bridge", "maxPods": 110,
        "podPidsLimit": -1, "resolvConf": "/etc/resolv.conf", "cpuCFSQuota": true, "cpuCFSQuotaPeriod": "100ms",
        "nodeStatusMaxImages": 50, "maxOpenFiles": 1_000_000, "contentType": "application/vnd.kubernetes.protobuf",
        "kubeAPIQPS": 50, "kubeAPIBurst": 100, "serializeImagePulls": true,
        "evictionHard": ["memory.available": "100Mi", "nodefs.available": "10%", "nodefs.inodesFree": "5%", "imagefs.available": "15%"],
        "evictionPressureTransitionPeriod": "5m0s", "enableControllerAttachDetach": true, "makeIPTablesUtilChains": true,
        "iptablesMasqueradeBit": 14, "iptablesDropBit": 15, "failSwapOn": true, "containerLogMaxSize": "10Mi",
        "containerLogMaxFiles": 5, "containerLogMaxWorkers": 1, "containerLogMonitorInterval": "10s",
        "configMapAndSecretChangeDetectionStrategy": "Watch", "enforceNodeAllocatable": ["pods"],
        "volumePluginDir": "/usr/libexec/kubernetes/kubelet-plugins/volume/exec/",
        "logging": [
            "format": "text", "flushFrequency": "5s",
            "options": ["text": ["infoBufferSize": "0"], "json": ["infoBufferSize": "0"]],
        ],
        "enableSystemLogHandler": true, "enableSystemLogQuery": false, "shutdownGracePeriod": "0s",
        "shutdownGracePeriodCriticalPods": "0s", "enableProfilingHandler": true, "enableDebugFlagsHandler": true,
        "seccompDefault": false, "memoryThrottlingFactor": .double(0.9), "registerNode": true, "localStorageCapacityIsolation": true,
        "containerRuntimeEndpoint": "unix:///run/containerd/containerd.sock", "failCgroupV1": false,
    ]
}

extension JSONValue {
    /// Unset, or a zero value: `0`, `""`, or a duration of no time (`0s`).
    fileprivate var isUnsetOrZero: Bool {
        switch self {
        case .null: true
        case .int(let number): number == 0
        case .string(let text): text.isEmpty || text == "0s"
        default: false
        }
    }
}

extension Cluster {
    /// The body of `GET /configz` on the kubelet of `node`.
    func kubeletConfigz(on node: String) -> String { KubeletConfigz.body(runtime.kubeletConfigs.source(on: node)) }
}
