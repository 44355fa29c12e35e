extension ShellExecutor {
    /// Runs a command line made only of assignments, left to right: `a=1 b=$a` sees the new `a`.
    /// `NAME=(WORDS)` makes an array, `NAME[INDEX]=value` sets one element, `+=` appends,
    /// `RANDOM=N` seeds.
    func assign(_ assignments: [Assignment]) throws(ExpansionError) {
        for assignment in assignments {
            let name = session.referencedName(assignment.name)
            if session.isReadonly(name) { throw .readonly(name) }
            if let words = assignment.elements {
                let items = try arrayItems(words)
                do {
                    try session.assignArray(name, items, appends: assignment.appends)
                } catch {
                    throw .arithmetic(error.message)
                }
                continue
            }
            var value = try string(of: assignment.value)
            if session.isAssociative(name) {
                let key = try subscriptKey(assignment.index ?? "0")
                if assignment.appends { value = (session.associative[name]?[key] ?? "") + value }
                session.setAssociative(name, key, value)
                continue
            }
            let index = try assignment.index.map { (text) throws(ExpansionError) in try arithmetic(text) }
            if assignment.appends { value = (session.element(name, index ?? 0) ?? "") + value }
            // A value doubled in a loop (`x=$x$x`) would take all memory: the line stops instead.
            if value.utf8.count > ShellLimits.variableBytes { throw .parameter(ShellLimits.variableMessage(name)) }
            if let index {
                session.setElement(name, index, value)
            } else if name == "RANDOM", session.dialect.randomVariable {
                session.seedRandom(value)
            } else if session.isArray(name) {
                session.setElement(name, 0, value)
            } else {
                if session.attributes[name]?.contains("i") == true { value = String(try arithmetic(value)) }
                session.setVariable(name, value)
            }
        }
    }
}
