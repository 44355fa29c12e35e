import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A reader for input that is not a terminal (a pipe or a file): no prompt, no echo, no editing.
///
/// Lines may be any length and contain any bytes; bytes that are not valid UTF-8 become U+FFFD.
public final class PlainLineReader: LineReader {
    private let file: UnsafeMutablePointer<FILE>?
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    /// Creates a reader of the process's standard input.
    public init() {
        file = ceditline_stdin()
        ownsFile = false
    }

    /// Creates a reader of a copy of `fileDescriptor`.
    ///
    /// The caller still owns and closes the original. If the descriptor cannot be opened, the
    /// reader is at its end at once.
    public init(fileDescriptor: Int32) {
        let copy = dup(fileDescriptor)
        let opened = copy < 0 ? nil : fdopen(copy, "r")
        if opened == nil, copy >= 0 {
            close(copy)
        }
        file = opened
        ownsFile = true
    }

    deinit {
        free(buffer)
        if ownsFile, let file {
            fclose(file)
        }
    }

    /// Returns the next line without its "\n" or "\r\n"; `prompt` is not shown.
    public func readLine(prompt: String) -> LineInput {
        guard let file else { return .endOfInput }
        var length = getline(&buffer, &capacity, file)
        while length < 0, ferror(file) != 0, errno == EINTR {
            clearerr(file)
            length = getline(&buffer, &capacity, file)
        }
        guard length >= 0, let buffer else { return .endOfInput }
        var end = length
        if end > 0, buffer[end - 1] == 0x0A {
            end -= 1
            if end > 0, buffer[end - 1] == 0x0D {
                end -= 1
            }
        }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: end)
        return .line(String(decoding: bytes, as: UTF8.self))
    }
}
