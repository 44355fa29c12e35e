extension Command {
    /// Whether a pipeline of this one command sets `$PIPESTATUS` to its status when it ends:
    /// a simple command, `( )`, `[[ ]]` or `(( ))` does; `{ }`, `if`, `case` and the loops leave
    /// what the last pipeline inside them set, and a function definition leaves it alone.
    var setsPipeStatus: Bool {
        switch self {
        case .simple, .subshell: true
        case .compound(.conditional, _), .compound(.arithmetic, _): true
        case .compound, .function: false
        }
    }
}
