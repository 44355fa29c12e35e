/// Why a line could not be parsed; `message` is what interactive bash prints.
enum ShellSyntaxError: Error, Equatable {
    /// A token where the grammar does not allow it, named as bash names it (`|`, `newline`).
    case unexpectedToken(String)
    /// Input ended inside a quote, `$(`, `${` or backquote; holds the closing character wanted.
    case unterminated(String)
    /// Input ended after `|`, `&&`, `||` or inside `( ...`.
    case unexpectedEnd
    /// A construct of bash this simulated shell does not implement.
    case unsupported(String)
    /// A `for` variable that is not a name.
    case invalidIdentifier(String)

    var message: String {
        switch self {
        case .unexpectedToken(let token): "bash: syntax error near unexpected token `\(token)'\n"
        case .unterminated(let wanted): "bash: unexpected EOF while looking for matching `\(wanted)'\n"
        case .unexpectedEnd: "bash: syntax error: unexpected end of file\n"
        case .unsupported(let what): "bash: \(what): not supported by the taroko shell\n"
        case .invalidIdentifier(let name): "bash: `\(name)': not a valid identifier\n"
        }
    }
}
