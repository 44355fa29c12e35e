import Kubectl

/// `xxd [-bCiprud] [-c COLS] [-g BYTES] [-l LEN] [-s SEEK] [-n NAME] [-o OFF] [INFILE [OUTFILE]]`:
/// vim's hex dump (version 2022-01-14, Debian 12's `xxd` package): `ADDR: hex groups  text`,
/// `-p` plain hex, `-i` a C array, `-b` bits, `-r` back from a dump to bytes. Options are
/// matched by their first letter, as xxd does (`-ps`, `-cols 8`, `-c8`).
struct XxdCommand: ShellCommand {
    private struct Settings {
        var binary = false, include = false, plain = false, reverse = false, upper = false, decimal = false
        var capitalize = false, autoskip = false
        var cols: Int?, group: Int?, length: Int?, seek: Int = 0, name: String?, displayOffset = 0
    }

    func run(_ context: CommandContext) -> Int32 {
        var settings = Settings()
        var operands: [String] = []
        var words = context.arguments.dropFirst()[...]
        while let word = words.popFirst() {
            guard word.hasPrefix("-"), word.count > 1, operands.isEmpty else {
                operands.append(word)
                continue
            }
            let letter = word.dropFirst().first ?? "-"
            let rest = String(word.dropFirst(2))
            if "cglsno".contains(letter) {
                let attached = rest.first.map { $0.isNumber || ((letter == "s" || letter == "o") && "+-".contains($0)) } ?? false
                let value: String
                if letter == "n", !rest.isEmpty, !"ame".hasPrefix(rest) {
                    value = rest
                } else if attached {
                    value = rest
                } else if let next = words.popFirst() {
                    value = next
                } else {
                    context.io.err(Self.usage)
                    return 1
                }
                if letter == "n" {
                    settings.name = value
                    continue
                }
                guard let number = Self.number(value) else {
                    context.io.err(Self.usage)
                    return 1
                }
                switch letter {
                case "c": settings.cols = number
                case "g": settings.group = number
                case "l": settings.length = number
                case "s": settings.seek = number
                default: settings.displayOffset = number
                }
                continue
            }
            switch letter {
            case "b": settings.binary = true
            case "i": settings.include = true
            case "p": settings.plain = true
            case "r": settings.reverse = true
            case "u": settings.upper = true
            case "d": settings.decimal = true
            case "C": settings.capitalize = true
            case "a": settings.autoskip.toggle()
            case "v":
                context.io.err("xxd 2022-01-14 by Juergen Weigert et al.\n")
                return 0
            case "-" where word == "--":
                operands.append(contentsOf: words)
                words = []
            default:
                context.io.err(Self.usage)
                return 1
            }
        }
        guard operands.count <= 2 else {
            context.io.err(Self.usage)
            return 1
        }
        // 0 columns means the default; fewer, or more than 256, are refused.
        if let cols = settings.cols, cols < 0 || cols > 256 {
            context.io.err("xxd: invalid number of columns (max. 256).\n")
            return 1
        }
        let input = operands.first.flatMap { $0 == "-" ? nil : $0 }
        var bytes: [UInt8]
        if let input {
            do throws(FileError) {
                bytes = RawBytes.bytes(try context.session.readFile(input))
            } catch {
                context.io.err("xxd: \(input): \(error.message)\n")
                return 2
            }
        } else {
            bytes = RawBytes.bytes(context.io.input)
        }
        let output: String
        if settings.reverse {
            output = RawBytes.string(settings.plain ? Self.fromPlain(bytes) : Self.fromDump(bytes))
        } else {
            if settings.seek != 0 {
                guard input != nil || (settings.seek > 0 && settings.seek <= bytes.count) else {
                    context.io.err("xxd: Sorry, cannot seek.\n")
                    return 4
                }
                let start = settings.seek < 0 ? max(0, bytes.count + settings.seek) : min(settings.seek, bytes.count)
                bytes = Array(bytes[start...])
                settings.seek = start
            }
            // A negative length limits nothing.
            if let length = settings.length, length >= 0 { bytes = Array(bytes.prefix(length)) }
            output = Self.dump(bytes, settings, name: input)
        }
        if operands.count == 2, operands[1] != "-" {
            do throws(FileError) {
                try context.session.writeFile(operands[1], output)
            } catch {
                context.io.err("xxd: \(operands[1]): \(error.message)\n")
                return 3
            }
            return 0
        }
        context.io.out(output)
        return 0
    }

    /// A number as xxd reads it (`strtol` with base 0: `0x` hex, a leading `0` octal).
    private static func number(_ text: String) -> Int? {
        var body = Substring(text)
        var sign = 1
        if body.first == "+" { body.removeFirst() } else if body.first == "-" {
            sign = -1
            body.removeFirst()
        }
        let value: Int?
        if body.hasPrefix("0x") || body.hasPrefix("0X") {
            value = Int(body.dropFirst(2).prefix { $0.isHexDigit }, radix: 16)
        } else if body.hasPrefix("0"), body.count > 1 {
            value = Int(body.prefix { ("0"..."7").contains($0) }, radix: 8)
        } else {
            value = Int(body.prefix { $0.isASCII && $0.isNumber })
        }
        return value.map { $0 * sign } ?? 0
    }

    private static func hex(_ byte: UInt8, upper: Bool) -> String {
        let digits = String(byte, radix: 16, uppercase: upper)
        return byte < 16 ? "0" + digits : digits
    }

