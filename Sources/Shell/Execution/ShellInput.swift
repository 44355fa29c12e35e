import Kubectl

/// One standard-input stream that several commands read in turn, as the commands of a loop body
/// share one pipe: `read` takes a line, a command that reads its input takes the rest.
final class ShellInput {
    private let text: String
    private let scalars: String.UnicodeScalarView
    private var position: String.UnicodeScalarView.Index
    init(_ text: String) {
        self.text = text
        scalars = text.unicodeScalars
        position = scalars.startIndex
    }

    /// How far reading has got, to tell whether a command read anything.
    var mark: String.UnicodeScalarView.Index { position }

    /// The next character, consumed; nil at the end.
    func next() -> Unicode.Scalar? {
        guard position < scalars.endIndex else { return nil }
        defer { position = scalars.index(after: position) }
        return scalars[position]
    }

    /// Everything not read yet, consumed.
    func takeRest() -> String {
        defer { position = scalars.endIndex }
        return position == scalars.startIndex ? text : String(scalars[position...])
    }
}

/// What one command reads from a shared stream: nothing until it first looks, then all that is left.
final class CommandInput: InputSource {
    let stream: ShellInput

    init(_ stream: ShellInput) { self.stream = stream }

    lazy var text: String = stream.takeRest()
}
