extension ShellExecutor {
    /// Runs a command line made only of assignments, left to right: `a=1 b=$a` sees the new `a`.
    /// `NAME=(WORDS)` makes an array, `NAME[INDEX]=value` sets one element, `+=` appends,
    /// `RANDOM=N` seeds.
    func assign(_ assignments: [Assignment]) throws(ExpansionError) {
        for assignment in assignments {
            let name = assignment.name
            if session.isReadonly(name) { throw .readonly(name) }
            if let words = assignment.elements {
                var values: [String] = []
                for word in words { values += try fields(of: word) }
                if assignment.appends {
                    let next = Int64((session.arrays[name]?.keys.max() ?? (session.environment[name] == nil ? -1 : 0)) + 1)
                    for (offset, value) in values.enumerated() { session.setElement(name, next + Int64(offset), value) }
                } else {
                    session.setArray(name, values)
                }
                continue
            }
            var value = try string(of: assignment.value)
            let index = try assignment.index.map { (text) throws(ExpansionError) in try arithmetic(text) }
            if assignment.appends { value = (session.element(name, index ?? 0) ?? "") + value }
            if let index {
                session.setElement(name, index, value)
            } else if name == "RANDOM" {
                session.seedRandom(value)
            } else if session.arrays[name] != nil {
                session.setElement(name, 0, value)
            } else {
                if session.attributes[name]?.contains("i") == true { value = String(try arithmetic(value)) }
                session.environment[name] = value
            }
        }
    }
}
