import Kubectl

/// One standard-input stream that several commands read in turn, as the commands of a loop body
/// share one pipe: `read` takes a line, a command that reads its input takes the rest.
///
/// A stream may be fed more as it is read: from the terminal, one typed line at a time until
/// Ctrl-D, or from a command's lazily read input.
final class ShellInput {
    private var text: String
    private var scalars: String.UnicodeScalarView
    private var position: String.UnicodeScalarView.Index
    /// Gives the next piece when everything so far was read; nil at the end, after which it is
    /// not asked again (unless the terminal only timed out).
    private var refill: ((_ prompt: String, _ echo: Bool, _ timeout: Double?) -> String?)?
    /// How many characters were consumed, to tell whether a command read anything.
    private(set) var mark = 0
    /// True when this is the terminal: the session's own input, not a pipe, file or here-document.
    let isTerminal: Bool
    /// Set when Ctrl-C interrupted a read from the terminal.
    private(set) var interrupted = false
    /// Set when the terminal gave nothing within the timeout asked for; cleared by the next read.
    private(set) var timedOut = false
    /// When a pipe's bytes came, for `read -t`; nil for files, here-documents and the terminal.
    let timing: PipeTiming?

    init(_ text: String, timing: PipeTiming? = nil) {
        self.text = text
        scalars = text.unicodeScalars
        position = scalars.startIndex
        isTerminal = false
        self.timing = timing
    }

    /// The terminal as a stream: each line typed, with its newline, until Ctrl-D or Ctrl-C.
    init(terminal: any TerminalInput) {
        text = ""
        scalars = text.unicodeScalars
        position = scalars.startIndex
        isTerminal = true
        timing = nil
        refill = { [unowned self] prompt, echo, timeout in
            switch terminal.readLine(prompt: prompt, echo: echo, timeout: timeout) {
            case .line(let line): return line + "\n"
            case .endOfInput: return nil
            case .interrupted:
                self.interrupted = true
                return nil
            case .timedOut:
                self.timedOut = true
                return nil
            }
        }
    }

    /// A stream whose whole text comes from `source` the first time anything is read.
    init(lazy source: @escaping () -> String) {
        text = ""
        scalars = text.unicodeScalars
        position = scalars.startIndex
        isTerminal = false
        timing = nil
        // One piece only: after it, the end.
        refill = { [unowned self] _, _, _ in
            self.refill = nil
            return source()
        }
    }

    /// Makes sure there is something left to read, asking for more (showing `prompt`) if not.
    private func hasMore(prompt: String, echo: Bool, timeout: Double? = nil) -> Bool {
        timedOut = false
        while position == scalars.endIndex {
            guard let refill, let more = refill(prompt, echo, timeout) else {
                if !timedOut { self.refill = nil }
                return false
            }
            text = more
            scalars = text.unicodeScalars
            position = scalars.startIndex
        }
        return true
    }

    /// Whether something can be read without waiting: on the terminal, only what was already
    /// typed (nothing is typed ahead here); elsewhere, anything left.
    var hasWaitingInput: Bool {
        isTerminal ? position < scalars.endIndex : hasMore(prompt: "", echo: true)
    }

    /// The next character, consumed; nil at the end. When a line must be asked for first,
    /// `prompt` is shown, and the typing echoed unless `echo` is false.
    func next(prompt: String = "", echo: Bool = true, timeout: Double? = nil) -> Unicode.Scalar? {
        guard hasMore(prompt: prompt, echo: echo, timeout: timeout) else { return nil }
        defer {
            position = scalars.index(after: position)
            mark += 1
        }
        return scalars[position]
    }

    /// Whether the reader, at `now`, would still be waiting for the next character (or for the
    /// pipe's end) at `deadline`; either way its own time moves to when the wait ends.
    func waits(until deadline: Double, now: Int64) -> Bool {
        guard let timing else { return false }
        let reader = timing.readerTime(now: now)
        let available = Double(position < scalars.endIndex ? timing.arrival(ofByte: text.utf8.distance(from: text.startIndex, to: position)) : timing.closedAt)
        let waitsPast = available > deadline
        timing.waited += max(0, (waitsPast ? deadline : available) - reader)
        return waitsPast
    }

    /// The reader's own time at `now`: behind the clock while it reads a pipe whose writer the
    /// lab ran first.
    func readerTime(now: Int64) -> Double { timing?.readerTime(now: now) ?? Double(now) }

    /// Everything not read yet, consumed (from the terminal: every line until Ctrl-D).
    func takeRest() -> String {
        var rest = ""
        while hasMore(prompt: "", echo: true) {
            rest += position == scalars.startIndex ? text : String(scalars[position...])
            mark += 1
            position = scalars.endIndex
        }
        return rest
    }
}

/// What one command reads from a shared stream: nothing until it first looks, then all that is left.
final class CommandInput: InputSource {
    let stream: ShellInput

    init(_ stream: ShellInput) { self.stream = stream }

    lazy var text: String = stream.takeRest()

    var isTerminal: Bool { stream.isTerminal }

    /// Skips blanks and newlines, then takes characters up to and with the next blank.
    func readWord() -> String? {
        var word = ""
        while let scalar = stream.next() {
            if scalar.properties.isWhitespace {
                if word.isEmpty { continue }
                break
            }
            word.unicodeScalars.append(scalar)
        }
        return word.isEmpty ? nil : word
    }
}
