/// A JSON value as jq holds it: every number a double, object keys in insertion order.
enum JQValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JQValue])
    case object(JQObject)

    /// jq's type names, as `type` and error messages show them.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    var truthy: Bool {
        switch self {
        case .null, .bool(false): false
        default: true
        }
    }

    /// jq's total order: null < false < true < numbers < strings < arrays < objects.
    static func compare(_ a: JQValue, _ b: JQValue) -> Int {
        func rank(_ v: JQValue) -> Int {
            switch v {
            case .null: 0
            case .bool(let b): b ? 2 : 1
            case .number: 3
            case .string: 4
            case .array: 5
            case .object: 6
            }
        }
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.string(let x), .string(let y)): return x == y ? 0 : codePointOrder(x, y) ? -1 : 1
        case (.array(let x), .array(let y)):
            for (p, q) in zip(x, y) {
                let c = compare(p, q)
                if c != 0 { return c }
            }
            return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
        case (.object(let x), .object(let y)):
            let keysX = x.keys.sorted(by: codePointOrder)
            let keysY = y.keys.sorted(by: codePointOrder)
            let c = compare(.array(keysX.map { .string($0) }), .array(keysY.map { .string($0) }))
            if c != 0 { return c }
            for key in keysX {
                let d = compare(x[key] ?? .null, y[key] ?? .null)
                if d != 0 { return d }
            }
            return 0
        default: return 0
        }
    }

    static func == (a: JQValue, b: JQValue) -> Bool { compare(a, b) == 0 }
}

/// A JSON object that remembers the order its keys were added in.
struct JQObject {
    private(set) var keys: [String] = []
    private var values: [String: JQValue] = [:]

    init() {}

    init(_ pairs: [(String, JQValue)]) {
        for (key, value) in pairs { self[key] = value }
    }

    var count: Int { keys.count }

    subscript(key: String) -> JQValue? {
        get { values[key] }
        set {
            if let newValue {
                if values.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if values.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    var pairs: [(key: String, value: JQValue)] { keys.map { ($0, values[$0] ?? .null) } }
}
