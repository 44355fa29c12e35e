/// Associative arrays (`declare -A`): string keys, listed in bash's hash order (`BashHashTable`).
extension ShellSession {
    /// Whether `name` is an associative array, or declared one with no element yet.
    func isAssociative(_ name: String) -> Bool {
        associative[name] != nil || attributes[name]?.contains("A") == true
    }

    /// Sets one element of the associative array `name`.
    func setAssociative(_ name: String, _ key: String, _ value: String) {
        var table = associative[name] ?? BashHashTable()
        if let scalar = environment.removeValue(forKey: name) { table.set("0", scalar) }
        table.set(key, cased(name, value))
        associative[name] = table
    }

    /// Sets `name` from the elements of `NAME=(...)`: `[KEY]=value` items, or, when the first
    /// has no key, the words taken as key and value in turn; `appends` keeps what was there.
    func assignAssociative(_ name: String, _ items: [ArrayItem], appends: Bool) {
        if !appends { associative[name] = BashHashTable() }
        if items.first?.key == nil {
            for start in stride(from: 0, to: items.count, by: 2) {
                let value = start + 1 < items.count ? items[start + 1].value : ""
                setAssociative(name, items[start].value, value)
            }
            return
        }
        for item in items {
            guard let key = item.key, !key.isEmpty else { continue }
            setAssociative(name, key, item.value)
        }
    }
}
