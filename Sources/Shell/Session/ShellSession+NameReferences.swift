/// `declare -n`: a variable whose value names another, which its reads and writes reach instead.
extension ShellSession {
    /// The variable `name` stands for: followed through name references (at most 8, as bash
    /// follows them), or `name` itself when it is none or references nothing yet.
    func referencedName(_ name: String) -> String {
        var current = name
        for _ in 0..<8 {
            guard attributes[current]?.contains("n") == true, let target = environment[current], !target.isEmpty else {
                return current
            }
            current = target
        }
        return current
    }

    /// bash's refusal of `declare -n NAME=TARGET`, or nil when the reference may be made.
    func referenceRefusal(_ name: String, target: String) -> String? {
        let base = String(target.prefix { $0 != "[" })
        guard ReadBuiltin.isIdentifier(base) else { return "`\(target)': invalid variable name for name reference" }
        if referencedName(base) == name { return "\(name): nameref variable self references not allowed" }
        return nil
    }
}
