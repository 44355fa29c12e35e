import KubeAPI

extension ServerTables {
    /// printers.go `printComponentStatus`: the first Healthy condition as `Healthy`/`Unhealthy`, else `Unknown`.
    enum ComponentStatus: TableHandler {
        static let columns = [
            Table.Column("Name"), Table.Column("Status"), Table.Column("Message"), Table.Column("Error"),
        ]

        static func cells(of component: KubeObject, now: Timestamp) -> [Table.Cell] {
            guard let healthy = component[path: "conditions"].array.first(where: { $0["type"] == "Healthy" }) else {
                return [.string(component.name), "Unknown", "", ""]
            }
            return [
                .string(component.name), .string(healthy["status"] == "True" ? "Healthy" : "Unhealthy"),
                .string(healthy["message"].string ?? ""), .string(healthy["error"].string ?? ""),
            ]
        }
    }
}
