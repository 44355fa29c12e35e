/// One piece of a parsed jsonpath template, as client-go's `jsonpath` parser builds it.
///
/// A template is a sequence of `.text` (literal text outside braces) and `.list` (one `{...}`
/// action); an action is a pipeline of steps, each applied to what the previous step found.
indirect enum JSONPathNode: Sendable, Equatable {
    /// Literal text, outside braces or a quoted string inside them.
    case text(String)
    /// One action: its steps in order.
    case list([JSONPathNode])
    /// `.name`: a map key (backslash escapes already removed).
    case field(String)
    /// `[n]`, `[a:b]`, `[a:b:step]`, `[*]`.
    case array(JSONPathSlice)
    /// `[?(left OP right)]`, or `[?(left)]` with the operator `exists`.
    case filter(left: [JSONPathNode], right: [JSONPathNode], op: String)
    /// `[a,b]`: each branch applied to the same input, results concatenated.
    case union([[JSONPathNode]])
    /// `.*`.
    case wildcard
    /// `..`.
    case recursive
    /// `range`, `end`, or a word the evaluator refuses.
    case identifier(String)
    case int(Int)
    case float(Double)
    case bool(Bool)
}

/// The three bounds of an array step; an unknown bound takes its default when applied.
struct JSONPathSlice: Sendable, Equatable {
    struct Bound: Sendable, Equatable {
        var value = 0
        var known = false
        /// The end of `[n]`, derived as `n + 1`.
        var derived = false
    }

    var start = Bound()
    var end = Bound()
    var step = Bound()
}
