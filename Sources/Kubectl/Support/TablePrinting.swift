import KubeAPI

/// How `get` hands its results to the table printers.
enum TablePrinting {
    static func render(_ groups: [(ResourceType, Table)], options: TablePrintOptions) -> String {
        HumanReadablePrinter.render(groups.map { TableGroup(type: $0.0, table: $0.1) }, options: options)
    }

    static func customColumns(_ spec: String, objects: [KubeObject], noHeaders: Bool) throws(KubectlFailure) -> String {
        do {
            return try CustomColumnsPrinter(spec: spec, noHeaders: noHeaders).render(objects)
        } catch {
            throw .error(error.message)
        }
    }
}
