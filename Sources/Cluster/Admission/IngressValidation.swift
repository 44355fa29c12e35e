import KubeAPI

/// A new Ingress as the apiserver stores it (an empty `status.loadBalancer`), and the checks of
/// `ValidateIngressSpec` that catch the usual mistakes: a missing `pathType`, a relative path,
/// a backend without a service port, an IP address as host.
enum IngressValidation {
    static func applyDefaults(to ingress: KubeObject) -> KubeObject {
        var ingress = ingress
        if ingress[path: "status.loadBalancer"].isNull { ingress[path: "status.loadBalancer"] = .emptyObject }
        return ingress
    }

    static func validate(_ ingress: KubeObject) throws(APIError) {
        var causes: [FieldError.Cause] = []
        let spec = ingress.value["spec"]
        if !spec["defaultBackend"].isNull { causes += backend(spec["defaultBackend"], path: "spec.defaultBackend") }
        for (r, rule) in spec["rules"].array.enumerated() {
            let path = "spec.rules[\(r)]"
            if let host = rule["host"].string, !host.isEmpty {
                if IPv4(host) != nil {
                    causes.append(FieldError.invalid("\(path).host", GoSyntax.quoted(host), "must be a DNS name, not an IP address"))
                } else if !host.contains("*") {
                    for problem in NameValidation.subdomain(host) {
                        causes.append(FieldError.invalid("\(path).host", GoSyntax.quoted(host), problem))
                    }
                }
            }
            guard !rule["http"].isNull else { continue }
            let paths = rule["http"]["paths"].array
            if paths.isEmpty { causes.append(FieldError.required("\(path).http.paths")) }
            for (p, entry) in paths.enumerated() { causes += httpPath(entry, path: "\(path).http.paths[\(p)]") }
        }
        guard !causes.isEmpty else { return }
        throw .invalid(kind: "Ingress", group: "networking.k8s.io", name: ingress.name, causes: causes)
    }

    private static func httpPath(_ entry: JSONValue, path: String) -> [FieldError.Cause] {
        guard let type = entry["pathType"].string else {
            return [FieldError.required("\(path).pathType", "pathType must be specified")]
        }
        var causes: [FieldError.Cause] = []
        let text = entry["path"].string ?? ""
        switch type {
        case "Exact", "Prefix":
            if !text.hasPrefix("/") { causes.append(FieldError.invalid("\(path).path", GoSyntax.quoted(text), "must be an absolute path")) }
            if !text.isEmpty {
                for sequence in ["//", "/./", "/../", "%2f", "%2F"] where text.contains(sequence) {
                    causes.append(FieldError.invalid("\(path).path", GoSyntax.quoted(text), "must not contain '\(sequence)'"))
                }
                for suffix in ["/..", "/."] where text.hasSuffix(suffix) {
                    causes.append(FieldError.invalid("\(path).path", GoSyntax.quoted(text), "cannot end with '\(suffix)'"))
                }
            }
        case "ImplementationSpecific":
            if !text.isEmpty && !text.hasPrefix("/") {
                causes.append(FieldError.invalid("\(path).path", GoSyntax.quoted(text), "must be an absolute path"))
            }
        default:
            causes.append(FieldError.notSupported("\(path).pathType", type, ["Exact", "ImplementationSpecific", "Prefix"]))
        }
        return causes + backend(entry["backend"], path: "\(path).backend")
    }

    private static func backend(_ backend: JSONValue, path: String) -> [FieldError.Cause] {
        let service = backend["service"]
        switch (backend["resource"].isNull, service.isNull) {
        case (false, false): return [FieldError.invalid(path, "\"\"", "cannot set both resource and service backends")]
        case (false, true): return []
        case (true, true): return [FieldError.invalid(path, "\"\"", "resource or service backend is required")]
        case (true, false): break
        }
        var causes: [FieldError.Cause] = []
        let name = service["name"].string ?? ""
        if name.isEmpty { causes.append(FieldError.required("\(path).service.name")) }
        let portName = service["port"]["name"].string ?? ""
        let number = service["port"]["number"].int ?? 0
        if !portName.isEmpty && number != 0 {
            causes.append(FieldError.invalid(path, "\"\"", "cannot set both port name & port number"))
        } else if number != 0 && !(1...65535).contains(number) {
            causes += PortValidation.number(number, path: "\(path).service.port.number")
        } else if portName.isEmpty && number == 0 {
            causes.append(FieldError.required(path, "port name or number is required"))
        }
        return causes
    }
}
