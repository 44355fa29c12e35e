import KubeAPI

extension ServerTables {
    /// printers.go `printConfigMap`: DATA counts `data` and `binaryData` keys.
    enum ConfigMap: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .field("Data", "ConfigMap", "data"),
            .age,
        ]

        static func cells(of configMap: KubeObject, now: Timestamp) -> [Table.Cell] {
            let keys = configMap[path: "data"].stringMap.count + configMap[path: "binaryData"].stringMap.count
            return [.string(configMap.name), .int(keys), TableCells.age(configMap, now: now)]
        }
    }
}
