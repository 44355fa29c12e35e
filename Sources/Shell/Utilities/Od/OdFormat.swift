/// One output type of `od` (`-t x1`, `-c`, `-t d4z`): how many input bytes make one field,
/// how a field is written, and how wide it is at least.
struct OdFormat: Equatable {
    enum Kind: Equatable {
        case signed, unsigned, octal, hex
        /// `a`: the character's name, the high bit ignored.
        case named
        /// `c`: the character, a backslash escape, or three octal digits.
        case character
        /// `f`: a float, double or long double (`OdFloat`).
        case float
    }

    var kind: Kind
    /// Bytes per field: 1, 2, 4 or 8.
    var size: Int
    /// `z`: the line ends with the printable characters between `>` and `<`.
    var trailer = false
    /// Floating-point fields are written (and sized) as busybox writes them.
    var busybox = false

    /// The least width of a field, leading space excluded, as od computes it from the size.
    var fieldWidth: Int {
        switch kind {
        case .signed: [1, 4, 6, 8, 11, 13, 16, 18, 20][size]
        case .unsigned: [0, 3, 5, 8, 10, 13, 15, 17, 20][size]
        case .octal: [0, 3, 6, 8, 11, 14, 16, 19, 22][size]
        case .hex: size * 2
        case .named, .character: 3
        // GNU: gnulib's FLT/DBL/LDBL_STRLEN_BOUND; busybox: the type's DIG + 8.
        case .float: busybox ? [4: 14, 8: 23, 16: 26][size] ?? 0 : [4: 15, 8: 24, 16: 29][size] ?? 0
        }
    }

    /// The text of the field that starts at `offset` in `block` (little-endian, as on amd64).
    func field(_ block: [UInt8], at offset: Int) -> String {
        switch kind {
        case .named: return Self.name(of: block[offset])
        case .character: return Self.character(block[offset])
        case .float: return OdFloat.text(block[offset..<offset + size], size: size, busybox: busybox)
        default: break
        }
        var value: UInt64 = 0
        for index in (0..<size).reversed() { value = value << 8 | UInt64(block[offset + index]) }
        switch kind {
        case .signed:
            let shift = UInt64(64 - size * 8)
            return String(Int64(bitPattern: value << shift) >> Int64(shift))
        case .unsigned: return String(value)
        case .octal: return Self.zeroPadded(String(value, radix: 8), fieldWidth)
        default: return Self.zeroPadded(String(value, radix: 16), fieldWidth)
        }
    }

    private static func zeroPadded(_ digits: String, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static let names = [
        "nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr", "so", "si",
        "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc", "fs", "gs", "rs", "us",
        "sp",
    ]

    static func name(of byte: UInt8) -> String {
        let masked = byte & 0x7f
        if masked == 0x7f { return "del" }
        if masked <= 0x20 { return names[Int(masked)] }
        return String(UnicodeScalar(masked))
    }

    static func character(_ byte: UInt8) -> String {
        switch byte {
        case 0: return "\\0"
        case 7: return "\\a"
        case 8: return "\\b"
        case 12: return "\\f"
        case 10: return "\\n"
        case 13: return "\\r"
        case 9: return "\\t"
        case 11: return "\\v"
        case 0x20...0x7e: return String(UnicodeScalar(byte))
        default: return zeroPadded(String(byte, radix: 8), 3)
        }
    }

    /// Why a type string was refused.
    enum Failure: Error, Equatable {
        /// A letter that names no type.
        case badCharacter(Character)
        /// A size no integer type has (busybox: also any digits followed by more text).
        case badSize(Int)
        /// A size no floating-point type has.
        case badFloatSize(Int)
    }

    /// The formats a type string names in order (`x1z`, `d4afL`). GNU od reads a size's digits
    /// and goes on after them; busybox wants the rest of the string to be the number.
    static func parse(_ text: String, busybox: Bool) -> Result<[OdFormat], Failure> {
        var formats: [OdFormat] = []
        var rest = Substring(text)
        while let letter = rest.first {
            rest.removeFirst()
            let kind: Kind
            switch letter {
            case "d": kind = .signed
            case "u": kind = .unsigned
            case "o": kind = .octal
            case "x": kind = .hex
            case "a", "c":
                var format = OdFormat(kind: letter == "a" ? .named : .character, size: 1)
                format.trailer = rest.first == "z"
                if format.trailer { rest.removeFirst() }
                formats.append(format)
                continue
            case "f":
                switch floatSize(&rest, busybox: busybox) {
                case .success(let size):
                    var format = OdFormat(kind: .float, size: size, busybox: busybox)
                    format.trailer = rest.first == "z"
                    if format.trailer { rest.removeFirst() }
                    formats.append(format)
                    continue
                case .failure(let failure): return .failure(failure)
                }
            default: return .failure(.badCharacter(letter))
            }
            var size = 4
            if let named = rest.first.flatMap({ ["C": 1, "S": 2, "I": 4, "L": 8][$0] }) {
                size = named
                rest.removeFirst()
            } else if rest.first?.isASCII == true, rest.first?.isNumber == true {
                let digits = rest.prefix { $0.isASCII && $0.isNumber }
                if busybox, digits.count != rest.count { return .failure(.badSize(Int(UInt32.max))) }
                let number = Int(digits) ?? Int.max
                guard [1, 2, 4, 8].contains(number) else { return .failure(.badSize(number)) }
                size = number
                rest = rest.dropFirst(digits.count)
            }
            var format = OdFormat(kind: kind, size: size)
            format.trailer = rest.first == "z"
            if format.trailer { rest.removeFirst() }
            formats.append(format)
        }
        return .success(formats)
    }
}

extension OdFormat {
    /// The size after `f`: `F`, `D` or `L` (4, 8 or 16 bytes on amd64), digits naming one of
    /// those sizes, or nothing for a double.
    fileprivate static func floatSize(_ rest: inout Substring, busybox: Bool) -> Result<Int, Failure> {
        if let named = rest.first.flatMap({ ["F": 4, "D": 8, "L": 16][$0] }) {
            rest.removeFirst()
            return .success(named)
        }
        guard rest.first?.isASCII == true, rest.first?.isNumber == true else { return .success(8) }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        // busybox's bb_strtou calls digits followed by a letter or digit out of range.
        if busybox, let next = rest.dropFirst(digits.count).first, next.isLetter || next.isNumber {
            return .failure(.badFloatSize(Int(UInt32.max)))
        }
        let number = Int(digits) ?? Int.max
        guard [4, 8, 16].contains(number) else { return .failure(.badFloatSize(number)) }
        rest = rest.dropFirst(digits.count)
        return .success(number)
    }
}
