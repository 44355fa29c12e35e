/// An awk expression.
indirect enum AwkExpression {
    case number(Double)
    case string(String)
    /// `/re/` on its own: a match against `$0`.
    case regex(String)
    case variable(String)
    case field(AwkExpression)
    case element(String, [AwkExpression])
    /// `(a, b)`: only meaningful before `in` or as `print`'s arguments.
    case grouping([AwkExpression])
    case assign(AwkExpression, String, AwkExpression)
    case increment(AwkExpression, delta: Double, prefix: Bool)
    case binary(String, AwkExpression, AwkExpression)
    case and(AwkExpression, AwkExpression)
    case or(AwkExpression, AwkExpression)
    case not(AwkExpression)
    case negate(AwkExpression)
    case plus(AwkExpression)
    case match(AwkExpression, AwkExpression, negated: Bool)
    case concat(AwkExpression, AwkExpression)
    case conditional(AwkExpression, AwkExpression, AwkExpression)
    case membership([AwkExpression], String)
    case call(String, [AwkExpression])
    case builtin(String, [AwkExpression])
    /// `getline [var]`: the next record of the current input; `getline [var] < file` and
    /// `cmd | getline [var]` read a file or a command's output line by line.
    case getline(AwkExpression?, from: AwkGetlineSource?)
}

/// Where `getline` reads from when not the current input.
enum AwkGetlineSource {
    case file(AwkExpression)
    case command(AwkExpression)
}

/// An awk statement.
indirect enum AwkStatement {
    case expression(AwkExpression)
    case print([AwkExpression], redirect: AwkRedirect?)
    case printf([AwkExpression], redirect: AwkRedirect?)
    case block([AwkStatement])
    case ifElse(AwkExpression, AwkStatement, AwkStatement?)
    case whileLoop(AwkExpression, AwkStatement)
    case doWhile(AwkStatement, AwkExpression)
    case forLoop(AwkStatement?, AwkExpression?, AwkStatement?, AwkStatement)
    case forIn(String, String, AwkStatement)
    case next, nextFile, breakLoop, continueLoop
    case exit(AwkExpression?)
    case returnValue(AwkExpression?)
    case delete(String, [AwkExpression]?)
}

/// `print > "file"`, `>> "file"` or `| "command"`.
struct AwkRedirect {
    var op: String
    var target: AwkExpression
}

/// What selects the records an action runs for.
enum AwkPattern {
    case begin, end, always
    case expression(AwkExpression)
    case range(AwkExpression, AwkExpression)
}

/// A pattern and its action (nil: print the record).
struct AwkRule {
    var pattern: AwkPattern
    var action: [AwkStatement]?
}

/// A user-defined function.
struct AwkFunction {
    var parameters: [String]
    var body: [AwkStatement]
}

/// A whole awk program.
struct AwkProgram {
    var rules: [AwkRule] = []
    var functions: [String: AwkFunction] = [:]
}
