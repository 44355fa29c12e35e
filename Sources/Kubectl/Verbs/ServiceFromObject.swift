import Cluster
import KubeAPI

/// The Service `kubectl expose` builds for one object (`ExposeServiceOptions.createService`).
struct ServiceFromObject {
    var service: KubeObject

    init(_ object: KubeObject, type: ResourceType, flags: ParsedFlags) throws(KubectlFailure) {
        let selectorText: String
        if let given = flags.string("selector"), !given.isEmpty {
            selectorText = given
        } else {
            do {
                selectorText = try Self.selector(of: object, type: type)
            } catch {
                throw .error("couldn't retrieve selectors via --selector flag or introspection: \(error.message)")
            }
        }
        let headless = flags.string("cluster-ip") == "None"
        var portTexts: [String] = []
        if let port = flags.string("port"), !port.isEmpty {
            portTexts = [port]
        } else {
            portTexts = Self.ports(of: object, type: type).map(String.init)
            if portTexts.isEmpty && !headless { throw .error("couldn't find port via --port flag or introspection") }
        }
        let protocols = Self.protocols(of: object, type: type)
        let labelsText = flags.string("labels") ?? MapText.make(object.labels)
        let selector = try MapText.parse(selectorText)
        let labels = labelsText.isEmpty ? [:] : try MapText.parse(labelsText)
        let name = flags.string("name").flatMap { $0.isEmpty ? nil : $0 } ?? String(object.name.prefix(63))
        let flagProtocol = flags.string("protocol") ?? ""
        var ports: [JSONValue] = []
        for (index, text) in portTexts.enumerated() {
            guard let number = Int(text) else { throw .error("strconv.Atoi: parsing \"\(text)\": invalid syntax") }
            let portName = portTexts.count > 1 ? "port-\(index + 1)" : ""
            var proto = flagProtocol
            if proto.isEmpty {
                proto = "TCP"
                if let found = protocols[number], found.count > 1 {
                    for each in found {
                        ports.append(Self.port(name: "port-\(index + 1)-\(each.lowercased())", proto: each, number: number))
                    }
                    continue
                } else if let found = protocols[number], let only = found.first {
                    proto = only
                }
            }
            ports.append(Self.port(name: portName, proto: proto, number: number))
        }
        let target = flags.string("target-port") ?? ""
        ports = ports.map { port in
            var p = port
            p["targetPort"] = target.isEmpty ? port["port"] : (Int(target).map(JSONValue.int) ?? .string(target))
            return p
        }
        var spec: JSONValue = ["ports": .array(ports), "selector": .stringMap(selector)]
        if ports.isEmpty { spec = ["selector": .stringMap(selector)] }
        if let ip = flags.string("cluster-ip"), !ip.isEmpty { spec["clusterIP"] = .string(ip) }
        if let type = flags.string("type"), !type.isEmpty { spec["type"] = .string(type) }
        if let ip = flags.string("external-ip"), !ip.isEmpty { spec["externalIPs"] = [.string(ip)] }
        if let affinity = flags.string("session-affinity"), !affinity.isEmpty {
            guard ["None", "ClientIP"].contains(affinity) else { throw .error("unknown session affinity: \(affinity)") }
            spec["sessionAffinity"] = .string(affinity)
        }
        if spec["type"].string == "LoadBalancer", let ip = flags.string("load-balancer-ip"), !ip.isEmpty {
            spec["loadBalancerIP"] = .string(ip)
        }
        var metadata: JSONValue = ["name": .string(name), "creationTimestamp": nil]
        if !labels.isEmpty { metadata["labels"] = .stringMap(labels) }
        service = KubeObject([
            "kind": "Service", "apiVersion": "v1", "metadata": metadata, "spec": spec,
            "status": ["loadBalancer": .emptyObject],
        ])
    }

    private static func port(name: String, proto: String, number: Int) -> JSONValue {
        var port: JSONValue = name.isEmpty ? [:] : ["name": .string(name)]
        port["protocol"] = .string(proto)
        port["port"] = .int(number)
        return port
    }

    /// The object's pod selector as `k=v,...` (`MapBasedSelectorForObject`).
    static func selector(of object: KubeObject, type: ResourceType) throws(KubectlFailure) -> String {
        switch type {
        case .pods:
            guard !object.labels.isEmpty else { throw KubectlFailure("the pod has no labels and cannot be exposed") }
            return MapText.make(object.labels)
        case .services:
            guard !object[path: "spec.selector"].isNull else {
                throw KubectlFailure("the service has no pod selector set")
            }
            return MapText.make(object[path: "spec.selector"].stringMap)
        case .replicationControllers:
            return MapText.make(object[path: "spec.selector"].stringMap)
        default:
            let selector = object[path: "spec.selector"]
            let kind = type.singular
            guard !selector["matchLabels"].stringMap.isEmpty else {
                throw KubectlFailure("invalid \(kind): no selectors, therefore cannot be exposed")
            }
            if !selector["matchExpressions"].array.isEmpty {
                throw KubectlFailure("couldn't convert expressions - \"\(matchExpressionsText(selector))\" to map-based selector format")
            }
            return MapText.make(selector["matchLabels"].stringMap)
        }
    }

    /// `%+v` of `[]LabelSelectorRequirement`.
    private static func matchExpressionsText(_ selector: JSONValue) -> String {
        let items = selector["matchExpressions"].array.map { e in
            let values = e["values"].array.compactMap(\.string).joined(separator: " ")
            return "{Key:\(e["key"].string ?? "") Operator:\(e["operator"].string ?? "") Values:[\(values)]}"
        }
        return "[\(items.joined(separator: " "))]"
    }

    /// Container ports (or a Service's ports), first occurrence of each number (`PortsForObject`).
    static func ports(of object: KubeObject, type: ResourceType) -> [Int] {
        var seen = Set<Int>()
        return portEntries(of: object, type: type).compactMap { $0.number }.filter { seen.insert($0).inserted }
    }

    /// Protocols by port number (`MultiProtocolsForObject`), empty protocols counted as TCP.
    static func protocols(of object: KubeObject, type: ResourceType) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for entry in portEntries(of: object, type: type) {
            guard let number = entry.number else { continue }
            result[number, default: []].append(entry.proto)
        }
        return result
    }

    private static func portEntries(of object: KubeObject, type: ResourceType) -> [(number: Int?, proto: String)] {
        let entries: [JSONValue]
        switch type {
        case .services:
            entries = object[path: "spec.ports"].array.map { ["containerPort": $0["port"], "protocol": $0["protocol"]] }
        case .pods:
            entries = object[path: "spec.containers"].array.flatMap { $0["ports"].array }
        default:
            entries = object[path: "spec.template.spec.containers"].array.flatMap { $0["ports"].array }
        }
        return entries.map { ($0["containerPort"].int, $0["protocol"].string.flatMap { $0.isEmpty ? nil : $0 } ?? "TCP") }
    }
}

/// `k=v,k2=v2` label text as expose writes and reads it.
enum MapText {
    static func make(_ map: [String: String]) -> String {
        map.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// `parseLabels`: each part exactly `key=value` with a non-empty key.
    static func parse(_ text: String) throws(KubectlFailure) -> [String: String] {
        guard !text.isEmpty else { throw .error("no label spec passed") }
        var map: [String: String] = [:]
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "=", omittingEmptySubsequences: false)
            guard pieces.count == 2 else { throw .error("unexpected label spec: \(part)") }
            guard !pieces[0].isEmpty else { throw .error("unexpected empty label key") }
            map[String(pieces[0])] = String(pieces[1])
        }
        return map
    }
}
