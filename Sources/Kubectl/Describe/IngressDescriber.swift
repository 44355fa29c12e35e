import Cluster
import KubeAPI

/// `describeIngressV1`: address, class, default backend, TLS, and each rule's paths with the
/// endpoints of the service behind them.
enum IngressDescriber {
    static func describe(_ ingress: KubeObject, _ context: DescribeContext) -> String {
        let spec = ingress.value["spec"]
        var w = DescribeWriter()
        w.field(0, "Name", ingress.name)
        w.labels("Labels", ingress.labels)
        w.field(0, "Namespace", ingress.namespace ?? "")
        w.field(0, "Address", TableCells.loadBalancer(ingress.value["status"]["loadBalancer"], wide: true))
        w.field(0, "Ingress Class", spec["ingressClassName"].string ?? "<none>")
        let defaultBackend =
            spec["defaultBackend"].isNull ? "<default>" : backend(spec["defaultBackend"], ingress.namespace, context)
        w.field(0, "Default backend", defaultBackend)
        let tls = spec["tls"].array
        if !tls.isEmpty {
            w.write(0, "TLS:\n")
            for entry in tls {
                let hosts = entry["hosts"].array.map(\.text).joined(separator: ",")
                let secret = entry["secretName"].text
                w.write(1, secret.isEmpty ? "SNI routes \(hosts)\n" : "\(secret) terminates \(hosts)\n")
            }
        }
        w.write(0, "Rules:\n  Host\tPath\tBackends\n")
        w.write(1, "----\t----\t--------\n")
        let rules = spec["rules"].array.filter { !$0["http"].isNull }
        for rule in rules {
            w.write(1, "\(rule["host"].text.isEmpty ? "*" : rule["host"].text)\t\n")
            for path in rule["http"]["paths"].array {
                w.write(2, "\t\(path["path"].text) \t\(backend(path["backend"], ingress.namespace, context))\n")
            }
        }
        if rules.isEmpty { w.write(1, "*\t*\t\(defaultBackend)\n") }
        w.annotations("Annotations", ingress.annotations)
        w.events(context.events(for: ingress), context: context)
        return w.finish()
    }

    /// `service:port (endpoints)`, or a resource backend's group, kind and name.
    private static func backend(_ backend: JSONValue, _ namespace: String?, _ context: DescribeContext) -> String {
        let service = backend["service"]
        guard !service.isNull else {
            let resource = backend["resource"]
            guard !resource.isNull else { return "" }
            return "APIGroup: \(resource["apiGroup"].string ?? "<none>"), Kind: \(resource["kind"].text), "
                + "Name: \(resource["name"].text)"
        }
        let number = service["port"]["number"].int ?? 0
        let portName = service["port"]["name"].text
        let label = "\(service["name"].text):\(number != 0 ? "\(number)" : portName)"
        let found: KubeObject
        do {
            found = try context.source.get(.services, namespace: namespace, name: service["name"].text)
        } catch {
            return "\(label) (<error: \(error.message)>)"
        }
        var name = ""
        for port in found.value["spec"]["ports"].array {
            if number != 0 && port["port"].int == number || !portName.isEmpty && port["name"].text == portName {
                name = port["name"].text
            }
        }
        let slices = ServiceDescriber.endpointSlices(of: service["name"].text, namespace: namespace, context)
        return "\(label) (\(ServiceDescriber.endpointsText(slices, portName: name)))"
    }
}
