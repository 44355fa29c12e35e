extension ShellExecutor {
    /// Runs a command line made only of assignments, left to right: `a=1 b=$a` sees the new `a`.
    /// `NAME=(WORDS)` makes an array, `NAME[INDEX]=value` sets one element, `RANDOM=N` seeds.
    func assign(_ assignments: [Assignment]) throws(ExpansionError) {
        for assignment in assignments {
            if let words = assignment.elements {
                var values: [String] = []
                for word in words { values += try fields(of: word) }
                session.setArray(assignment.name, values)
                continue
            }
            let value = try string(of: assignment.value)
            if let index = assignment.index {
                session.setElement(assignment.name, try arithmetic(index), value)
            } else if assignment.name == "RANDOM" {
                session.seedRandom(value)
            } else if session.arrays[assignment.name] != nil {
                session.setElement(assignment.name, 0, value)
            } else {
                session.environment[assignment.name] = value
            }
        }
    }
}
