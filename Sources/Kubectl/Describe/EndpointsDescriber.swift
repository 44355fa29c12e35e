import Cluster
import KubeAPI

/// `describeEndpoints`: each subset's ready and not-ready addresses and its ports.
enum EndpointsDescriber {
    static func describe(_ endpoints: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.header(endpoints)
        w.write(0, "Subsets:\n")
        for subset in endpoints.value["subsets"].array {
            let ready = subset["addresses"].array.map { $0["ip"].text }.joined(separator: ",")
            let notReady = subset["notReadyAddresses"].array.map { $0["ip"].text }.joined(separator: ",")
            w.field(1, "Addresses", ready.isEmpty ? "<none>" : ready)
            w.field(1, "NotReadyAddresses", notReady.isEmpty ? "<none>" : notReady)
            let ports = subset["ports"].array
            if !ports.isEmpty {
                w.write(1, "Ports:\n")
                w.write(2, "Name\tPort\tProtocol\n")
                w.write(2, "----\t----\t--------\n")
                for port in ports {
                    let name = port["name"].text.isEmpty ? "<unset>" : port["name"].text
                    w.write(2, "\(name)\t\(port["port"].int ?? 0)\t\(port["protocol"].text)\n")
                }
            }
            w.write(0, "\n")
        }
        w.events(context.events(for: endpoints), context: context)
        return w.finish()
    }
}
