import KubeAPI
import OrderedCollections

/// Why the kubelet could not build a container's configuration (`CreateContainerConfigError`),
/// in the words it reports as the container's waiting message.
public struct ContainerConfigError: Error, Equatable, Sendable {
    public var message: String
}

/// The environment the kubelet gives a container when it starts it (kubelet
/// `makeEnvironmentVariables`): `envFrom` first, then `env` in order (values from ConfigMaps,
/// Secrets and the pod's own fields, `$(NAME)` references expanded), then the service links.
/// The kubelet hands them on in the order of a Go map, which is random; ours is one of those
/// orders: a source's keys sorted, `env` as declared, then the service links sorted.
extension Cluster {
    /// The variables, or the error that keeps the container from being created.
    public func containerEnvironment(of pod: KubeObject, container: JSONValue) throws(ContainerConfigError)
        -> OrderedDictionary<String, String>
    {
        let namespace = pod.namespace ?? "default"
        let services = serviceLinkVariables(namespace: namespace, enableLinks: pod[path: "spec.enableServiceLinks"].bool ?? true)
        var variables: OrderedDictionary<String, String> = [:]
        for source in container["envFrom"].array {
            let prefix = source["prefix"].string ?? ""
            if !source["configMapRef"].isNull {
                guard let data = try configData(.configMaps, source["configMapRef"], namespace: namespace) else { continue }
                for (key, value) in data.sorted(by: { $0.key < $1.key }) { variables[prefix + key] = value }
            } else if !source["secretRef"].isNull {
                guard let data = try configData(.secrets, source["secretRef"], namespace: namespace) else { continue }
                for (key, value) in data.sorted(by: { $0.key < $1.key }) { variables[prefix + key] = value }
            }
        }
        for variable in container["env"].array {
            guard let name = variable["name"].string else { continue }
            let from = variable["valueFrom"]
            if let value = variable["value"].string, !value.isEmpty {
                variables[name] = EnvironmentExpansion.expand(value) { variables[$0] ?? services[$0] }
            } else if !from["configMapKeyRef"].isNull {
                guard let value = try keyValue(.configMaps, from["configMapKeyRef"], namespace: namespace) else { continue }
                variables[name] = value
            } else if !from["secretKeyRef"].isNull {
                guard let value = try keyValue(.secrets, from["secretKeyRef"], namespace: namespace) else { continue }
                variables[name] = value
            } else if let path = from[path: "fieldRef.fieldPath"].string {
                variables[name] = downwardValue(path, of: pod)
            } else if !from["resourceFieldRef"].isNull {
                variables[name] = resourceValue(from["resourceFieldRef"], of: container, in: pod)
            } else {
                variables[name] = ""
            }
        }
        for (name, value) in services.sorted(by: { $0.key < $1.key }) where variables[name] == nil { variables[name] = value }
        return variables
    }

    /// The data of the ConfigMap or Secret a reference names (Secret values decoded), nil when
    /// it is missing and optional.
    private func configData(_ type: ResourceType, _ reference: JSONValue, namespace: String) throws(ContainerConfigError)
        -> [String: String]?
    {
        let name = reference["name"].string ?? ""
        guard let object = lookup(type, namespace, name) else {
            if reference["optional"].bool == true { return nil }
            throw ContainerConfigError(message: "\(type == .secrets ? "secret" : "configmap") \"\(name)\" not found")
        }
        return Self.decodedData(of: object, as: type)
    }

    /// One key's value through a `configMapKeyRef` or `secretKeyRef`; nil when optional and absent.
    private func keyValue(_ type: ResourceType, _ reference: JSONValue, namespace: String) throws(ContainerConfigError) -> String? {
        guard let data = try configData(type, reference, namespace: namespace) else { return nil }
        let key = reference["key"].string ?? ""
        guard let value = data[key] else {
            if reference["optional"].bool == true { return nil }
            let kind = type == .secrets ? "Secret" : "ConfigMap"
            throw ContainerConfigError(message: "couldn't find key \(key) in \(kind) \(namespace)/\(reference["name"].string ?? "")")
        }
        return value
    }

