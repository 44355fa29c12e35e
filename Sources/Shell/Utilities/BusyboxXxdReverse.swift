import Kubectl

/// busybox's `xxd -r`: hex back to bytes. Without `-p` each line starts with an address
/// (plus `-s`) that the output skips forward to with zeros; then come hex digit pairs, where one
/// stray character is passed over and a second ends the line, so a dump's text column is never
/// read. With `-p` whitespace may sit anywhere, even inside a pair.
struct BusyboxXxdReverse {
    var plain: Bool
    var seek: Int

    func run(_ input: [UInt8], _ context: CommandContext) -> Int32 {
        var output: [UInt8] = []
        var lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        if input.last == UInt8(ascii: "\n") { lines.removeLast() }
        var index = 0
        var line: [UInt8] = []
        var position = 0
        var failure: String?

        func nextLine() -> Bool {
            guard index < lines.count else { return false }
            line = lines[index]
            index += 1
            position = 0
            return true
        }
        func peek() -> UInt8 { position < line.count ? line[position] : 0 }
        func skipSpace() { while position < line.count, [9, 10, 11, 12, 13, 32].contains(line[position]) { position += 1 } }
        func readAddress() -> Bool {
            skipSpace()
            let digits = line[position...].prefix { $0 < 0x80 && Character(UnicodeScalar($0)).isHexDigit }
            let value = (Int(String(decoding: digits, as: UTF8.self), radix: 16) ?? 0) + seek
            position += digits.count
            if value > output.count {
                output += Array(repeating: 0, count: value - output.count)
            } else if value < output.count {
                // Standard output is a pipe here: it cannot seek back.
                failure = "cannot seek: Illegal seek"
                return false
            }
            if peek() == UInt8(ascii: ":") { position += 1 }
            return true
        }
        func nibble(_ byte: UInt8) -> UInt8? {
            guard byte < 0x80, let value = Character(UnicodeScalar(byte)).hexDigitValue else { return nil }
            return UInt8(value)
        }

        lines: while nextLine() {
            if !plain, !readAddress() { break }
            pairs: while true {
                var bad = 0
                var high: UInt8
                while true {
                    if plain { skipSpace() }
                    let c = peek()
                    position += 1
                    if let value = nibble(c) {
                        high = value
                        break
                    }
                    if c == 0 || bad > 0 { continue lines }
                    bad += 1
                }
                while true {
                    if plain { skipSpace() }
                    let c = peek()
                    position += 1
                    if let value = nibble(c) {
                        output.append(high << 4 | value)
                        continue pairs
                    }
                    if c != 0 {
                        // A lone digit: skip to the next hex digit on the line, or the next line.
                        while nibble(peek()) == nil {
                            if peek() == 0 { continue lines }
                            position += 1
                        }
                        continue pairs
                    }
                    // The pair goes on on the next line.
                    guard nextLine() else { break lines }
                    if !plain {
                        if !readAddress() { break lines }
                        continue pairs
                    }
                }
            }
        }
        context.io.out(RawBytes.string(output))
        if let failure {
            context.io.err("xxd: \(failure)\n")
            return 1
        }
        return 0
    }
}
