import KubeAPI

extension HumanReadablePrinter {
    /// cli-runtime `decorateTable` + `printTable` for one table: the header, and each row's cells
    /// (namespace, kind prefix, label columns, priority filter) written straight to the tabwriter,
    /// so a table of 150,000 rows builds no array per row.
    struct RowLayout {
        let header: [String]
        private let withNamespace: Bool
        private let visible: [Int]
        private let nameColumn: Int?
        private let kindPrefix: String
        private let labelColumns: [String]
        private let showLabels: Bool

        init(_ columns: [Table.Column], of type: ResourceType, options: TablePrintOptions) {
            withNamespace = options.allNamespaces && type.namespaced
            nameColumn = options.showKind ? columns.firstIndex { $0.name.lowercased() == "name" } : nil
            kindPrefix = type.qualifiedKind + "/"
            visible = columns.indices.filter { options.wide || columns[$0].priority == 0 }
            labelColumns = options.labelColumns
            showLabels = options.showLabels

            var header: [String] = withNamespace ? ["NAMESPACE"] : []
            header += visible.map { columns[$0].name.uppercased() }
            header += labelColumns.map {
                ($0.split(separator: "/", omittingEmptySubsequences: false).last ?? "").uppercased()
            }
            if showLabels { header.append("LABELS") }
            self.header = header
        }

        /// Writes the cells of `row`; the caller ends the line.
        func write(_ row: Table.Row, into writer: inout TabWriter) {
            if withNamespace { writer.writeCell(row.object.namespace ?? "") }
            for index in visible {
                let text = index < row.cells.count ? HumanReadablePrinter.render(row.cells[index]) : ""
                writer.writeCell(index == nameColumn ? kindPrefix + text : text)
            }
            if !labelColumns.isEmpty || showLabels {
                let labels = row.object.labels
                for key in labelColumns { writer.writeCell(labels[key] ?? "") }
                if showLabels { writer.writeCell(HumanReadablePrinter.formatLabels(labels)) }
            }
        }
    }
}
