import KubeAPI

/// The apiserver's port checks (`IsValidPortNum`, `IsValidPortName`, `ValidatePortNumOrName`):
/// a container's ports (`validateContainerPorts`) and the ports its probes reach.
enum PortValidation {
    typealias Cause = InvalidDetails.Cause

    static let range = "must be between 1 and 65535, inclusive"

    static func number(_ port: Int, path: String) -> [Cause] {
        (1...65535).contains(port) ? [] : [FieldError.invalid(path, String(port), range)]
    }

    /// `IsValidPortName`: at most 15 lower-case letters, digits and single inner hyphens, one a letter.
    static func nameProblems(_ name: String) -> [String] {
        var problems: [String] = []
        if name.utf8.count > 15 { problems.append("must be no more than 15 characters") }
        let lowerOrDigit = { (c: UInt8) in (0x61...0x7A).contains(c) || (0x30...0x39).contains(c) }
        if name.isEmpty || !name.utf8.allSatisfy({ lowerOrDigit($0) || $0 == UInt8(ascii: "-") }) {
            problems.append("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")
        }
        if !name.utf8.contains(where: { (0x61...0x7A).contains($0) }) { problems.append("must contain at least one letter (a-z)") }
        if name.contains("--") { problems.append("must not contain consecutive hyphens") }
        if name.hasPrefix("-") || name.hasSuffix("-") { problems.append("must not begin or end with a hyphen") }
        return problems
    }

    /// `ValidatePortNumOrName`: a number in range, or a valid name.
    static func numberOrName(_ port: JSONValue, path: String) -> [Cause] {
        if let name = port.string { return nameProblems(name).map { FieldError.invalid(path, GoSyntax.quoted(name), $0) } }
        if let value = port.int { return number(value, path: path) }
        return []
    }

    /// `validateContainerPorts`: names valid and unique, a container port required and in range,
    /// a host port (when set) in range, a known protocol.
    static func containerPorts(_ ports: [JSONValue], path: String) -> [Cause] {
        var causes: [Cause] = []
        var names: Set<String> = []
        for (index, port) in ports.enumerated() {
            let item = "\(path)[\(index)]"
            if let name = port["name"].string, !name.isEmpty {
                let problems = nameProblems(name)
                causes += problems.map { FieldError.invalid("\(item).name", GoSyntax.quoted(name), $0) }
                if problems.isEmpty, !names.insert(name).inserted { causes.append(FieldError.duplicate("\(item).name", name)) }
            }
            let containerPort = port["containerPort"].int ?? 0
            causes += containerPort == 0
                ? [FieldError.required("\(item).containerPort")] : number(containerPort, path: "\(item).containerPort")
            if let hostPort = port["hostPort"].int, hostPort != 0 { causes += number(hostPort, path: "\(item).hostPort") }
            if let proto = port["protocol"].string, !protocols.contains(proto) {
                causes.append(FieldError.notSupported("\(item).protocol", proto, protocols))
            }
        }
        return causes
    }

    /// The ports a container's liveness, readiness and startup probes reach.
    static func probePorts(_ container: JSONValue, path: String) -> [Cause] {
        var causes: [Cause] = []
        for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
            let handler = container[probe], at = "\(path).\(probe)"
            for action in ["httpGet", "tcpSocket"] where !handler[action].isNull {
                causes += numberOrName(handler[action]["port"], path: "\(at).\(action).port")
            }
            if let port = handler["grpc"]["port"].int { causes += number(port, path: "\(at).grpc.port") }
        }
        return causes
    }

    static let protocols = ["SCTP", "TCP", "UDP"]
}
