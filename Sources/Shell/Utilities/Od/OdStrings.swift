/// `od -S N`: each run of at least N printable ASCII characters that a NUL ends, a line each,
/// after the run's address. GNU od 9.1's `dump_strings` and busybox 1.36's differ only at a
/// `-N` limit: GNU prints a run the limit cuts off (dated one byte early, as its code counts
/// the missing NUL), busybox prints it too when it is long enough; neither prints a run the
/// input's end cuts off.
struct OdStrings {
    var minimum: UInt64
    var busybox = false

    /// The lines for `bytes`, which start at `start` in the input; `end` is where `-N` stops.
    func lines(_ bytes: [UInt8], start: UInt64, end: UInt64?, address: (UInt64) -> String) -> String {
        var text = ""
        var position = 0
        var offset: UInt64 { start + UInt64(position) }
        func isPrintable(_ byte: UInt8) -> Bool { (0x20...0x7e).contains(byte) }
        var run: [UInt8] = []
        scanning: while true {
            run = []
            if let end, end < minimum || end - minimum <= offset { break }
            if !busybox {
                // GNU first wants `minimum` printable characters in a row.
                while UInt64(run.count) < minimum {
                    guard position < bytes.count else { break scanning }
                    let byte = bytes[position]
                    position += 1
                    guard isPrintable(byte) else { continue scanning }
                    run.append(byte)
                }
            }
            while end.map({ offset < $0 }) ?? true {
                guard position < bytes.count else { break scanning }
                let byte = bytes[position]
                position += 1
                if byte == 0 { break }
                guard isPrintable(byte) else { continue scanning }
                run.append(byte)
            }
            if busybox, UInt64(run.count) < minimum { continue }
            // A run that `-N` cut off from the start wraps below 0, as GNU's unsigned address does.
            let first = offset &- UInt64(run.count) &- 1
            text += address(first) + String(decoding: run, as: UTF8.self) + "\n"
        }
        return text
    }
}