    /// A ConfigMap's `data` (and `binaryData`), or a Secret's `data` decoded from base64.
    static func decodedData(of object: KubeObject, as type: ResourceType) -> [String: String] {
        var data: [String: String] = [:]
        if type == .secrets {
            for (key, value) in object.value["data"].object { data[key] = Base64.decoded(value.string ?? "") }
        } else {
            for (key, value) in object.value["binaryData"].object { data[key] = Base64.decoded(value.string ?? "") }
            for (key, value) in object.value["data"].object { data[key] = value.string ?? "" }
        }
        return data
    }

    /// The downward API's value of a container's resource (`resourceFieldRef`, the kubelet's
    /// `ExtractResourceValueByContainerNameAndNodeAllocatable`): the request or limit over the
    /// divisor (1 by default, or when 0), rounded up, CPU counted in millicores; a limit not set is the
    /// node's allocatable amount, a request not set 0.
    func resourceValue(_ reference: JSONValue, of container: JSONValue, in pod: KubeObject) -> String {
        let target = reference["containerName"].string.flatMap { pod.containerSpec(named: $0) } ?? container
        let parts = (reference["resource"].string ?? "").split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return "" }
        var amount = target["resources"][parts[0]][parts[1]].string.flatMap { Quantity($0) }
        if amount == nil, parts[0] == "limits", let node = pod.nodeName.flatMap({ lookup(.nodes, nil, $0) }) {
            amount = node[path: "status.allocatable"][parts[1]].string.flatMap { Quantity($0) }
        }
        guard let amount else { return "0" }
        // The API defaults the divisor to 0, which the kubelet reads as 1.
        let divisor = reference["divisor"].string.flatMap { Quantity($0) }.flatMap { $0.milliValue == 0 ? nil : $0 }
        let (value, unit) =
            parts[1] == "cpu"
            ? (amount.milliValue, divisor?.milliValue ?? 1000) : (amount.value, divisor?.value ?? 1)
        guard unit > 0 else { return "0" }
        return String((value + unit - 1) / unit)
    }

    /// The downward API's value of one pod field (`fieldRef`).
    func downwardValue(_ path: String, of pod: KubeObject) -> String {
        switch path {
        case "metadata.name": return pod.name
        case "metadata.namespace": return pod.namespace ?? "default"
        case "metadata.uid": return pod.uid
        case "spec.nodeName": return pod.nodeName ?? ""
        case "spec.serviceAccountName": return pod[path: "spec.serviceAccountName"].string ?? ""
        case "status.hostIP", "status.hostIPs": return pod[path: "status.hostIP"].string ?? ""
        case "status.podIP", "status.podIPs": return pod[path: "status.podIP"].string ?? ""
        default:
            for field in ["labels", "annotations"] where path.hasPrefix("metadata.\(field)['") && path.hasSuffix("']") {
                let key = String(path.dropFirst("metadata.\(field)['".count).dropLast(2))
                return pod.metadata[field][key].string ?? ""
            }
            return ""
        }
    }
}

/// Kubernetes' `$(NAME)` expansion in env values and commands: a defined name is replaced,
/// an unknown one is left as written, and `$$` is a literal `$`.
public enum EnvironmentExpansion {
    public static func expand(_ input: String, _ lookup: (String) -> String?) -> String {
        var output = ""
        var characters = input[...]
        while let dollar = characters.firstIndex(of: "$") {
            output += characters[..<dollar]
            let rest = characters[characters.index(after: dollar)...]
            guard let next = rest.first else {
                output += "$"
                characters = rest
                break
            }
            if next == "$" {
                output += "$"
                characters = rest.dropFirst()
            } else if next == "(", let close = rest.firstIndex(of: ")") {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                output += lookup(name) ?? "$(\(name))"
                characters = rest[rest.index(after: close)...]
            } else {
                output += "$"
                characters = rest
            }
        }
        return output + characters
    }
}
