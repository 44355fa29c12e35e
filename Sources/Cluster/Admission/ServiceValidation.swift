import KubeAPI

/// The apiserver's checks on a Service's type and ports (`ValidateService`, in part).
extension Cluster {
    static let serviceTypes = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]

    /// Refuses an unknown type, an ExternalName without a name, or bad ports.
    func validateService(_ service: KubeObject) throws(APIError) {
        let type = service[path: "spec.type"].string ?? "ClusterIP"
        var causes: [InvalidDetails.Cause] = []
        if !Self.serviceTypes.contains(type) {
            causes.append(FieldError.notSupported("spec.type", type, Self.serviceTypes))
        }
        if type == "ExternalName", (service[path: "spec.externalName"].string ?? "").isEmpty {
            causes.append(FieldError.required("spec.externalName"))
        }
        causes += portCauses(service, type: type)
        guard causes.isEmpty else {
            throw .invalid(kind: "Service", group: "", name: service.name, causes: causes)
        }
    }

    /// `validateServicePort`: ports present (but for headless and ExternalName Services), named when
    /// several, numbers in range, known protocols.
    private func portCauses(_ service: KubeObject, type: String) -> [InvalidDetails.Cause] {
        let ports = service[path: "spec.ports"].array
        var causes: [InvalidDetails.Cause] = []
        if ports.isEmpty && type != "ExternalName" && service[path: "spec.clusterIP"].string != "None" {
            causes.append(FieldError.required("spec.ports"))
        }
        for (index, port) in ports.enumerated() {
            let path = "spec.ports[\(index)]"
            if ports.count > 1 && (port["name"].string ?? "").isEmpty { causes.append(FieldError.required("\(path).name")) }
            if let number = port["port"].int { causes += PortValidation.number(number, path: "\(path).port") }
            if let proto = port["protocol"].string, !["SCTP", "TCP", "UDP"].contains(proto) {
                causes.append(FieldError.notSupported("\(path).protocol", proto, ["SCTP", "TCP", "UDP"]))
            }
            // A target of 0 or "" is defaulted to the port before validation.
            let target = port["targetPort"]
            if target.int != 0 && target.string != "" { causes += PortValidation.numberOrName(target, path: "\(path).targetPort") }
        }
        return causes
    }

    /// A ClusterIP Service may not keep node ports (`ValidateService`); the allocator has already
    /// dropped those of a Service changed from a node-port type.
    func checkNodePortsAllowed(_ spec: JSONValue, service: String) throws(APIError) {
        guard (spec["type"].string ?? "ClusterIP") == "ClusterIP" else { return }
        let causes = spec["ports"].array.enumerated().compactMap { index, port in
            (port["nodePort"].int ?? 0) != 0
                ? FieldError.forbidden("spec.ports[\(index)].nodePort", "may not be used when `type` is 'ClusterIP'") : nil
        }
        guard causes.isEmpty else { throw .invalid(kind: "Service", group: "", name: service, causes: causes) }
    }
}
