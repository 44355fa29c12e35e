import Cluster
import KubeAPI

/// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`: a Service labelled
/// and selecting `app=NAME`, one TCP port per `--tcp=port[:targetPort]`.
enum CreateService {
    static let flags: [FlagSpec] = [
        FlagSpec("tcp", nil, .stringArray), FlagSpec("clusterip"), FlagSpec("node-port", nil, .int),
        FlagSpec("external-name"),
    ]

    /// A type's command name, Service type and the flags only it takes.
    struct ServiceKind {
        var command: String
        var type: String
        var flags: [String]
    }


    static let types: [ServiceKind] = [
        ServiceKind(command: "clusterip", type: "ClusterIP", flags: ["tcp", "clusterip"]),
        ServiceKind(command: "nodeport", type: "NodePort", flags: ["tcp", "node-port"]),
        ServiceKind(command: "loadbalancer", type: "LoadBalancer", flags: ["tcp"]),
        ServiceKind(command: "externalname", type: "ExternalName", flags: ["tcp", "external-name"]),
    ]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        try Create.dispatch(
            context, arguments, command: "create service", help: KubectlHelp.createService, kinds: types.map(\.command)
        ) { kind, rest throws(KubectlFailure) in
            guard let entry = types.first(where: { $0.command == kind }) else { return 1 }
            return try create(entry, context: context, arguments: rest)
        }
    }

    private static func create(
        _ entry: ServiceKind, context: VerbContext, arguments: [String]
    ) throws(KubectlFailure) -> Int32 {
        let command = "create service \(entry.command)"
        try Create.checkFlags(context.flags, allowed: flags.filter { entry.flags.contains($0.long) }, command: command)
        // cobra checks the required flag before the command looks at its arguments.
        if entry.type == "ExternalName", !context.flags.isSet("external-name") {
            throw .error("required flag(s) \"external-name\" not set")
        }
        let name = try Create.name(arguments, flags: context.flags, command: command)
        let flags = context.flags
        let clusterIP = flags.string("clusterip") ?? ""
        let tcp = Create.slice(flags, "tcp")
        let externalName = flags.string("external-name") ?? ""
        if clusterIP == "None" && entry.type != "ClusterIP" {
            throw .error("ClusterIP=None can only be used with ClusterIP service type")
        }
        if clusterIP != "None" && tcp.isEmpty && entry.type != "ExternalName" {
            throw .error("at least one tcp port specifier must be provided")
        }
        if entry.type == "ExternalName", !NameValidation.subdomain(externalName).isEmpty {
            throw .error("invalid service external name \(externalName)")
        }
        let nodePort = flags.string("node-port").flatMap { Int($0) } ?? 0
        var ports: [JSONValue] = []
        for spec in tcp {
            let (port, target) = try parsePorts(spec)
            var entry: JSONValue = [
                "name": .string(String(spec.map { $0 == ":" ? "-" : $0 })), "protocol": "TCP", "port": .int(port),
                "targetPort": target,
            ]
            if nodePort != 0 { entry["nodePort"] = .int(nodePort) }
            ports.append(entry)
        }
        let app: JSONValue = ["app": .string(name)]
        var spec: JSONValue = ports.isEmpty ? [:] : ["ports": .array(ports)]
        spec["selector"] = app
        if !clusterIP.isEmpty { spec["clusterIP"] = .string(clusterIP) }
        spec["type"] = .string(entry.type)
        if !externalName.isEmpty { spec["externalName"] = .string(externalName) }
        let service = KubeObject([
            "kind": "Service", "apiVersion": "v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil, "labels": app],
            "spec": spec, "status": ["loadBalancer": .emptyObject],
        ])
        return try ObjectOutput.create(service, type: .services, context: context, saveConfig: .never) { error in
            .error("failed to create \(entry.type) service: \(error.message)")
        }
    }

    /// `port[:targetPort]`: the port as `utilsnet.ParsePort` reads it, the target as a number or a port name.
    static func parsePorts(_ text: String) throws(KubectlFailure) -> (Int, JSONValue) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let port = UInt64(parts[0]) else {
            throw .error("strconv.ParseUint: parsing \(GoSyntax.quoted(parts[0])): invalid syntax")
        }
        guard port <= 65535 else {
            throw .error("strconv.ParseUint: parsing \(GoSyntax.quoted(parts[0])): value out of range")
        }
        guard parts.count > 1 else { return (Int(port), .int(Int(port))) }
        if let target = Int(parts[1]) {
            guard (1...65535).contains(target) else { throw .error("must be between 1 and 65535, inclusive") }
            return (Int(port), .int(target))
        }
        let problems = NameValidation.portName(parts[1])
        guard problems.isEmpty else { throw .error(problems.joined(separator: ",")) }
        return (Int(port), .string(parts[1]))
    }
}
