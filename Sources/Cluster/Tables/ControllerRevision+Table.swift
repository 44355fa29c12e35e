import KubeAPI

extension ServerTables {
    /// printers.go `printControllerRevision`: the controller as `kind.group/name` and the revision number.
    enum ControllerRevision: TableHandler {
        static let columns: [Table.Column] = [
            .name,
            .text("Controller", "Controller of the object"),
            .field("Revision", "ControllerRevision", "revision"),
            .age,
        ]

        static func cells(of revision: KubeObject, now: Timestamp) -> [Table.Cell] {
            [
                .string(revision.name), .string(controller(of: revision)), TableCells.int(revision.value["revision"]),
                TableCells.age(revision, now: now),
            ]
        }

        /// `formatResourceName` with the kind: `daemonset.apps/kube-proxy`, or `<none>`.
        static func controller(of revision: KubeObject) -> String {
            guard let reference = revision.controllerReference else { return "<none>" }
            let group = reference.apiVersion.split(separator: "/").dropLast().first.map { ".\($0)" } ?? ""
            return "\(reference.kind)\(group)".lowercased() + "/\(reference.name)"
        }
    }
}
