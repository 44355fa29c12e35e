import Kubectl

/// `base64 [-d] [-w COLS] [FILE]`: encodes to base64 wrapped at 76 columns, or decodes.
struct Base64Command: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "base64", context, failure: 1)
        } catch {
            return error.status
        }
        var decode = false
        var wrap = 76
        var ignoreGarbage = false
        for (key, value) in parsed.options {
            switch key {
            case "d": decode = true
            case "i": ignoreGarbage = true
            case "w":
                guard let value, let n = Int(value), n >= 0 else {
                    context.io.err("base64: invalid wrap size: \(GNUMessages.quote(value ?? ""))\n")
                    return 1
                }
                wrap = n
            default: break
            }
        }
        guard parsed.operands.count <= 1 else {
            context.io.err(
                "base64: extra operand \(GNUMessages.quote(parsed.operands[1]))\n" + GNUMessages.tryHelp("base64"))
            return 1
        }
        guard let input = UtilityInput.inputs(parsed.operands, context).first else { return 0 }
        let text: String
        switch input.contents {
        case .success(let contents): text = contents
        case .failure(let error):
            context.io.err("base64: \(input.operand ?? "-"): \(error.message)\n")
            return 1
        }
        if decode {
            let (bytes, valid) = Self.decode(text, ignoreGarbage: ignoreGarbage)
            context.io.out(RawBytes.string(bytes))
            guard valid else {
                context.io.err("base64: invalid input\n")
                return 1
            }
            return 0
        }
        let encoded = Self.encode(RawBytes.bytes(text))
        guard wrap > 0, !encoded.isEmpty else {
            context.io.out(encoded)
            return 0
        }
        var lines: [Substring] = []
        var rest = Substring(encoded)
        while !rest.isEmpty {
            lines.append(rest.prefix(wrap))
            rest = rest.dropFirst(wrap)
        }
        context.io.out(lines.joined(separator: "\n") + "\n")
        return 0
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 3) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 15) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes decoded before any invalid character, and whether the whole input was valid.
    static func decode(_ text: String, ignoreGarbage: Bool) -> ([UInt8], Bool) {
        var values: [UInt8] = []
        var padding = 0
        for byte in text.utf8 {
            if byte == 10 { continue }
            if byte == UInt8(ascii: "=") {
                padding += 1
                continue
            }
            guard padding == 0, let value = alphabet.firstIndex(of: byte) else {
                if ignoreGarbage { continue }
                return (bytes(values), false)
            }
            values.append(UInt8(value))
        }
        return (bytes(values), (values.count + padding) % 4 == 0 && values.count % 4 != 1)
    }

    private static func bytes(_ values: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index + 1 < values.count {
            let v0 = values[index]
            let v1 = values[index + 1]
            out.append(v0 << 2 | v1 >> 4)
            if index + 2 < values.count { out.append((v1 & 15) << 4 | values[index + 2] >> 2) }
            if index + 3 < values.count { out.append((values[index + 2] & 3) << 6 | values[index + 3]) }
            index += 4
        }
        return out
    }

    private static let parser = OptionParser(
        short: "diw:",
        long: [.init("decode", key: "d"), .init("ignore-garbage", key: "i"), .init("wrap", .required, key: "w")])
}
