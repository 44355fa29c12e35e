import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal line editor on libedit: emacs keys, history, Tab completion and Ctrl-C.
///
/// Use it only when ``Terminal/isInteractive`` is true. Ctrl-C abandons the line being typed
/// (``LineInput/interrupted``) instead of ending the process, and Ctrl-D on an empty line ends
/// the input. The user's `~/.editrc` is never read, so key bindings are always the same. To
/// colour a prompt, wrap each escape sequence in U+0001 characters so it takes no room.
/// Not thread-safe: use one reader from one thread.
public final class EditLineReader: LineReader {
    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    private let context: EditLineContext
    private let historyPath: String?

    /// Creates an editor on stdin and stdout.
    ///
    /// - Parameters:
    ///   - programName: The name libedit knows the program by.
    ///   - historyPath: The file history is loaded from now and saved to on ``close()``; nil
    ///     keeps history for this session only.
    ///   - completer: Completes the word before the cursor when Tab is pressed.
    public init(programName: String, historyPath: String?, completer: @escaping Completer) {
        Self.adoptUTF8Locale()
        context = EditLineContext(completer: completer)
        self.historyPath = historyPath
        guard let editLine = el_init(programName, ceditline_stdin(), ceditline_stdout(), ceditline_stderr()),
            let history = history_init()
        else {
            fatalError("libedit could not allocate an editor")
        }
        self.editLine = editLine
        self.history = history

        _ = ceditline_history_setsize(history, 1000)
        _ = ceditline_history_setunique(history, 1)
        if let historyPath {
            _ = ceditline_history_load(history, historyPath)
        }
        _ = ceditline_set_clientdata(editLine, Unmanaged.passUnretained(context).toOpaque())
        _ = ceditline_set_prompt(editLine, editLinePrompt, promptIgnoreCharacter)
        _ = ceditline_set_editor(editLine, "emacs")
        _ = ceditline_set_signal(editLine, 1)
        _ = ceditline_set_history(editLine, history)
        _ = ceditline_edit_mode_no_isig(editLine)
        _ = ceditline_add_fn(editLine, "taroko-complete", "Complete the word before the cursor", editLineComplete)
        _ = ceditline_bind(editLine, "^I", "taroko-complete")
        _ = ceditline_add_fn(editLine, "taroko-interrupt", "Abandon the line", editLineInterrupt)
        _ = ceditline_bind(editLine, "^C", "taroko-interrupt")
        _ = ceditline_add_fn(editLine, "taroko-suspend", "Suspend the program", editLineSuspend)
        _ = ceditline_bind(editLine, "^Z", "taroko-suspend")
        _ = ceditline_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit {
        close()
    }

    public func readLine(prompt: String) -> LineInput {
        read(prompt: prompt, newlineAtEnd: true)
    }

    /// A line typed to a running command: edited as a command line is, but kept out of history.
    /// Ctrl-D at the start of a line, as `cat` ends, leaves the cursor where it is. (`echo` false,
    /// for `read -s`, still shows the typing.)
    public func readInputLine(prompt: String, echo: Bool) -> LineInput {
        read(prompt: prompt, newlineAtEnd: !prompt.isEmpty)
    }

    /// With a timeout, waits that long for the first key; a line begun is then read to its end.
    /// The prompt stays on the screen when nothing comes, as bash leaves it.
    public func readInputLine(prompt: String, echo: Bool, timeout: Double?) -> LineInput {
        guard let timeout else { return readInputLine(prompt: prompt, echo: echo) }
        Terminal.write(prompt)
        // While waiting, the terminal neither echoes nor holds back a key until Enter: the first
        // key ends the wait, and the editor shows it with the rest of the line.
        var saved = termios()
        let isTerminal = tcgetattr(0, &saved) == 0
        if isTerminal {
            var waiting = saved
            waiting.c_lflag &= ~tcflag_t(ECHO | ICANON)
            _ = tcsetattr(0, TCSANOW, &waiting)
        }
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: Int64(min(timeout * 1000, Double(Int32.max))))
        let ready = poll(&descriptor, 1, milliseconds) > 0
        if isTerminal { _ = tcsetattr(0, TCSANOW, &saved) }
        guard ready else { return .timedOut }
        return read(prompt: "", newlineAtEnd: !prompt.isEmpty)
    }

    private func read(prompt: String, newlineAtEnd: Bool) -> LineInput {
        guard let editLine else { return .endOfInput }
        context.begin(prompt: prompt)
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count), count > 0 else {
            // Ctrl-D leaves the cursor after the prompt; later output belongs on a line of its own.
            if newlineAtEnd { Terminal.write("\n") }
            return .endOfInput
        }
        if context.interrupted {
            return .interrupted
        }
        // String(cString:) replaces bytes that are not UTF-8 with U+FFFD.
        var line = String(cString: raw)
        if line.hasSuffix("\n") {
            line.removeLast()
        }
        return .line(line)
    }

    /// Adds `line` to the history that Up and Ctrl-R search, unless it repeats the line before it.
    public func addHistory(_ line: String) {
        guard let history else { return }
        _ = ceditline_history_enter(history, line)
    }

    /// Saves the history and releases the terminal.
    ///
    /// Later reads return ``LineInput/endOfInput``; calling it again does nothing.
    public func close() {
        guard let editLine, let history else { return }
        if let historyPath {
            Self.createParentDirectory(of: historyPath)
            _ = ceditline_history_save(history, historyPath)
        }
        el_end(editLine)
        history_end(history)
        self.editLine = nil
        self.history = nil
    }

    /// Makes libedit decode keystrokes as UTF-8: in the C locale it silently drops CJK input.
    private static func adoptUTF8Locale() {
        if setlocale(LC_CTYPE, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Creates the directories above `path` that are missing, readable only by the user.
    private static func createParentDirectory(of path: String) {
        var parent = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/").dropLast() {
            parent += component + "/"
            _ = mkdir(parent, 0o700)
        }
    }
}
