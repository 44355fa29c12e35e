import KubeAPI

/// The server tables of one resource type, as `kubectl get` receives them.
public struct TableGroup: Sendable, Equatable {
    public var type: ResourceType
    public var table: Table

    public init(type: ResourceType, table: Table) {
        self.type = type
        self.table = table
    }
}

/// How `kubectl get` decorates and lays out server tables (its flags).
public struct TablePrintOptions: Sendable, Equatable {
    /// `-o wide`: keep priority-1 columns.
    public var wide: Bool
    /// `--no-headers`.
    public var noHeaders: Bool
    /// `-A`: a leading NAMESPACE column for namespaced kinds.
    public var allNamespaces: Bool
    /// `--show-kind`, or several kinds requested (`get all`, `get pods,svc`): NAME becomes `kind[.group]/name`.
    public var showKind: Bool
    /// `-L key`: one column per key, headed by the upper-cased last `/` segment.
    public var labelColumns: [String]
    /// `--show-labels`: a final LABELS column.
    public var showLabels: Bool

    public init(
        wide: Bool = false, noHeaders: Bool = false, allNamespaces: Bool = false, showKind: Bool = false,
        labelColumns: [String] = [], showLabels: Bool = false
    ) {
        self.wide = wide
        self.noHeaders = noHeaders
        self.allNamespaces = allNamespaces
        self.showKind = showKind
        self.labelColumns = labelColumns
        self.showLabels = showLabels
    }
}

/// kubectl's human-readable table printer (cli-runtime `HumanReadablePrinter` driven by `get`'s loop).
///
/// Each resource kind is laid out on its own (the tabwriter is flushed and its widths forgotten
/// between kinds); with headers on, one empty line precedes each kind that prints something after
/// the first. Feeding further tables of the same kind continues without a header and with
/// remembered widths, which is what `get -w` relies on.
public struct HumanReadablePrinter: Sendable {
    public var options: TablePrintOptions

    private var writer = TabWriter.forGet()
    private var lastType: ResourceType?
    private var lastColumns: [Table.Column]?
    /// Whether the header of `lastColumns` has been printed (a table without rows prints none).
    private var printedHeaders = false
    private var wroteSomething = false
    private var separatorPending = false

    public init(options: TablePrintOptions = TablePrintOptions()) { self.options = options }

    /// Everything `kubectl get` prints on stdout for these groups, in order; empty when no rows.
    ///
    /// Kind prefixes are added when `options.showKind` is set or the groups span several types.
    public static func render(_ groups: [TableGroup], options: TablePrintOptions = TablePrintOptions()) -> String {
        var options = options
        if Set(groups.map(\.type)).count > 1 { options.showKind = true }
        var printer = HumanReadablePrinter(options: options)
        var output = ""
        for group in groups { output += printer.print(group.table, of: group.type) }
        return output + printer.flush()
    }

    /// Writes `render(groups, options:)` to stdout.
    public static func print(
        _ groups: [TableGroup], options: TablePrintOptions = TablePrintOptions(), to streams: IOStreams
    ) {
        streams.out(render(groups, options: options))
    }

    /// Prints one table; returns whatever became final (the previous kind's block when the kind changes).
    ///
    /// `watchEvent` (`ADDED`, `MODIFIED`, `DELETED`, for `--output-watch-events`) prepends an EVENT
    /// column whose cells are padded to 8 characters, as kubectl formats them.
    public mutating func print(_ table: Table, of type: ResourceType, watchEvent: String? = nil) -> String {
        var output = ""
        if type != lastType {
            output = emit(writer.flush())
            writer.forgetWidths()
            if lastType != nil && !options.noHeaders && wroteSomething { separatorPending = true }
            lastType = type
            lastColumns = nil
        }
        // Headers only for the first table of a kind that has rows (cli-runtime's `printedHeaders`).
        if lastColumns != table.columns {
            lastColumns = table.columns
            printedHeaders = false
        }
        guard !table.rows.isEmpty else { return output }
        let layout = RowLayout(table.columns, of: type, options: options)
        let eventCell = watchEvent.map { Self.watchEventCells[$0] ?? $0 }
        if !options.noHeaders && !printedHeaders {
            writer.writeRow((eventCell == nil ? [] : ["EVENT"]) + layout.header)
        }
        printedHeaders = true
        for row in table.rows {
            if let eventCell { writer.writeCell(eventCell) }
            layout.write(row, into: &writer)
            writer.endRow()
        }
        return output
    }

    /// cli-runtime `formatEventType`.
    static let watchEventCells = [
        "ADDED": "ADDED   ", "MODIFIED": "MODIFIED", "DELETED": "DELETED ", "BOOKMARK": "BOOKMARK", "ERROR": "ERROR   ",
    ]

    /// Lays out what is buffered (keeping widths for later rows of the same kind) and returns it.
    public mutating func flush() -> String { emit(writer.flush()) }

    /// Whether anything has been printed so far (kubectl's `No resources found` test).
    public var hasPrinted: Bool { wroteSomething }

    private mutating func emit(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        wroteSomething = true
        if separatorPending {
            separatorPending = false
            return "\n" + text
        }
        return text
    }

    /// A cell as kubectl writes it: strings cut at the first line break (then `...`), ESC as `^[`.
    static func render(_ cell: Table.Cell) -> String {
        switch cell {
        case .string(let text):
            // Most cells hold no control character at all: hand them back as they are.
            guard anyByte(of: text, { $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0x1B }) else { return text }
            var scalars = text.unicodeScalars
            var suffix = ""
            if let cut = scalars.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" }) {
                scalars = String.UnicodeScalarView(scalars[..<cut])
                suffix = "..."
            }
            return escapeTerminal(String(scalars)) + suffix
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .none: return ""
        }
    }

    /// Whether any byte of `text` matches, read through its contiguous storage (a byte loop,
    /// several times cheaper than walking the UTF-8 view).
    @inline(__always)
    static func anyByte(of text: String, _ matches: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: matches) } ?? text.utf8.contains(where: matches)
    }

    /// cli-runtime `EscapeTerminal`: ESC becomes `^[`, CR becomes `\r`.
    static func escapeTerminal(_ text: String) -> String {
        guard anyByte(of: text, { $0 == 0x1B || $0 == UInt8(ascii: "\r") }) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{1B}": output += "^["
            case "\r": output += "\\r"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// `labels.FormatLabels`: `k=v,...` sorted by key, `<none>` when empty.
    static func formatLabels(_ labels: [String: String]) -> String {
        labels.isEmpty
            ? "<none>" : labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }
}
