/// `declare -l` and `declare -u`: variables whose every assignment is turned to lower or upper
/// case, a character at a time as bash's `towlower`/`towupper` turn them.
extension ShellSession {
    /// `value` as `name` stores it: lowered with `-l`, raised with `-u`, else as it is.
    func cased(_ name: String, _ value: String) -> String {
        guard let given = attributes[name], given.contains("l") || given.contains("u") else { return value }
        return Self.changedCase(value, upper: given.contains("u"))
    }

    /// Every character of `text` in upper or lower case (`${x^^}`, `${x@L}`).
    static func changedCase(_ text: String, upper: Bool) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { changedCase($0, upper: upper) }))
    }

    /// One character in upper or lower case; one whose mapping is more than one character
    /// (`ß` to `SS`) stays, as `towupper` leaves it.
    static func changedCase(_ scalar: Unicode.Scalar, upper: Bool) -> Unicode.Scalar {
        let mapped = upper ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping
        guard mapped.unicodeScalars.count == 1, let single = mapped.unicodeScalars.first else { return scalar }
        return single
    }

    /// Sets the scalar `name`, in the case its attributes ask for.
    func setVariable(_ name: String, _ value: String) {
        let name = referencedName(name)
        environment[name] = cased(name, value)
    }
}
