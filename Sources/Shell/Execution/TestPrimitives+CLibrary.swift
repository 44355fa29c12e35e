/// What dash's and busybox's `test` take from the C library: `strtoll` numbers, `fnmatch`
/// patterns and `stat` comparisons of two files.
extension TestPrimitives {
    /// A number as `strtoll` reads one in base 10 and both tests check it: blanks, a sign,
    /// digits, then nothing but blanks.
    enum CInteger: Equatable {
        case value(Int64)
        case outOfRange
        case invalid
    }

    static func cInteger(_ text: String) -> CInteger {
        var scalars = Substring(text).unicodeScalars.drop { isCSpace($0) }
        var negative = false
        if let sign = scalars.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            scalars = scalars.dropFirst()
        }
        let digits = scalars.prefix { $0.properties.numericType == .decimal && $0.isASCII }
        guard !digits.isEmpty else { return .invalid }
        // strtoll's ERANGE is checked before what follows the digits.
        let magnitude = String(String.UnicodeScalarView(digits))
        guard let value = Int64(negative ? "-" + magnitude : magnitude) else { return .outOfRange }
        guard scalars.dropFirst(digits.count).allSatisfy(isCSpace) else { return .invalid }
        return .value(value)
    }

    /// `isspace` in the C locale.
    private static func isCSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || ("\t"..."\r").contains(scalar)
    }

    /// `fnmatch(pattern, text, 0)`: a glob over the whole text, `\` quoting the next character,
    /// neither `/` nor a leading `.` special.
    static func fnmatch(_ pattern: String, _ text: String) -> Bool {
        VirtualFileSystem.globMatches(PatternCharacter.unescaping(pattern), Array(text.unicodeScalars), periodIsSpecial: false)
    }

    /// A unary test as dash and busybox evaluate it: `-t` is false (no terminal) once `number`
    /// has read its operand, in the shell's words when it cannot.
    func posixUnary<Failure: Error>(
        _ op: String, _ operand: String, number: (String) throws(Failure) -> Int64
    ) throws(Failure) -> Bool {
        switch op {
        case "-z": return operand.isEmpty
        case "-n": return !operand.isEmpty
        case "-t":
            _ = try number(operand)
            return false
        default: return unary(op, operand)
        }
    }

    /// `-nt`, `-ot` and `-ef` as dash and busybox compare: false unless both files exist.
    func existingFiles(_ op: String, _ left: String, _ right: String) -> Bool {
        guard !left.isEmpty, !right.isEmpty, let l = session.filesystem.entry(session.resolve(left)),
            let r = session.filesystem.entry(session.resolve(right))
        else { return false }
        switch op {
        case "-nt": return l.modified > r.modified
        case "-ot": return l.modified < r.modified
        default: return session.resolve(left) == session.resolve(right)
        }
    }
}
