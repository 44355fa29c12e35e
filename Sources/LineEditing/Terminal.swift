import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's own terminal: whether it has one, and unbuffered writes to it.
public enum Terminal {
    /// Whether a person is at a terminal.
    ///
    /// True when stdin and stdout are both terminals and `TERM` is not `dumb`. When false, use
    /// ``PlainLineReader`` and print no prompts.
    public static var isInteractive: Bool {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return false }
        guard let term = getenv("TERM") else { return true }
        return String(cString: term) != "dumb"
    }

    /// Writes `s` to stdout or stderr and flushes it, so it appears at once and in order with
    /// everything written before it.
    public static func write(_ s: String, toStandardError: Bool = false) {
        // Anything still buffered for stdout (Swift's `print`) belongs before this text.
        fflush(ceditline_stdout())
        let stream = toStandardError ? ceditline_stderr() : ceditline_stdout()
        var text = s
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                _ = fwrite(base, 1, bytes.count, stream)
            }
        }
        fflush(stream)
    }
}
