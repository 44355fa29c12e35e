import Cluster
import KubeAPI

/// `describeEndpointSliceV1`: address type, ports, and each endpoint with its conditions.
enum EndpointSliceDescriber {
    static func describe(_ slice: KubeObject, _ context: DescribeContext) -> String {
        let value = slice.value
        var w = DescribeWriter()
        w.header(slice)
        w.field(0, "AddressType", value["addressType"].text)
        let ports = value["ports"].array
        if ports.isEmpty {
            w.write(0, "Ports: <unset>\n")
        } else {
            w.write(0, "Ports:\n")
            w.write(1, "Name\tPort\tProtocol\n")
            w.write(1, "----\t----\t--------\n")
            for port in ports {
                let name = port["name"].text.isEmpty ? "<unset>" : port["name"].text
                w.write(1, "\(name)\t\(port["port"].int.map(String.init) ?? "<unset>")\t\(port["protocol"].text)\n")
            }
        }
        let endpoints = value["endpoints"].array
        if endpoints.isEmpty { w.write(0, "Endpoints: <none>\n") } else { w.write(0, "Endpoints:\n") }
        for endpoint in endpoints {
            let addresses = endpoint["addresses"].array.map(\.text).joined(separator: ", ")
            w.field(1, "- Addresses", addresses.isEmpty ? "<none>" : addresses)
            w.write(2, "Conditions:\n")
            w.field(
                3, "Ready", endpoint["conditions"]["ready"].isNull ? "<unset>" : endpoint["conditions"]["ready"].text)
            w.field(2, "Hostname", endpoint["hostname"].string ?? "<unset>")
            let target = endpoint["targetRef"]
            if !target.isNull { w.field(2, "TargetRef", "\(target["kind"].text)/\(target["name"].text)") }
            w.field(2, "NodeName", endpoint["nodeName"].string ?? "<unset>")
            w.field(2, "Zone", endpoint["zone"].string ?? "<unset>")
        }
        w.events(context.events(for: slice), context: context)
        return w.finish()
    }
}

/// `describePriorityClass`.
enum PriorityClassDescriber {
    static func describe(_ priorityClass: KubeObject, _ context: DescribeContext) -> String {
        let value = priorityClass.value
        var w = DescribeWriter()
        w.field(0, "Name", priorityClass.name)
        w.field(0, "Value", "\(value["value"].int ?? 0)")
        w.field(0, "GlobalDefault", value["globalDefault"].bool == true ? "true" : "false")
        w.field(0, "PreemptionPolicy", value["preemptionPolicy"].text)
        w.field(0, "Description", value["description"].text)
        w.field(0, "Annotations", TableCells.labels(priorityClass.metadata["annotations"]))
        w.events(context.events(for: priorityClass), context: context)
        return w.finish()
    }
}
