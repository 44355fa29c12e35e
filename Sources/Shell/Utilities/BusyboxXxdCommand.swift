import Kubectl

/// busybox's `xxd [-pri] [-g N] [-c N] [-l LEN] [-s OFS] [-o OFS] [FILE]` (1.36's
/// `hexdump_xxd.c` on its `bb_dump` engine): the same layout as vim's xxd for a plain dump, but
/// `-i` writes ` 0xXX,` twelve to a line with a comma after the last byte too and a name only for
/// a file, and a short last line of `-p` or `-i` ends where the input does.
struct BusyboxXxdCommand: ShellCommand {
    /// The build's banner for the usage text (`BusyBox v1.36.1 (2023-05-18 22:34:17 UTC)`).
    var banner: String

    private static let parser = OptionParser(short: "l:s:apirg:c:o:", long: [])

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(context.arguments.dropFirst())
        } catch {
            context.io.err("xxd: \(error.message)\n" + usage)
            return 1
        }
        guard parsed.operands.count <= 1 else {
            context.io.err(usage)
            return 1
        }
        var settings = BusyboxXxdLayout()
        var reverse = false
        var skip: UInt64 = 0
        var length: Int?
        for (key, value) in parsed.options {
            let text = value ?? ""
            switch key {
            case "p": settings.plain = true
            case "i": settings.include = true
            case "r": reverse = true
            case "g", "c":
                guard let number = Int(text), number >= 0 else { return fail(context, "invalid number '\(text)'") }
                if key == "g" { settings.group = number } else { settings.columns = number }
            case "l":
                guard let number = Self.number(text), number <= UInt64(Int32.max) else { return fail(context, "invalid number '\(text)'") }
                length = Int(number)
            case "s":
                guard let number = Self.number(text) else { return fail(context, "invalid number '\(text)'") }
                skip = number
            case "o":
                let negative = text.hasPrefix("-")
                guard let number = Self.number(negative ? String(text.dropFirst()) : text) else {
                    return fail(context, "invalid number '\(text)'")
                }
                settings.displayOffset = negative ? 0 &- number : number
            default: break
            }
        }
        let file = parsed.operands.first.flatMap { $0 == "-" ? nil : $0 }
        var input: [UInt8]
        if let file {
            do throws(FileError) {
                input = RawBytes.bytes(try context.session.readFile(file))
            } catch {
                context.io.err(reverse ? "xxd: can't open '\(file)': \(error.message)\n" : "xxd: \(file): \(error.message)\n")
                return 1
            }
        } else {
            input = RawBytes.bytes(context.io.input)
        }
        if reverse {
            return BusyboxXxdReverse(plain: settings.plain, seek: Int(clamping: skip)).run(input, context)
        }
        if skip > 0 {
            // A pipe cannot seek; a file shorter than the skip shows nothing.
            guard file != nil else { return fail(context, "stdin: Illegal seek") }
            input = Array(input.dropFirst(Int(clamping: skip)))
        }
        if let length { input = Array(input.prefix(length)) }
        var text = ""
        if settings.include, let file { text += "unsigned char \(Self.cName(file))[] = {\n" }
        text += settings.dump(input, from: skip)
        if settings.include, let file { text += "};\nunsigned int \(Self.cName(file))_len = \(skip + UInt64(input.count));\n" }
        context.io.out(text)
        return 0
    }

    /// A number as `strtoull` reads it with base 0: decimal, `0x` hexadecimal or `0` octal.
    static func number(_ text: String) -> UInt64? {
        if text.hasPrefix("0x") || text.hasPrefix("0X") { return UInt64(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0"), text.count > 1 { return UInt64(text.dropFirst(), radix: 8) }
        return UInt64(text)
    }

    /// The file's name as a C identifier: `__` before a leading digit, `_` for other characters.
    private static func cName(_ path: String) -> String {
        (path.first?.isNumber == true ? "__" : "") + String(path.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    private func fail(_ context: CommandContext, _ message: String) -> Int32 {
        context.io.err("xxd: \(message)\n")
        return 1
    }

    private var usage: String {
        banner + """
             multi-call binary.

            Usage: xxd [-pri] [-g N] [-c N] [-l LEN] [-s OFS] [-o OFS] [FILE]

            Hex dump FILE (or stdin)

            \t-g N\t\tBytes per group
            \t-c N\t\tBytes per line
            \t-p\t\tShow only hex bytes, assumes -c30
            \t-i\t\tC include file style
            \t-l LENGTH\tShow only first LENGTH bytes
            \t-s OFFSET\tSkip OFFSET bytes
            \t-o OFFSET\tAdd OFFSET to displayed offset
            \t-r\t\tReverse (with -p, assumes no offsets in input)

            """
    }
}
