import Cluster

/// The order of the environment a program is handed, which `env` and `printenv` list as it is.
///
/// A process the container runtime (or `env`) started directly keeps the order it was given
/// (`environOrder`). A program a shell starts gets the shell's exported variables in the order
/// of the shell's variable table: bash walks 1,024 buckets by the FNV-1 hash of each name, and
/// then adds `_`, the path of the program it runs. Prefix assignments come first (the command's,
/// then those of the function running it), each from a table of 4 buckets, the latest set first
/// in a bucket; dash and busybox ash walk 39 buckets (`ShellVariableTable`), hashed
/// by the first byte times 16 plus the sum of the name's bytes. Names sharing a bucket, which
/// the shells keep in the order they were set, are listed by name (PATH, a variable dash and ash
/// define themselves, first).
extension ShellSession {
    /// The environment of `program` started now, in its order.
    func environ(startingProgram program: String) -> [(name: String, value: String)] {
        let environment = childEnvironment
        if let order = environOrder {
            let known = Set(order)
            let rest = environment.keys.filter { !known.contains($0) }.sorted(by: codePointOrder)
            return (order + rest).compactMap { name in environment[name].map { (name, $0) } }
        }
        var names = environment.keys.sorted(by: codePointOrder)
        switch flavour {
        case .bash:
            names.removeAll { $0 == "_" }
            let temporary = temporaryEnvironment.reversed().reduce(into: [String]()) { listed, frame in
                var names: [String] = []
                for name in frame where !names.contains(name) && !listed.contains(name) && environment[name] != nil {
                    names.append(name)
                }
                listed += Self.stableSorted(names.reversed()) { Int(BashHashTable.hash($0) & 3) }
            }
            names = temporary + Self.stableSorted(names.filter { !temporary.contains($0) }) {
                Int(BashHashTable.hash($0) & 1023)
            }
            let path = program.contains("/") ? program : programPath(program) ?? program
            return names.map { ($0, environment[$0] ?? "") } + [("_", path)]
        case .ash, .dash:
            return ShellVariableTable.ashOrder(names).map { ($0, environment[$0] ?? "") }
        }
    }

    private static func stableSorted(_ names: [String], by bucket: (String) -> Int) -> [String] {
        names.enumerated().map { (bucket($0.element), $0.offset, $0.element) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
    }
}
