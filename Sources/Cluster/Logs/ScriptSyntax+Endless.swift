/// Loops a script can never leave, found by reading the script rather than running it: a reader
/// that only wants to know when the process ends need not follow them turn by turn for a day.
extension ScriptSyntax.Statement {
    /// A `while` loop whose condition always holds (`true`, `:`, a `sleep` of a set time) and
    /// whose body, with the `functions` it calls, never calls `exit`, `return` or `set` (which
    /// may turn on `-e` or `-u`; this reader knows no `break`), defines a function or expands
    /// `${NAME?}`, so the shell stays in it unless `set -e` or `set -u` was on before it.
    func loopsForever(calling functions: [String: [ScriptSyntax.Statement]]) -> Bool {
        guard case .whileLoop(let condition, _, let body) = self else { return false }
        var exits = ScriptSyntax.ExitSearch(functions: functions)
        return ScriptSyntax.alwaysSucceeds(condition) && !body.contains { exits.mayExit($0) }
    }
}

extension ScriptSyntax {
    /// Whether a statement may end the shell or leave its function, following the functions it calls once each.
    struct ExitSearch {
        let functions: [String: [Statement]]
        private var visited: Set<String> = []

        init(functions: [String: [Statement]]) {
            self.functions = functions
        }

        mutating func mayExit(_ statement: Statement) -> Bool {
            switch statement {
            case .simple(let words, _): return mayExit(words)
            case .whileLoop(let condition, _, let body): return mayExit(condition) || body.contains { mayExit($0) }
            case .forLoop(_, let items, _, let body): return items.contains(where: Self.mayFail) || body.contains { mayExit($0) }
            case .conditional(let branches, let otherwise):
                return branches.contains { mayExit($0.condition) || $0.body.contains { mayExit($0) } }
                    || (otherwise ?? []).contains { mayExit($0) }
            case .selection(let subject, _, let items):
                return Self.mayFail(subject) || items.contains { $0.body.contains { mayExit($0) } }
            case .group(let body): return body.contains { mayExit($0) }
            case .andOr(let left, _, let right): return mayExit(left) || mayExit(right)
            case .function, .unknown: return true
            }
        }

        /// A simple command that may exit: `exit`, `return`, `set`, an expansion that fails
        /// when unset, or a function that may.
        private mutating func mayExit(_ words: [Word]) -> Bool {
            if words.contains(where: Self.mayFail) { return true }
            guard let name = words.first.flatMap(plain) else { return false }
            if ["exit", "return", "set"].contains(name) { return true }
            guard let body = functions[name], visited.insert(name).inserted else { return false }
            return body.contains { mayExit($0) }
        }

        /// A word with a `${NAME?...}` in it, which ends the shell when NAME is unset.
        private static func mayFail(_ word: Word) -> Bool {
            word.contains { $0.quoting != .single && $0.text.contains("${") && $0.text.contains("?") }
        }
    }

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
