/// The order in which dash and busybox ash hand their exported variables to a program they start:
/// they walk their variable table's 39 buckets (`VTABSIZE`), a name's bucket being its first
/// byte times 16 plus the sum of its bytes (`hashvar`). Names sharing a bucket, which the shells
/// keep in the order they were set, are listed by name, PATH (a variable both define themselves) first.
public enum ShellVariableTable {
    /// `names` in the order dash and ash list them.
    public static func ashOrder(_ names: [String]) -> [String] {
        let sorted = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let pathFirst = sorted.filter { $0 == "PATH" } + sorted.filter { $0 != "PATH" }
        return pathFirst.enumerated().map { (bucket($0.element), $0.offset, $0.element) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
    }

    /// dash's and busybox ash's `hashvar`, modulo their `VTABSIZE` of 39.
    public static func bucket(_ name: String) -> Int {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { return 0 }
        return ((Int(first) << 4) + bytes.reduce(0) { $0 + Int($1) }) % 39
    }
}
