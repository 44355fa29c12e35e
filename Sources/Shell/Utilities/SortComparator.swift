/// Compares lines by a list of keys, then (unless `-s` or `-u`) by their bytes.
struct SortComparator {
    var keys: [SortKey]
    var separator: UInt8?
    var lastResort: Bool
    var reverse: Bool

    func compare(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        for key in keys {
            let x = key.extract(a, separator: separator)
            let y = key.extract(b, separator: separator)
            var result = key.numeric ? Self.compareNumbers(x, y) : Self.compareBytes(x, y, foldCase: key.foldCase)
            if key.reverse { result = -result }
            if result != 0 { return result }
        }
        guard lastResort else { return 0 }
        let result = Self.compareBytes(a, b, foldCase: false)
        return reverse ? -result : result
    }

    static func compareBytes(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, foldCase: Bool) -> Int {
        func fold(_ byte: UInt8) -> UInt8 { foldCase && (97...122).contains(byte) ? byte - 32 : byte }
        for (x, y) in zip(a, b) where fold(x) != fold(y) {
            return fold(x) < fold(y) ? -1 : 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    /// Compares leading numbers as `sort -n` reads them: blanks, a sign, digits, a decimal part.
    static func compareNumbers(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        let x = parse(a)
        let y = parse(b)
        if x.negative != y.negative { return x.negative ? -1 : 1 }
        var result: Int
        if x.integer.count != y.integer.count {
            result = x.integer.count < y.integer.count ? -1 : 1
        } else {
            result = compareBytes(x.integer, y.integer, foldCase: false)
            if result == 0 { result = compareBytes(x.fraction, y.fraction, foldCase: false) }
        }
        return x.negative ? -result : result
    }

    private static func parse(_ bytes: ArraySlice<UInt8>) -> (
        negative: Bool, integer: ArraySlice<UInt8>, fraction: ArraySlice<UInt8>
    ) {
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
        var negative = false
        if index < bytes.endIndex, bytes[index] == 45 {
            negative = true
            index += 1
        }
        while index < bytes.endIndex, bytes[index] == 48 { index += 1 }
        let integerStart = index
        while index < bytes.endIndex, (48...57).contains(bytes[index]) { index += 1 }
        let integer = bytes[integerStart..<index]
        var fraction = bytes[index..<index]
        if index < bytes.endIndex, bytes[index] == 46 {
            let start = index + 1
            index = start
            while index < bytes.endIndex, (48...57).contains(bytes[index]) { index += 1 }
            fraction = bytes[start..<index]
            while fraction.last == 48 { fraction = fraction.dropLast() }
        }
        if integer.isEmpty && fraction.isEmpty { negative = false }
        return (negative, integer, fraction)
    }
}
