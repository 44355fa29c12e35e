/// One ASN.1 DER element (tag, length, content), read from bytes or built to be written.
public struct DERElement: Equatable, Sendable {
    public var tag: UInt8
    public var content: [UInt8]

    public static let integer: UInt8 = 0x02, bitString: UInt8 = 0x03, octetString: UInt8 = 0x04, null: UInt8 = 0x05
    public static let objectIdentifier: UInt8 = 0x06, utcTime: UInt8 = 0x17, generalizedTime: UInt8 = 0x18
    public static let sequence: UInt8 = 0x30, set: UInt8 = 0x31, boolean: UInt8 = 0x01

    public init(tag: UInt8, content: [UInt8]) {
        self.tag = tag
        self.content = content
    }

    /// A constructed element holding `children`.
    public init(tag: UInt8, _ children: [DERElement]) {
        self.init(tag: tag, content: children.flatMap(\.encoded))
    }

    /// The whole encoding: tag, definite length, content.
    public var encoded: [UInt8] {
        var length: [UInt8] = []
        var count = content.count
        if count < 0x80 {
            length = [UInt8(count)]
        } else {
            while count > 0 {
                length.insert(UInt8(count & 0xff), at: 0)
                count >>= 8
            }
            length.insert(0x80 | UInt8(length.count), at: 0)
        }
        return [tag] + length + content
    }

    /// The elements a constructed element holds; nil when its content is not well-formed DER.
    public var children: [DERElement]? { Self.elements(content) }

    /// The elements `bytes` holds one after another; nil if any is cut short or malformed.
    public static func elements(_ bytes: [UInt8]) -> [DERElement]? {
        var elements: [DERElement] = []
        var index = 0
        while index < bytes.count {
            guard index + 1 < bytes.count else { return nil }
            let tag = bytes[index]
            var length = Int(bytes[index + 1])
            index += 2
            if length >= 0x80 {
                let count = length & 0x7f
                guard count >= 1, count <= 4, index + count <= bytes.count else { return nil }
                length = bytes[index..<index + count].reduce(0) { $0 << 8 | Int($1) }
                index += count
            }
            guard length <= bytes.count - index else { return nil }
            elements.append(DERElement(tag: tag, content: Array(bytes[index..<index + length])))
            index += length
        }
        return elements
    }

    /// The one element `bytes` holds, nothing after it.
    public static func single(_ bytes: [UInt8]) -> DERElement? {
        guard let elements = elements(bytes), elements.count == 1 else { return nil }
        return elements[0]
    }

    /// An OBJECT IDENTIFIER from its dotted form.
    public static func oid(_ dotted: String) -> DERElement {
        let arcs = dotted.split(separator: ".").compactMap { UInt64($0) }
        var content: [UInt8] = []
        for arc in [arcs[0] * 40 + arcs[1]] + arcs.dropFirst(2) {
            var chunk: [UInt8] = [UInt8(arc & 0x7f)]
            var rest = arc >> 7
            while rest > 0 {
                chunk.insert(UInt8(rest & 0x7f) | 0x80, at: 0)
                rest >>= 7
            }
            content += chunk
        }
        return DERElement(tag: objectIdentifier, content: content)
    }

    /// A non-negative INTEGER from its big-endian magnitude.
    public static func unsignedInteger(_ magnitude: [UInt8]) -> DERElement {
        var bytes = Array(magnitude.drop { $0 == 0 })
        if bytes.isEmpty || bytes[0] & 0x80 != 0 { bytes.insert(0, at: 0) }
        return DERElement(tag: integer, content: bytes)
    }

    /// A BIT STRING of whole bytes, less the trailing zero bits Go's encoder leaves out.
    public static func bits(_ bytes: [UInt8], trimmingTrailingZeros: Bool = false) -> DERElement {
        var unused: UInt8 = 0
        if trimmingTrailingZeros, let last = bytes.last, last != 0 { unused = UInt8(last.trailingZeroBitCount) }
        return DERElement(tag: bitString, content: [unused] + bytes)
    }

    /// An explicitly tagged context-specific element (`[n] EXPLICIT`).
    public static func explicit(_ number: UInt8, _ inner: DERElement) -> DERElement {
        DERElement(tag: 0xa0 | number, [inner])
    }
}
