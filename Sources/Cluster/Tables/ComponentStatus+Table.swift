import KubeAPI

extension ServerTables {
    /// printers.go `printComponentStatus`: the first Healthy condition as `Healthy`/`Unhealthy`, else `Unknown`.
    enum ComponentStatus: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Status", "Status of the component conditions"),
            .text("Message", "Message of the component conditions"),
            .text("Error", "Error of the component conditions"),
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
