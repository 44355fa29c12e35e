/// A server-side table (`meta.k8s.io/v1 Table`): what the apiserver returns for human-readable `get`.
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [Row]

    public init(columns: [Column], rows: [Row] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// A column definition; `priority` 0 is always shown, 1 only with `-o wide`.
    public struct Column: Sendable, Equatable {
        public var name: String
        public var priority: Int
        public init(_ name: String, priority: Int = 0) {
            self.name = name
            self.priority = priority
        }
    }

    /// One object's cells, in column order, with the object they describe.
    public struct Row: Sendable, Equatable {
        public var cells: [Cell]
        public var object: KubeObject
        public init(cells: [Cell], object: KubeObject) {
            self.cells = cells
            self.object = object
        }
    }

    /// A cell as the server sends it; kubectl renders each case its own way.
    public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case string(String)
        case int(Int)
        case bool(Bool)
        case none

        public init(stringLiteral value: String) { self = .string(value) }
        public init(integerLiteral value: Int) { self = .int(value) }
    }
}
