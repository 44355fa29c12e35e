/// Loops a script can never leave, found by reading the script rather than running it: a reader
/// that only wants to know when the process ends need not follow them turn by turn for a day.
extension ScriptSyntax.Statement {
    /// A `while` loop whose condition always holds (`true`, `:`, a `sleep` of a set time), or an
    /// `until` loop whose condition always fails (`false`), and whose body, with the `functions`
    /// it calls, never calls `exit`, `return` or `set` (which may turn on `-e` or `-u`), breaks
    /// out of it, defines a function or expands `${NAME?}`, so the shell stays in it unless
    /// `set -e` or `set -u` was on before it.
    func loopsForever(calling functions: [String: [ScriptSyntax.Statement]]) -> Bool {
        guard case .whileLoop(let condition, _, let body, let until) = self else { return false }
        var exits = ScriptSyntax.ExitSearch(functions: functions)
        let endless = until ? ScriptSyntax.alwaysFails(condition) : ScriptSyntax.alwaysSucceeds(condition)
        return endless && !body.contains { exits.mayExit($0) }
    }
}

extension ScriptSyntax {
    /// Whether a statement may end the shell or leave its function, following the functions it calls once each.
    struct ExitSearch {
        let functions: [String: [Statement]]
        private var visited: Set<String> = []
        /// How many loops inside the one searched the statement is in; nil inside a function,
        /// where any `break` or `continue` may leave it.
        private var loops: Int? = 0

        init(functions: [String: [Statement]]) {
            self.functions = functions
        }

        mutating func mayExit(_ statement: Statement) -> Bool {
            switch statement {
            case .simple(let words, _): return mayExit(words)
            case .whileLoop(let condition, _, let body, _): return mayExit(condition) || inLoop(body)
            case .forLoop(_, let items, _, let body): return items.contains(where: Self.mayFail) || inLoop(body)
            case .conditional(let branches, let otherwise):
                return branches.contains { mayExit($0.condition) || $0.body.contains { mayExit($0) } }
                    || (otherwise ?? []).contains { mayExit($0) }
            case .selection(let subject, _, let items):
                return Self.mayFail(subject) || items.contains { $0.body.contains { mayExit($0) } }
            case .group(let body), .subshell(let body): return body.contains { mayExit($0) }
            case .redirected(let compound, let redirections):
                return redirections.contains(where: Self.mayFail) || mayExit(compound)
            case .andOr(let left, _, let right): return mayExit(left) || mayExit(right)
            case .function, .syntaxError, .unknown: return true
            }
        }

        /// Whether a loop's body inside the one searched may leave that one.
        private mutating func inLoop(_ body: [Statement]) -> Bool {
            let outer = loops
            loops = loops.map { $0 + 1 }
            defer { loops = outer }
            return body.contains { mayExit($0) }
        }

        /// A simple command that may exit: `exit`, `return`, `set`, a `break` or `continue`
        /// past the loop searched, an expansion that fails when unset, or a function that may.
        private mutating func mayExit(_ words: [Word]) -> Bool {
            if words.contains(where: Self.mayFail) { return true }
            guard let name = words.first.flatMap(plain) else { return false }
            if ["exit", "return", "set"].contains(name) { return true }
            if name == "break" || name == "continue" {
                guard let loops, words.count <= 2 else { return true }
                guard let count = words.count == 2 ? plain(words[1]).flatMap({ Int($0) }) : 1, count > 0 else {
                    return true
                }
                // `continue N` goes on with the Nth loop out, which stays when it is the one searched.
                return count > loops + (name == "continue" ? 1 : 0)
            }
            guard let body = functions[name], visited.insert(name).inserted else { return false }
            let outer = loops
            loops = nil
            defer { loops = outer }
            return body.contains { mayExit($0) }
        }

        /// A word with a `${NAME?...}` in it, which ends the shell when NAME is unset.
        private static func mayFail(_ word: Word) -> Bool {
            word.contains { $0.quoting != .single && $0.text.contains("${") && $0.text.contains("?") }
        }
    }

    /// A command that fails whatever the state: `false`.
    static func alwaysFails(_ words: [Word]) -> Bool {
        words.count == 1 && plain(words[0]) == "false"
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
