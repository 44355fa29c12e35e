import Cluster
import KubeAPI

/// `kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]] ... [--class=C]
/// [--annotation=k=v] [--default-backend=service:port]`: one rule per host, its paths in order;
/// a path ending in `*` is a Prefix path, any other Exact; `,tls` lists the host under a secret.
enum CreateIngress {
    static let flags: [FlagSpec] = [
        FlagSpec("class"), FlagSpec("rule", nil, .stringArray), FlagSpec("default-backend"),
        FlagSpec("annotation", nil, .stringArray),
    ]

    static func run(_ context: VerbContext, arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create ingress")
        let flags = context.flags
        let rules = flags.strings("rule")
        let annotations = flags.strings("annotation")
        let defaultBackend = flags.string("default-backend") ?? ""
        if defaultBackend.isEmpty && rules.isEmpty { throw .error(notEnoughInformation) }
        for rule in rules where !isValid(rule) {
            throw .error("rule \(rule) is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]")
        }
        for annotation in annotations where !annotation.contains("=") {
            throw .error("annotation \(annotation) is invalid and should be in format key=[value]")
        }
        if !defaultBackend.isEmpty && defaultBackend.split(separator: ":", omittingEmptySubsequences: false).count != 2 {
            throw .error("default-backend should be in format servicename:serviceport")
        }
        var metadata: JSONValue = ["name": .string(name), "creationTimestamp": nil]  // then annotations, as ObjectMeta
        if !annotations.isEmpty {
            var values: [String: String] = [:]
            for annotation in annotations {
                let parts = annotation.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                values[String(parts[0])] = String(parts[1])
            }
            metadata["annotations"] = .stringMap(values)
        }
        // Go's IngressSpec field order, which -o json keeps.
        var spec: JSONValue = [:]
        if let ingressClass = flags.string("class"), !ingressClass.isEmpty { spec["ingressClassName"] = .string(ingressClass) }
        if !defaultBackend.isEmpty { spec["defaultBackend"] = backend(defaultBackend) }
        let tls = tlsEntries(rules)
        if !tls.isEmpty { spec["tls"] = .array(tls) }
        let hostRules = ingressRules(rules)
        if !hostRules.isEmpty { spec["rules"] = .array(hostRules) }
        let ingress = KubeObject([
            "kind": "Ingress", "apiVersion": "networking.k8s.io/v1", "metadata": metadata, "spec": spec,
            "status": ["loadBalancer": [:]],
        ])
        return try ObjectOutput.create(ingress, type: .ingresses, context: context) { error in
            .error("failed to create ingress: \(error.message)")
        }
    }

    /// kubectl's rule pattern: `host` of word characters, `*`, `-` and `.`; a path from `/` up to
    /// `=`; `svcname:svcport` of word characters and `-`; then, optionally, `,tls`, `=` and a secret.
    static func isValid(_ rule: String) -> Bool {
        let word: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        var rest = Substring(rule)
        rest = rest.drop { word($0) || $0 == "*" || $0 == "." }
        guard rest.first == "/" else { return false }
        rest = rest.drop { $0 != "," && $0 != "=" && $0 != "\n" }
        guard rest.first == "=" else { return false }
        rest = rest.dropFirst()
        let service = rest.prefix(while: word)
        guard !service.isEmpty else { return false }
        rest = rest.dropFirst(service.count)
        guard rest.first == ":" else { return false }
        rest = rest.dropFirst()
        let port = rest.prefix(while: word)
        guard !port.isEmpty else { return false }
        rest = rest.dropFirst(port.count)
        guard !rest.isEmpty else { return true }
        guard rest.hasPrefix(",tls") else { return false }
        rest = rest.dropFirst(4)
        if rest.first == "=" { rest = rest.dropFirst() }
        return rest.allSatisfy(word)
    }

    /// `spec.tls`: each host once, grouped under its secret (an entry with neither is dropped).
    private static func tlsEntries(_ rules: [String]) -> [JSONValue] {
        var entries: [(hosts: [String], secret: String)] = []
        var seen: Set<String> = []
        for rule in rules {
            let pieces = rule.split(separator: ",", omittingEmptySubsequences: false)
            guard pieces.count == 2 else { continue }
            let host = String(rule.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0])
            let secretParts = pieces[1].split(separator: "=", omittingEmptySubsequences: false)
            let secret = secretParts.count > 1 ? String(secretParts[1]) : ""
            guard !seen.contains(host) else { continue }
            seen.insert(host)
            if let index = entries.firstIndex(where: { $0.secret == secret }) {
                entries[index].hosts.append(host)
                continue
            }
            let hosts = host.isEmpty ? [] : [host]
            if !secret.isEmpty || !hosts.isEmpty { entries.append((hosts, secret)) }
        }
        return entries.map { entry in
            var tls: JSONValue = [:]
            if !entry.hosts.isEmpty { tls["hosts"] = .array(entry.hosts.map(JSONValue.string)) }
            if !entry.secret.isEmpty { tls["secretName"] = .string(entry.secret) }
            return tls
        }
    }

    /// `spec.rules`: one per host, in the order hosts first appear, with their paths in order.
    private static func ingressRules(_ rules: [String]) -> [JSONValue] {
        var hosts: [String] = []
        var paths: [String: [JSONValue]] = [:]
        for rule in rules {
            let withoutTLS = rule.split(separator: ",", omittingEmptySubsequences: false)[0]
            let split = withoutTLS.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            let host = String(split[0])
            if paths[host] == nil { hosts.append(host) }
            paths[host, default: []].append(httpPath(String(split[1])))
        }
        return hosts.map { host in
            var rule: JSONValue = [:]
            if !host.isEmpty { rule["host"] = .string(host) }
            rule["http"] = ["paths": .array(paths[host] ?? [])]
            return rule
        }
    }

    private static func httpPath(_ pathAndService: String) -> JSONValue {
        let parts = pathAndService.split(separator: "=", omittingEmptySubsequences: false)
        var path = "/" + parts[0]
        var type = "Exact"
        if path.hasSuffix("*") {
            type = "Prefix"
            path.removeLast()
        }
        return ["path": .string(path), "pathType": .string(type), "backend": backend(String(parts[1]))]
    }

    /// `service:port`, the port a number when it reads as one (`intstr.Parse`), else a name.
    private static func backend(_ text: String) -> JSONValue {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let port: JSONValue = Int32(parts[1]).map { ["number": .int(Int($0))] } ?? ["name": .string(parts[1])]
        return ["service": ["name": .string(parts[0]), "port": port]]
    }

    static let notEnoughInformation =
        "not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)"
}
