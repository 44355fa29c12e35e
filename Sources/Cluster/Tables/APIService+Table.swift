import KubeAPI

extension ServerTables {
    /// The aggregator's own table for APIServices: SERVICE is `Local` or the backing
    /// `namespace/name`, AVAILABLE the condition's status with its reason when not True.
    enum APIService: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Service", "The reference to the service that hosts this API endpoint."),
            .text("Available", "Whether this service is available."),
            .age,
        ]

        static func cells(of apiService: KubeObject, now: Timestamp) -> [Table.Cell] {
            let reference = apiService[path: "spec.service"]
            let service = reference.isNull
                ? "Local" : "\(reference["namespace"].string ?? "")/\(reference["name"].string ?? "")"
            let available: String
            if let condition = apiService[path: "status.conditions"].array.first(where: { $0["type"] == "Available" }) {
                let status = condition["status"].string ?? ""
                available = status == "True" ? status : "\(status) (\(condition["reason"].string ?? ""))"
            } else {
                available = "Unknown"
            }
            return [.string(apiService.name), .string(service), .string(available), TableCells.age(apiService, now: now)]
        }
    }
}
