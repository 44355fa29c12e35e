import KubeAPI

/// The order the Endpoints and EndpointSlice controllers give ports.
///
/// Both sort by the MD5 of how apimachinery's `dump.ForHash` prints each port (`portsByHash`,
/// `portsInOrder`). So kube-dns
/// lists `dns-tcp, dns, metrics` in its Endpoints and `9153,53,53` in its slice.
enum EndpointPortOrder {
    /// Ports of a `v1.EndpointPort` (Endpoints), sorted.
    static func endpoints(_ ports: [JSONValue]) -> [JSONValue] {
        sorted(ports) { port in
            "(v1.EndpointPort){Name:(string)\(port["name"].string ?? "") Port:(int32)\(port["port"].int ?? 0)"
                + " Protocol:(v1.Protocol)\(port["protocol"].string ?? "") AppProtocol:\(pointer(port["appProtocol"]))}"
        }
    }

    /// Ports of a `discovery.EndpointPort` (EndpointSlice), sorted; every field is a pointer there.
    static func slice(_ ports: [JSONValue]) -> [JSONValue] {
        sorted(ports, by: sliceText)
    }

    static func sliceText(_ port: JSONValue) -> String {
        "(v1.EndpointPort){Name:(*string)\(port["name"].string ?? "") Protocol:(*v1.Protocol)\(port["protocol"].string ?? "")"
            + " Port:(*int32)\(port["port"].int ?? 0) AppProtocol:\(pointer(port["appProtocol"]))}"
    }

    private static func pointer(_ value: JSONValue) -> String { "(*string)" + (value.string ?? "<nil>") }

    private static func sorted(_ ports: [JSONValue], by text: (JSONValue) -> String) -> [JSONValue] {
        guard ports.count > 1 else { return ports }
        return ports.map { (hash: MD5.hex(text($0)), port: $0) }.sorted { $0.hash < $1.hash }.map(\.port)
    }
}
