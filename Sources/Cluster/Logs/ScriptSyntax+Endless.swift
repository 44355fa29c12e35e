/// Loops a script can never leave, found by reading the script rather than running it: a reader
/// that only wants to know when the process ends need not follow them turn by turn for a day.
extension ScriptSyntax.Statement {
    /// A `while` loop whose condition always holds (`true`, `:`, a `sleep` of a set time) and
    /// whose body never calls `exit` or `set` (which may turn on `-e`; this reader knows no
    /// `break`), so the shell stays in it unless `set -e` was on before it.
    var loopsForever: Bool {
        guard case .whileLoop(let condition, let body) = self else { return false }
        return ScriptSyntax.alwaysSucceeds(condition) && !body.contains(where: \.mayExit)
    }

    /// Whether `exit`, or `set` that may make a failure end the shell, is among the commands
    /// this statement may run.
    fileprivate var mayExit: Bool {
        switch self {
        case .simple(let words): ["exit", "set"].contains(words.first.flatMap(ScriptSyntax.plain))
        case .whileLoop(let condition, let body): ScriptSyntax.Statement.simple(condition).mayExit || body.contains(where: \.mayExit)
        case .forLoop(_, _, let body): body.contains(where: \.mayExit)
        case .conditional(let branches, let otherwise):
            branches.contains { Self.simple($0.condition).mayExit || $0.body.contains(where: \.mayExit) }
                || (otherwise ?? []).contains(where: \.mayExit)
        case .andOr(let left, _, let right): left.mayExit || right.mayExit
        case .unknown: true
        }
    }
}

extension ScriptSyntax {
    /// A command that succeeds whatever the state: `true`, `:`, or a `sleep` of a literal time.
    static func alwaysSucceeds(_ words: [Word]) -> Bool {
        guard let first = words.first.flatMap(plain) else { return false }
        switch first {
        case "true", ":": return words.count == 1
        case "sleep": return words.count == 2 && plain(words[1]).flatMap(ContainerRun.sleepMilliseconds) != nil
        default: return false
        }
    }
}
