/// A `sort -k` key: where it starts and ends in a line, and how it compares.
struct SortKey {
    var startField = 1, startCharacter = 1
    /// The last field of the key; nil means the end of the line.
    var endField: Int?
    /// The last character within `endField`; 0 means the end of that field.
    var endCharacter = 0
    var numeric = false, reverse = false, foldCase = false, skipBlanks = false
    /// True when the key spec named its own options, so global ones do not apply.
    var hasOwnOptions = false

    /// Why a key spec was refused, worded as GNU sort words it.
    enum Failure: Error {
        case invalidNumber(String)
        case zeroField(String)
        case zeroCharacter(String)
        case stray(String)

        var message: String {
            switch self {
            case .invalidNumber(let spec):
                "sort: invalid number at field start: invalid count at start of \(GNUMessages.quote(spec))\n"
            case .zeroField(let spec):
                "sort: field number is zero: invalid field specification \(GNUMessages.quote(spec))\n"
            case .zeroCharacter(let spec):
                "sort: character offset is zero: invalid field specification \(GNUMessages.quote(spec))\n"
            case .stray(let spec):
                "sort: stray character in field spec: invalid field specification \(GNUMessages.quote(spec))\n"
            }
        }
    }

    init() {}

    /// Parses `F[.C][OPTS][,F[.C][OPTS]]`.
    init(_ spec: String) throws(Failure) {
        var rest = Substring(spec)
        func number() -> Int? {
            let digits = rest.prefix(while: \.isASCIIDigit)
            rest = rest.dropFirst(digits.count)
            return digits.isEmpty ? nil : Int(digits) ?? Int.max
        }
        func options() throws(Failure) {
            while let c = rest.first, c != "," {
                switch c {
                case "n": numeric = true
                case "r": reverse = true
                case "f": foldCase = true
                case "b": skipBlanks = true
                default: throw .stray(spec)
                }
                hasOwnOptions = true
                rest.removeFirst()
            }
        }
        guard let field = number() else { throw .invalidNumber(String(spec)) }
        guard field > 0 else { throw .zeroField(spec) }
        startField = field
        if rest.first == "." {
            rest.removeFirst()
            guard let character = number() else { throw .invalidNumber(String(rest)) }
            guard character > 0 else { throw .zeroCharacter(spec) }
            startCharacter = character
        }
        try options()
        guard rest.first == "," else { return }
        rest.removeFirst()
        guard let end = number() else { throw .invalidNumber(String(rest)) }
        guard end > 0 else { throw .zeroField(spec) }
        endField = end
        if rest.first == "." {
            rest.removeFirst()
            endCharacter = number() ?? 0
        }
        try options()
        if !rest.isEmpty { throw .stray(spec) }
    }

    /// The bytes of `line` this key covers, fields split at `separator` or at blank runs.
    func extract(_ line: ArraySlice<UInt8>, separator: UInt8?) -> ArraySlice<UInt8> {
        let fields = Self.fieldStarts(line, separator: separator)
        func position(field: Int, character: Int, isEnd: Bool) -> Int {
            guard field <= fields.count else { return line.endIndex }
            var start = fields[field - 1]
            let fieldEnd = field < fields.count ? fields[field] - (separator == nil ? 0 : 1) : line.endIndex
            if skipBlanks { while start < fieldEnd, line[start] == 32 || line[start] == 9 { start += 1 } }
            if isEnd && character == 0 { return fieldEnd }
            return min(start + character - (isEnd ? 0 : 1), fieldEnd)
        }
        let start = position(field: startField, character: startCharacter, isEnd: false)
        let end = endField.map { position(field: $0, character: endCharacter, isEnd: true) } ?? line.endIndex
        return start < end ? line[start..<end] : line[start..<start]
    }

    /// Where each field starts: after each separator, or (by default) where a blank run begins.
    private static func fieldStarts(_ line: ArraySlice<UInt8>, separator: UInt8?) -> [Int] {
        var starts = [line.startIndex]
        var index = line.startIndex
        if let separator {
            while index < line.endIndex {
                if line[index] == separator { starts.append(index + 1) }
                index += 1
            }
            return starts
        }
        while index < line.endIndex {
            while index < line.endIndex, line[index] == 32 || line[index] == 9 { index += 1 }
            while index < line.endIndex, line[index] != 32 && line[index] != 9 { index += 1 }
            if index < line.endIndex { starts.append(index) }
        }
        return starts
    }
}
