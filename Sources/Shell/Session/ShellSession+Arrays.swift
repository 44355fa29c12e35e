/// Indexed arrays (`a=(x y)`, `read -a`, `BASH_REMATCH`), kept apart from scalar variables.
extension ShellSession {
    /// Makes `name` an array holding `values` from index 0, replacing any scalar of that name.
    func setArray(_ name: String, _ values: [String]) {
        environment[name] = nil
        arrays[name] = values
    }

    /// The element at `index` (negative counts from the end), or nil when unset.
    func element(_ name: String, _ index: Int64) -> String? {
        guard let values = arrays[name] else { return index == 0 ? environment[name] : nil }
        let position = index < 0 ? Int64(values.count) + index : index
        guard position >= 0, position < values.count else { return nil }
        return values[Int(position)]
    }

    /// Every element, in order; a scalar is a one-element array.
    func elements(_ name: String) -> [String] {
        arrays[name] ?? environment[name].map { [$0] } ?? []
    }
}
