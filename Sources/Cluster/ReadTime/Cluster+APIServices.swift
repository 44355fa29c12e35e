import KubeAPI
import OrderedCollections

/// The aggregator's APIServices (apiregistration.k8s.io/v1): a local one for every group
/// version the apiserver serves itself, registered when it first started, and those stored
/// for extension servers (metrics-server's `v1beta1.metrics.k8s.io`), each with the
/// `Available` condition its availability controller works out from the backing Service.
extension Cluster {
    /// Every APIService, by name.
    func apiServices() -> [KubeObject] {
        let registered = Self.registeredAt(list(.namespaces))
        let local = servedGroupVersions.compactMap { localAPIService($0, registered: registered) }
        let stored = store.list(.apiServices, namespace: nil).map(withAvailability)
        return (local + stored).sorted { $0.name < $1.name }
    }

    /// The apiserver registers its local APIServices as it creates its first namespaces.
    private static func registeredAt(_ namespaces: [KubeObject]) -> Timestamp? {
        namespaces.compactMap(\.creationTimestamp).min()
    }

    private func localAPIService(_ groupVersion: String, registered: Timestamp?) -> KubeObject? {
        let parts = groupVersion.split(separator: "/").map(String.init)
        let (group, version) = parts.count == 2 ? (parts[0], parts[1]) : ("", groupVersion)
        var priority = APIServicePriorities.of(group: group, version: version)
        var registered = registered
        var managed = "onstart"
        // The CRD registration controller adds one for each version a definition serves, kept
        // in sync ("true"), from when the definition was made, at the priorities of CRDs.
        if priority == nil, let definition = customResourceDefinition(serving: group, version) {
            priority = (1000, 100)
            registered = definition.creationTimestamp
            managed = "true"
        }
        guard let priority else { return nil }
        let name = "\(version).\(group)"
        var spec: OrderedDictionary<String, JSONValue> = [:]
        if !group.isEmpty { spec["group"] = .string(group) }
        spec["groupPriorityMinimum"] = .int(priority.group)
        spec["version"] = .string(version)
        spec["versionPriority"] = .int(priority.version)
        let since = JSONValue.string(registered?.rfc3339 ?? now.rfc3339)
        return KubeObject(.object([
            "apiVersion": "apiregistration.k8s.io/v1", "kind": "APIService",
            "metadata": .object([
                "creationTimestamp": since,
                "labels": .object(["kube-aggregator.kubernetes.io/automanaged": .string(managed)]),
                "name": .string(name), "uid": .string(Self.nameBasedUID(name)),
            ]),
            "spec": .object(spec),
            "status": .object(["conditions": .array([.object([
                "lastTransitionTime": since, "message": "Local APIServices are always available",
                "reason": "Local", "status": "True", "type": "Available",
            ])])]),
        ]))
    }

    /// Whether the availability controller finds a stored APIService available.
    func apiServiceAvailable(_ apiService: KubeObject) -> Bool {
        withAvailability(apiService)[path: "status.conditions"].array.contains {
            $0["type"].string == "Available" && $0["status"].string == "True"
        }
    }

    /// The earliest established definition serving a group version.
    private func customResourceDefinition(serving group: String, _ version: String) -> KubeObject? {
        list(.customResourceDefinitions).filter { definition in
            Self.servedType(of: definition).map { $0.group == group && $0.version == version } ?? false
        }.min { ($0.creationTimestamp ?? now) < ($1.creationTimestamp ?? now) }
    }

    /// The availability controller's verdict on an APIService backed by a Service.
    private func withAvailability(_ apiService: KubeObject) -> KubeObject {
        let reference = apiService[path: "spec.service"]
        guard let name = reference["name"].string, let namespace = reference["namespace"].string else { return apiService }
        let port = reference["port"].int ?? 443
        var reason = "Passed", message = "all checks passed", available = true
        var since = apiService.creationTimestamp ?? now
        if let service = lookup(.services, namespace, name) {
            let portName = service[path: "spec.ports"].array.first { $0["port"].int == port }?["name"].string ?? ""
            let endpoints = lookup(.endpoints, namespace, name)
            let active = endpoints?[path: "subsets"].array.contains { subset in
                !subset["addresses"].array.isEmpty && subset["ports"].array.contains { ($0["name"].string ?? "") == portName }
            } ?? false
            if let endpoints, let written = writeTime(ofResourceVersion: endpoints.metadata["resourceVersion"].string ?? "") {
                since = max(since, written)
            }
            if !active {
                (available, reason) = (false, "MissingEndpoints")
                message = "endpoints for service/\(name) in \"\(namespace)\" have no addresses with port name \"\(portName)\""
            }
        } else {
            (available, reason) = (false, "ServiceNotFound")
            message = "service/\(name) in \"\(namespace)\" is not present"
        }
        var result = apiService
        result[path: "status"] = .object(["conditions": .array([.object([
            "lastTransitionTime": .string(since.rfc3339), "message": .string(message), "reason": .string(reason),
            "status": available ? "True" : "False", "type": "Available",
        ])])])
        return result
    }

    /// A fixed UID made from an object's name, for objects the apiserver makes on its own.
    static func nameBasedUID(_ name: String) -> String {
        let hex = [name, "apiservice/" + name].map { key in
            String(UInt64(MicroTime.offset(for: key, below: Int64.max)), radix: 16).leftPadded(to: 16)
        }.joined()
        let chars = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(chars[$0]) }.joined(separator: "-")
    }
}

/// kube-apiserver's built-in table of group and version priorities (`apiVersionPriorities`):
/// where each group sorts in discovery and which version is preferred.
enum APIServicePriorities {
    static func of(group: String, version: String) -> (group: Int, version: Int)? {
        table["\(group)/\(version)"]
    }

    private static let table: [String: (group: Int, version: Int)] = [
        "/v1": (18000, 1), "apiregistration.k8s.io/v1": (18000, 15), "apps/v1": (17800, 15),
        "events.k8s.io/v1": (17750, 15), "authentication.k8s.io/v1": (17700, 15), "authorization.k8s.io/v1": (17600, 15),
        "autoscaling/v1": (17500, 15), "autoscaling/v2": (17500, 30), "batch/v1": (17400, 15),
        "certificates.k8s.io/v1": (17300, 15), "networking.k8s.io/v1": (17200, 15), "policy/v1": (17100, 15),
        "rbac.authorization.k8s.io/v1": (17000, 15), "storage.k8s.io/v1": (16800, 15),
        "apiextensions.k8s.io/v1": (16700, 15), "admissionregistration.k8s.io/v1": (16700, 15),
        "scheduling.k8s.io/v1": (16600, 15), "coordination.k8s.io/v1": (16500, 15), "node.k8s.io/v1": (16300, 15),
        "discovery.k8s.io/v1": (16200, 15), "flowcontrol.apiserver.k8s.io/v1": (16100, 21),
    ]
}
