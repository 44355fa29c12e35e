/// A server-side table (`meta.k8s.io/v1 Table`): what the apiserver returns for human-readable `get`.
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public var rows: [Row]
    /// Whether no rows encode as `"rows":null`: the apiserver's default table convertor appends
    /// its rows to a nil slice, where printers.go's list printers make an empty one (`[]`).
    public var rowsNullWhenEmpty: Bool

    public init(columns: [Column], rows: [Row] = [], rowsNullWhenEmpty: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.rowsNullWhenEmpty = rowsNullWhenEmpty
    }

    /// A column definition; `priority` 0 is always shown, 1 only with `-o wide`.
    public struct Column: Sendable, Equatable {
        public var name: String
        /// The OpenAPI type of its cells: `string`, `integer`, `boolean`, `date`.
        public var type: String
        /// `name` for a column that names the object, else empty.
        public var format: String
        public var priority: Int
        public var description: Description

        public init(
            _ name: String, type: String = "string", format: String = "", priority: Int = 0,
            about description: Description = .text("")
        ) {
            self.name = name
            self.type = type
            self.format = format
            self.priority = priority
            self.description = description
        }
    }

    /// What a column definition says its column shows: words of its own, or the documentation
    /// of a field in the published schema (printers.go's `SwaggerDoc()[field]`).
    public enum Description: Sendable, Equatable {
        case text(String)
        /// The field `field` of the schema type `type` (`PodStatus`, `podIP`).
        case field(_ type: String, _ field: String)
    }

    /// One object's cells, in column order, with the object they describe.
    public struct Row: Sendable, Equatable {
        public var cells: [Cell]
        public var object: KubeObject
        /// The row's conditions (a finished pod's `Completed`), as the apiserver marks them.
        public var conditions: [Condition]
        public init(cells: [Cell], object: KubeObject, conditions: [Condition] = []) {
            self.cells = cells
            self.object = object
            self.conditions = conditions
        }
    }

    /// A row condition (`metav1.TableRowCondition`).
    public struct Condition: Sendable, Equatable {
        public var type: String
        public var status: String
        public var reason: String
        public var message: String
        public init(type: String, status: String, reason: String, message: String) {
            self.type = type
            self.status = status
            self.reason = reason
            self.message = message
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