    private static func dump(_ bytes: [UInt8], _ settings: Settings, name: String?) -> String {
        if settings.plain {
            let cols = settings.cols.flatMap { $0 > 0 ? $0 : nil } ?? 30
            return stride(from: 0, to: bytes.count, by: cols).map { start in
                bytes[start..<min(start + cols, bytes.count)].map { hex($0, upper: settings.upper) }.joined() + "\n"
            }.joined()
        }
        if settings.include { return include(bytes, settings, name: name) }
        let cols = settings.cols.flatMap { $0 > 0 ? $0 : nil } ?? (settings.binary ? 6 : 16)
        var group = settings.group ?? (settings.binary ? 1 : 2)
        if group <= 0 || group > cols { group = cols }
        let digitsPerByte = settings.binary ? 8 : 2
        let groupLength = group * digitsPerByte + 1
        let hexWidth = (groupLength * cols - 1) / group + 1
        var text = ""
        var previousWasZero = false
        var starred = false
        for start in stride(from: 0, to: bytes.count, by: cols) {
            let line = bytes[start..<min(start + cols, bytes.count)]
            if settings.autoskip, line.count == cols, line.allSatisfy({ $0 == 0 }), start + cols < bytes.count {
                if previousWasZero {
                    if !starred { text += "*\n" }
                    starred = true
                    continue
                }
                previousWasZero = true
            } else {
                previousWasZero = false
                starred = false
            }
            let address = start + settings.seek + settings.displayOffset
            let digits = settings.decimal ? String(address) : String(address, radix: 16)
            var row = String(repeating: "0", count: max(0, 8 - digits.count)) + digits + ": "
            var hexPart = ""
            for (index, byte) in line.enumerated() {
                hexPart += settings.binary ? binary(byte) : hex(byte, upper: settings.upper)
                if (index + 1) % group == 0 { hexPart += " " }
            }
            row += hexPart + String(repeating: " ", count: max(0, hexWidth - hexPart.count)) + " "
            row += String(String.UnicodeScalarView(line.map { (0x20...0x7e).contains($0) ? UnicodeScalar($0) : "." }))
            text += row + "\n"
        }
        return text
    }

    private static func binary(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 2)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// `-i`: the bytes as a C array, 12 a line, named after the input file when there is one.
    private static func include(_ bytes: [UInt8], _ settings: Settings, name: String?) -> String {
        let cols = settings.cols.flatMap { $0 > 0 ? $0 : nil } ?? 12
        let lines = stride(from: 0, to: bytes.count, by: cols).map { start in
            "  " + bytes[start..<min(start + cols, bytes.count)].map { "0x" + hex($0, upper: settings.upper) }.joined(separator: ", ")
        }
        var body = lines.joined(separator: ",\n")
        if !body.isEmpty { body += "\n" }
        guard let file = settings.name ?? name else { return body }
        var variable = String(file.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        if settings.name == nil, variable.first?.isNumber == true { variable = "__" + variable }
        if settings.capitalize { variable = variable.uppercased() }
        return "unsigned char \(variable)[] = {\n" + body + "};\nunsigned int \(variable)_len = \(bytes.count);\n"
    }

    /// `-r -p`: every pair of hex digits is a byte; anything else is skipped.
    private static func fromPlain(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var high: UInt8?
        for character in text {
            guard let value = Character(UnicodeScalar(character)).hexDigitValue else { continue }
            if let first = high {
                out.append(first << 4 | UInt8(value))
                high = nil
            } else {
                high = UInt8(value)
            }
        }
        return out
    }

    /// `-r`: each line's address and the hex after it, up to the two spaces before the text.
    private static func fromDump(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for line in String(decoding: text, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), let address = Int(line[..<colon], radix: 16) else { continue }
            if out.count < address { out += Array(repeating: 0, count: address - out.count) }
            var position = address
            var high: UInt8?
            var spaces = 0
            for character in line[line.index(after: colon)...] {
                if character == " " {
                    spaces += 1
                    if spaces >= 2, high == nil, position > address { break }
                    continue
                }
                spaces = 0
                guard let value = character.hexDigitValue else { break }
                if let first = high {
                    let byte = first << 4 | UInt8(value)
                    if position < out.count { out[position] = byte } else { out.append(byte) }
                    position += 1
                    high = nil
                } else {
                    high = UInt8(value)
                }
            }
        }
        return out
    }

    static let usage = """
        Usage:
               xxd [options] [infile [outfile]]
            or
               xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]
        Options:
            -a          toggle autoskip: A single '*' replaces nul-lines. Default off.
            -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.
            -C          capitalize variable names in C include file style (-i).
            -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).
            -E          show characters in EBCDIC. Default ASCII.
            -e          little-endian dump (incompatible with -ps,-i,-r).
            -g bytes    number of octets per group in normal output. Default 2 (-e: 4).
            -h          print this summary.
            -i          output in C include file style.
            -l len      stop after <len> octets.
            -n name     set the variable name used in C include output (-i).
            -o off      add <off> to the displayed file position.
            -ps         output in postscript plain hexdump style.
            -r          reverse operation: convert (or patch) hexdump into binary.
            -r -s off   revert with <off> added to file positions found in hexdump.
            -d          show offset in decimal instead of hex.
            -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.
            -u          use upper case hex letters.
            -v          show version: "xxd 2022-01-14 by Juergen Weigert et al.".

        """
}
