/// `set` and `shift` in a container's script, which change its positional parameters and its
/// `-e` and `-u` options, and `seq`, whose numbers scripts loop over.
extension ScriptOutput {
    /// Runs `set ARGS` or `shift [N]`; false when this reader does not follow it (another option,
    /// `set` alone listing the variables).
    mutating func setParameters(_ program: String, _ args: [String]) -> Bool {
        if program == "shift" {
            guard args.count <= 1, let count = args.isEmpty ? 1 : Int(args[0]), count >= 0 else { return false }
            // Shifting more than there are fails and leaves them.
            guard count <= positional.count else {
                status = 1
                return true
            }
            positional.removeFirst(count)
            return true
        }
        guard !args.isEmpty else { return false }
        var rest = args[...]
        while let option = rest.first, option.count > 1, option.hasPrefix("-") || option.hasPrefix("+") {
            rest.removeFirst()
            if option == "--" { break }
            guard option.dropFirst().allSatisfy({ $0 == "e" || $0 == "u" }) else { return false }
            if option.contains("e") { errexit = option.hasPrefix("-") }
            if option.contains("u") { nounset = option.hasPrefix("-") }
        }
        // `set -e` alone keeps the parameters; `set --` and `set WORDS` replace them.
        if rest.count < args.count, rest.isEmpty, args.last != "--" { return true }
        positional = Array(rest)
        return true
    }

    /// What `seq` prints for whole numbers (`LAST`, `FIRST LAST`, `FIRST STEP LAST`); nil for
    /// options and other numbers.
    static func seq(_ args: [String]) -> String? {
        let numbers = args.compactMap { Int($0) }
        guard numbers.count == args.count, (1...3).contains(numbers.count) else { return nil }
        let first = numbers.count > 1 ? numbers[0] : 1
        let last = numbers[numbers.count - 1]
        let step = numbers.count == 3 ? numbers[1] : 1
        guard step != 0 else { return nil }
        return stride(from: first, through: last, by: step).prefix(maxLines).map { "\($0)\n" }.joined()
    }
}
