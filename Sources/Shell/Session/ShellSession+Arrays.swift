/// Indexed arrays (`a=(x y)`, `a[3]=z`, `read -a`, `BASH_REMATCH`), kept apart from scalar
/// variables; like bash's they may have gaps.
extension ShellSession {
    /// Makes `name` an array holding `values` from index 0, replacing any scalar of that name.
    func setArray(_ name: String, _ values: [String]) {
        environment[name] = nil
        arrays[name] = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.offset, $0.element) })
    }

    /// Whether `name` is an array, or declared one (`declare -a NAME`) with no value yet.
    func isArray(_ name: String) -> Bool { arrays[name] != nil || attributes[name]?.contains("a") == true }

    /// Sets `name` from the elements of `NAME=(...)`: a keyed one at its index (an arithmetic
    /// expression), the others each at the index after the one before; `appends` (`+=`) keeps
    /// the elements there were.
    func assignArray(_ name: String, _ items: [ArrayItem], appends: Bool) throws(ArithmeticError) {
        guard !isAssociative(name) else { return assignAssociative(name, items, appends: appends) }
        var values = appends ? arrays[name] ?? environment[name].map { [0: $0] } ?? [:] : [:]
        var next = (values.keys.max() ?? -1) + 1
        for item in items {
            let index =
                try item.key.map { (key) throws(ArithmeticError) in Int(clamping: try arithmeticValue(key)) } ?? next
            guard index >= 0, index <= Int(Int32.max) else { continue }
            let value = attributes[name]?.contains("i") == true ? try integerValue(item.value) : item.value
            values[index] = cased(name, value)
            next = index + 1
        }
        environment[name] = nil
        arrays[name] = values
    }

    /// Sets one element; a scalar of that name becomes element 0 first.
    func setElement(_ name: String, _ index: Int64, _ value: String) {
        var values = arrays[name] ?? environment[name].map { [0: $0] } ?? [:]
        let position = index < 0 ? Int64((values.keys.max() ?? -1) + 1) + index : index
        guard position >= 0, position <= Int64(Int32.max) else { return }
        values[Int(position)] = cased(name, value)
        environment[name] = nil
        arrays[name] = values
    }

    /// The element at `index` (negative counts back from the highest index), or nil when unset.
    func element(_ name: String, _ index: Int64) -> String? {
        guard let values = arrays[name] else { return index == 0 || index == -1 ? environment[name] : nil }
        let position = index < 0 ? Int64((values.keys.max() ?? -1) + 1) + index : index
        guard position >= 0, position <= Int64(Int32.max) else { return nil }
        return values[Int(position)]
    }

    /// The indices set, in order, as `${!NAME[@]}` gives them; a scalar has index 0.
    func indices(_ name: String) -> [String] {
        if let table = associative[name] { return table.keys }
        guard let values = arrays[name] else { return environment[name] == nil ? [] : ["0"] }
        return values.keys.sorted().map(String.init)
    }

    /// Every element in index order; a scalar is a one-element array.
    func elements(_ name: String) -> [String] {
        if let table = associative[name] { return table.keys.compactMap { table[$0] } }
        guard let values = arrays[name] else { return environment[name].map { [$0] } ?? [] }
        return values.keys.sorted().compactMap { values[$0] }
    }
}

extension ShellSession {
    /// What `$NAME` gives: a variable, an array's element 0, or a fresh `$RANDOM`.
    func value(of name: String) -> String? {
        let name = referencedName(name)
        if name == "RANDOM", dialect.randomVariable { return String(nextRandom()) }
        return environment[name] ?? arrays[name]?[0] ?? associative[name]?["0"] ?? shellVariable(name)
    }
}

extension ShellSession {
    /// The names of the variables set that start with `prefix`, sorted, as `${!PREFIX@}` lists them.
    func variableNames(startingWith prefix: String) -> [String] {
        Set(environment.keys).union(arrays.keys).union(associative.keys).filter { $0.hasPrefix(prefix) }
            .sorted(by: codePointOrder)
    }
}
