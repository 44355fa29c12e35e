/// An awk value: a number, a string, or a string from input that compares as a number when it looks like one.
enum AwkValue {
    case uninitialized
    case number(Double)
    case string(String)
    /// Input data (fields, `getline`, `-v`, `split` pieces): a "strnum".
    case strnum(String)

    static let zero = AwkValue.number(0)
    static let one = AwkValue.number(1)

    var number: Double {
        switch self {
        case .uninitialized: 0
        case .number(let n): n
        case .string(let s), .strnum(let s): Self.leadingNumber(s)
        }
    }

    /// The value as a string, numbers converted with CONVFMT (integers print as integers).
    func string(_ format: String = "%.6g") -> String {
        switch self {
        case .uninitialized: ""
        case .number(let n): Self.format(n, format)
        case .string(let s), .strnum(let s): s
        }
    }

    var truth: Bool {
        switch self {
        case .uninitialized: false
        case .number(let n): n != 0
        case .string(let s): !s.isEmpty
        case .strnum(let s): Self.looksNumeric(s) ? Self.leadingNumber(s) != 0 : !s.isEmpty
        }
    }

    /// Whether the value compares as a number.
    var isNumeric: Bool {
        switch self {
        case .uninitialized, .number: true
        case .string: false
        case .strnum(let s): Self.looksNumeric(s)
        }
    }

    static func format(_ n: Double, _ format: String) -> String {
        if n.isNaN { return n.sign == .minus ? "-nan" : "+nan" }
        if n.isInfinite { return n < 0 ? "-inf" : "+inf" }
        if n == n.rounded(), abs(n) < 1e16 { return String(Int64(n)) }
        return PrintfFormatter.cFormat(format, n)
    }

    /// The number at the start of a string, as `strtod` reads it; 0 when there is none.
    static func leadingNumber(_ text: String) -> Double {
        let scalars = Array(text.utf8)
        var i = 0
        while i < scalars.count, scalars[i] == 32 || scalars[i] == 9 || scalars[i] == 10 { i += 1 }
        let start = i
        if i < scalars.count, scalars[i] == 43 || scalars[i] == 45 { i += 1 }
        var digits = 0
        while i < scalars.count, (48...57).contains(scalars[i]) {
            i += 1
            digits += 1
        }
        if i < scalars.count, scalars[i] == 46 {
            i += 1
            while i < scalars.count, (48...57).contains(scalars[i]) {
                i += 1
                digits += 1
            }
        }
        guard digits > 0 else { return 0 }
        var end = i
        if i < scalars.count, scalars[i] == 101 || scalars[i] == 69 {
            var j = i + 1
            if j < scalars.count, scalars[j] == 43 || scalars[j] == 45 { j += 1 }
            if j < scalars.count, (48...57).contains(scalars[j]) {
                while j < scalars.count, (48...57).contains(scalars[j]) { j += 1 }
                end = j
            }
        }
        return Double(String(decoding: scalars[start..<end], as: UTF8.self)) ?? 0
    }

    /// Whether the whole string (blanks aside) is a number.
    static func looksNumeric(_ text: String) -> Bool {
        let trimmed = text.utf8.drop { $0 == 32 || $0 == 9 || $0 == 10 }.reversed().drop {
            $0 == 32 || $0 == 9 || $0 == 10
        }
        let body = String(decoding: trimmed.reversed(), as: UTF8.self)
        guard !body.isEmpty, let first = body.utf8.first, first != 43 || body.count > 1 else { return false }
        guard body.utf8.allSatisfy({ (48...57).contains($0) || [43, 45, 46, 101, 69].contains($0) }) else {
            return false
        }
        return Double(body) != nil
    }
}

/// An awk associative array, iterated in insertion order.
final class AwkArray {
    private(set) var keys: [String] = []
    private var values: [String: AwkValue] = [:]

    var count: Int { values.count }

    subscript(key: String) -> AwkValue? { values[key] }

    func set(_ key: String, _ value: AwkValue) {
        if values.updateValue(value, forKey: key) == nil { keys.append(key) }
    }

    func contains(_ key: String) -> Bool { values[key] != nil }

    func remove(_ key: String) {
        guard values.removeValue(forKey: key) != nil else { return }
        keys.removeAll { $0 == key }
    }

    func removeAll() {
        keys = []
        values = [:]
    }
}

/// A variable's storage: a scalar or an array.
enum AwkCell {
    case scalar(AwkValue)
    case array(AwkArray)
}
