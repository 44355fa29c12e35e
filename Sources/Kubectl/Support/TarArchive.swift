/// A tar stream as `kubectl cp` and `tar` pass it through a container's stdin and stdout: ustar
/// headers of 512 bytes, each file's contents padded to a block, two empty blocks at the end.
///
/// The simulation's files are text, so the stream is carried in a `String` (its headers are
/// ASCII and NUL bytes); sizes count UTF-8 bytes, as tar counts bytes.
public struct TarArchive: Equatable, Sendable {
    /// One member: a regular file or a directory, its name relative as tar stores it.
    public struct Member: Equatable, Sendable {
        public var name: String
        public var isDirectory: Bool
        public var mode: UInt16
        public var contents: String
        public var modified: Int64

        public init(name: String, isDirectory: Bool = false, mode: UInt16 = 0o644, contents: String = "", modified: Int64 = 0) {
            self.name = name
            self.isDirectory = isDirectory
            self.mode = mode
            self.contents = contents
            self.modified = modified
        }
    }

    public var members: [Member]

    public init(members: [Member] = []) { self.members = members }

    private static let block = 512

    /// The stream's bytes.
    public var encoded: String {
        var bytes: [UInt8] = []
        for member in members {
            let body = Array(member.contents.utf8)
            bytes += Self.header(for: member, size: member.isDirectory ? 0 : body.count)
            guard !member.isDirectory else { continue }
            bytes += body
            bytes += [UInt8](repeating: 0, count: (Self.block - body.count % Self.block) % Self.block)
        }
        bytes += [UInt8](repeating: 0, count: Self.block * 2)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a stream; nil when it is not a tar stream (as `archive/tar` fails on a bad header).
    public static func decode(_ text: String) -> TarArchive? {
        let bytes = Array(text.utf8)
        var members: [Member] = []
        var offset = 0
        while offset + block <= bytes.count {
            let header = bytes[offset..<offset + block]
            if header.allSatisfy({ $0 == 0 }) { return TarArchive(members: members) }
            guard checksum(of: header) == octal(header, from: 148, length: 8) else { return nil }
            let name = string(header, from: 0, length: 100)
            let prefix = string(header, from: 345, length: 155)
            let size = Int(octal(header, from: 124, length: 12))
            let type = header[header.startIndex + 156]
            offset += block
            guard offset + size <= bytes.count else { return nil }
            let isDirectory = type == UInt8(ascii: "5")
            members.append(
                Member(
                    name: prefix.isEmpty ? name : prefix + "/" + name, isDirectory: isDirectory,
                    mode: UInt16(truncatingIfNeeded: octal(header, from: 100, length: 8)),
                    contents: isDirectory ? "" : String(decoding: bytes[offset..<offset + size], as: UTF8.self),
                    modified: octal(header, from: 136, length: 12)))
            offset += (size + block - 1) / block * block
        }
        return bytes.isEmpty ? TarArchive() : nil
    }

    private static func header(for member: Member, size: Int) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: block)
        func put(_ text: String, at position: Int, length: Int) {
            for (index, byte) in text.utf8.prefix(length).enumerated() { header[position + index] = byte }
        }
        func putOctal(_ value: Int64, at position: Int, length: Int) {
            let digits = String(value, radix: 8)
            put(String(repeating: "0", count: max(0, length - 1 - digits.count)) + digits, at: position, length: length - 1)
        }
        var name = member.name
        if member.isDirectory, !name.hasSuffix("/") { name += "/" }
        if name.utf8.count > 100, let slash = name.utf8.prefix(155).lastIndex(of: UInt8(ascii: "/")) {
            put(String(decoding: name.utf8[..<slash], as: UTF8.self), at: 345, length: 155)
            name = String(decoding: name.utf8[name.utf8.index(after: slash)...], as: UTF8.self)
        }
        put(name, at: 0, length: 100)
        putOctal(Int64(member.mode), at: 100, length: 8)
        putOctal(0, at: 108, length: 8)
        putOctal(0, at: 116, length: 8)
        putOctal(Int64(size), at: 124, length: 12)
        putOctal(member.modified, at: 136, length: 12)
        header[156] = member.isDirectory ? UInt8(ascii: "5") : UInt8(ascii: "0")
        put("ustar", at: 257, length: 6)
        put("00", at: 263, length: 2)
        put("root", at: 265, length: 32)
        put("root", at: 297, length: 32)
        put("        ", at: 148, length: 8)
        putOctal(checksum(of: header[...]), at: 148, length: 7)
        return header
    }

    /// The header's checksum: the sum of its bytes with the checksum field read as spaces.
    private static func checksum(of header: ArraySlice<UInt8>) -> Int64 {
        var sum: Int64 = 0
        for (index, byte) in header.enumerated() {
            sum += (148..<156).contains(index) ? 32 : Int64(byte)
        }
        return sum
    }

    private static func string(_ header: ArraySlice<UInt8>, from position: Int, length: Int) -> String {
        let field = header.dropFirst(position).prefix(length)
        return String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    private static func octal(_ header: ArraySlice<UInt8>, from position: Int, length: Int) -> Int64 {
        let digits = string(header, from: position, length: length).filter { ("0"..."7").contains($0) }
        return Int64(digits, radix: 8) ?? 0
    }
}
