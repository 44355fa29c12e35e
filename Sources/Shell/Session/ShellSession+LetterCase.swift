/// `declare -l` and `declare -u`: variables whose every assignment is turned to lower or upper
/// case, a character at a time as bash's `towlower`/`towupper` turn them.
extension ShellSession {
    /// `value` as `name` stores it: lowered with `-l`, raised with `-u`, else as it is.
    func cased(_ name: String, _ value: String) -> String {
        guard let given = attributes[name], given.contains("l") || given.contains("u") else { return value }
        let upper = given.contains("u")
        var result = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            let mapped = upper ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping
            // A character whose mapping is more than one (`ß` to `SS`) stays, as `towupper` leaves it.
            let single = mapped.unicodeScalars.count == 1 ? mapped.unicodeScalars.first : nil
            result.append(single ?? scalar)
        }
        return String(result)
    }

    /// Sets the scalar `name`, in the case its attributes ask for.
    func setVariable(_ name: String, _ value: String) {
        let name = referencedName(name)
        environment[name] = cased(name, value)
    }
}
