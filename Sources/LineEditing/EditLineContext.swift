import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state libedit's C callbacks need, handed to them through `EL_CLIENTDATA`.
final class EditLineContext {
    let completer: Completer
    /// The prompt being shown; libedit reads it on every redraw, so it must outlive the call.
    private(set) var prompt: UnsafeMutablePointer<CChar>
    /// Set by Ctrl-C: the line `el_gets` returns next is to be thrown away.
    var interrupted = false
    /// The line (text before and after the cursor) left by the last Tab that had several
    /// candidates; a second Tab on the same line lists them.
    var ambiguousLine: String?

    init(completer: @escaping Completer) {
        self.completer = completer
        prompt = strdup("")
    }

    deinit {
        free(prompt)
    }

    /// Makes the context ready to read a new line shown after `prompt`.
    func begin(prompt: String) {
        free(self.prompt)
        self.prompt = strdup(prompt)
        interrupted = false
        ambiguousLine = nil
    }

    /// The context registered with `editLine`.
    static func of(_ editLine: OpaquePointer?) -> EditLineContext? {
        guard let editLine, let data = ceditline_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineContext>.fromOpaque(data).takeUnretainedValue()
    }
}
