/// A `tr` set such as `a-z`, `[:upper:]` or `\n`, read as bytes as GNU tr reads it.
struct TrSet {
    /// One piece of a set as written.
    enum Element {
        case byte(UInt8)
        case range(UInt8, UInt8)
        case characterClass(BracketExpression.CharacterClass)
        /// `[c*n]`; a nil count fills set 2 to the length of set 1.
        case repeated(UInt8, Int?)
    }

    /// Why a set was refused, worded as GNU tr words it.
    enum Failure: Error {
        case reverseRange(String)
        case invalidClass(String)
        case misalignedCase, classInSecondSet
        case invalidRepeatCount(String)

        var message: String {
            switch self {
            case .reverseRange(let text): "tr: range-endpoints of '\(text)' are in reverse collating sequence order\n"
            case .invalidClass(let name): "tr: invalid character class \(GNUMessages.quote(name))\n"
            case .misalignedCase: "tr: misaligned [:upper:] and/or [:lower:] construct\n"
            case .invalidRepeatCount(let count):
                "tr: invalid repeat count \(GNUMessages.quote(count)) in [c*n] construct\n"
            case .classInSecondSet:
                "tr: when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'\n"
            }
        }
    }

    var elements: [Element] = []

    init(_ text: String) throws(Failure) {
        let bytes = RawBytes.bytes(text)
        var index = 0
        /// Reads one possibly escaped byte.
        func character() -> UInt8 {
            let byte = bytes[index]
            index += 1
            guard byte == 92 else { return byte }
            guard index < bytes.count else { return 92 }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case 97: return 7
            case 98: return 8
            case 102: return 12
            case 110: return 10
            case 114: return 13
            case 116: return 9
            case 118: return 11
            case 48...55:
                var value = Int(escaped - 48)
                var digits = 1
                while digits < 3, index < bytes.count, (48...55).contains(bytes[index]),
                    value * 8 + Int(bytes[index] - 48) < 256
                {
                    value = value * 8 + Int(bytes[index] - 48)
                    index += 1
                    digits += 1
                }
                return UInt8(value)
            default: return escaped
            }
        }
        while index < bytes.count {
            let start = index
            if bytes[index] == 91, index + 1 < bytes.count {
                if bytes[index + 1] == 58 || bytes[index + 1] == 61,
                    let close = Self.find(bytes, [bytes[index + 1], 93], from: index + 2)
                {
                    let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
                    index = close + 2
                    if bytes[start + 1] == 61 {
                        elements += name.utf8.map { .byte($0) }
                        continue
                    }
                    guard let characterClass = BracketExpression.CharacterClass(rawValue: name) else {
                        throw .invalidClass(name)
                    }
                    elements.append(.characterClass(characterClass))
                    continue
                }
                index += 1
                if index < bytes.count {
                    let repeated = character()
                    if index < bytes.count, bytes[index] == 42, let close = bytes[index...].firstIndex(of: 93) {
                        let digits = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                        let count = digits.isEmpty ? nil : Int(digits, radix: digits.hasPrefix("0") ? 8 : 10)
                        if !digits.isEmpty, count == nil, digits.allSatisfy(\.isASCIIDigit) {
                            throw .invalidRepeatCount(digits)
                        }
                        if digits.isEmpty || count != nil {
                            elements.append(.repeated(repeated, count == 0 ? nil : count))
                            index = close + 1
                            continue
                        }
                    }
                }
                index = start + 1
                elements.append(.byte(91))
                continue
            }
            let low = character()
            if index + 1 < bytes.count, bytes[index] == 45 {
                index += 1
                let high = character()
                guard low <= high else { throw .reverseRange(String(decoding: bytes[start..<index], as: UTF8.self)) }
                elements.append(.range(low, high))
            } else {
                elements.append(.byte(low))
            }
        }
    }

    private static func find(_ bytes: [UInt8], _ pair: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == pair[0] && bytes[index + 1] == pair[1] { return index }
            index += 1
        }
        return nil
    }

    /// The bytes of the set in order; `fill` is the length a `[c*]` element pads the set to.
    ///
    /// Only the first `limit` bytes are made: positions past set 1's end change nothing.
    func expanded(fill: Int = 0, limit: Int = 1 << 16) -> [UInt8] {
        var result: [UInt8] = []
        let fixed = elements.reduce(0) { total, element in
            if case .repeated(_, let count) = element { return total + min(count ?? 0, limit) }
            return total + Self.expand(element, count: 0).count
        }
        for element in elements where result.count < limit {
            result += Self.expand(element, count: min(max(0, fill - fixed), limit))
        }
        return result
    }

    private static func expand(_ element: Element, count: Int) -> [UInt8] {
        switch element {
        case .byte(let byte): return [byte]
        case .range(let low, let high): return Array(low...high)
        case .characterClass(let characterClass):
            return (0...255).map { UInt8($0) }.filter { $0 < 128 && characterClass.contains(Unicode.Scalar($0)) }
        case .repeated(let byte, let times): return Array(repeating: byte, count: min(times ?? count, 1 << 16))
        }
    }
}
