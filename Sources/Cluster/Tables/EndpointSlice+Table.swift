import KubeAPI

extension ServerTables {
    /// printers.go `printEndpointSlice`: address type, up to three ports and three addresses.
    enum EndpointSlice: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("AddressType", "EndpointSlice", "addressType"),
            .field("Ports", "EndpointSlice", "ports"),
            .field("Endpoints", "EndpointSlice", "endpoints"),
            .age,
        ]

        static func cells(of slice: KubeObject, now: Timestamp) -> [Table.Cell] {
            let ports = slice[path: "ports"].array.map { port in
                port["port"].int.map(String.init) ?? port["name"].string ?? "*"
            }
            let addresses = slice[path: "endpoints"].array.flatMap { $0["addresses"].array.compactMap(\.string) }
            return [
                .string(slice.name), .string(slice[path: "addressType"].string ?? ""),
                .string(TableCells.listWithMore(ports, max: 3)), .string(TableCells.listWithMore(addresses, max: 3)),
                TableCells.age(slice, now: now),
            ]
        }
    }
}
