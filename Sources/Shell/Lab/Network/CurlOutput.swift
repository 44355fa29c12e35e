/// curl's standard output as the C library buffers it: written at once on a terminal (line by
/// line, and curl ends every line it writes there), in blocks of 4 KiB otherwise, the rest when
/// curl exits, so that a pipe receives the page after the lines curl wrote to standard error.
final class CurlOutput {
    private let write: (String) -> Void
    private let buffered: Bool
    private var pending: [UInt8] = []

    static let blockSize = 4096

    init(buffered: Bool, write: @escaping (String) -> Void) {
        self.buffered = buffered
        self.write = write
    }

    func out(_ text: String) {
        guard buffered else { return write(text) }
        pending += Array(text.utf8)
        let full = pending.count - pending.count % Self.blockSize
        guard full > 0 else { return }
        write(String(decoding: pending[..<full], as: UTF8.self))
        pending.removeFirst(full)
    }

    /// What is left, as the C library writes it at exit.
    func flush() {
        if !pending.isEmpty { write(String(decoding: pending, as: UTF8.self)) }
        pending = []
    }
}
