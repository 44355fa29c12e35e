import OrderedCollections
import KubeAPI

extension OrderedDictionary where Key == String, Value == JSONValue {
    /// The positions of the members in key order, as the apiserver's JSON sorts them (by bytes);
    /// nil when they are in that order already, so printing sorted needs no sorted copy.
    var keyOrder: [Int]? { order(by: <) }

    /// The positions of the members in go-yaml v2's key order (`GoYAMLKeyOrder`), which kubectl's
    /// YAML goes through; nil when they are in that order already.
    var yamlKeyOrder: [Int]? { order(by: GoYAMLKeyOrder.less) }

    private func order(by less: (String, String) -> Bool) -> [Int]? {
        let keys = self.keys
        var index = 1
        while index < keys.count, less(keys[index - 1], keys[index]) { index += 1 }
        guard index < keys.count else { return nil }
        return keys.indices.sorted { less(keys[$0], keys[$1]) }
    }
}

/// go-yaml v2's order of map keys (`keyList.Less` in its sorter), a "natural" order: runs of
/// digits compare as numbers (`item9` before `item10`), and where one key has a letter and the
/// other does not, the one without comes first (`a_b` before `aZ`, though `Z` < `_` in bytes).
enum GoYAMLKeyOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        if let result = asciiLess(a, b) { return result }
        return less(
            a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value),
            isLetter: { Unicode.Scalar($0).map(isLetter) ?? false },
            isDigit: { Unicode.Scalar($0)?.properties.numericType == .decimal })
    }

    /// The order of two keys read in place as bytes; nil when they first differ at a byte
    /// outside ASCII. Most keys first differ at two letters, which compare as bytes.
    private static func asciiLess(_ a: String, _ b: String) -> Bool? {
        var a = a, b = b
        return a.withUTF8 { ab in
            b.withUTF8 { bb -> Bool? in
                var i = 0
                while i < ab.count && i < bb.count && ab[i] == bb[i] { i += 1 }
                guard i < ab.count && i < bb.count else { return ab.count < bb.count }
                let x = ab[i], y = bb[i]
                guard x < 0x80, y < 0x80 else { return nil }
                if isASCIILetter(UInt32(x)) && isASCIILetter(UInt32(y)) { return x < y }
                return less(ab, bb, isLetter: { isASCIILetter(UInt32($0)) }, isDigit: { $0 >= 0x30 && $0 <= 0x39 })
            }
        }
    }

    private static func less<C: RandomAccessCollection>(
        _ a: C, _ b: C, isLetter: (C.Element) -> Bool, isDigit: (C.Element) -> Bool
    ) -> Bool where C.Element: BinaryInteger, C.Index == Int {
        let ar = a, br = b
        var i = 0
        while i < ar.count && i < br.count {
            let x = ar[ar.startIndex + i], y = br[br.startIndex + i]
            if x == y {
                i += 1
                continue
            }
            let al = isLetter(x), bl = isLetter(y)
            if al && bl { return x < y }
            if al || bl { return bl }
            var an: Int64 = 0, bn: Int64 = 0
            if x == 0x30 || y == 0x30 {
                var j = i - 1
                while j >= 0 && isDigit(ar[ar.startIndex + j]) {
                    if ar[ar.startIndex + j] != 0x30 {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(ar[ar.startIndex + ai]) {
                an = an &* 10 &+ (Int64(ar[ar.startIndex + ai]) &- 0x30)
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(br[br.startIndex + bi]) {
                bn = bn &* 10 &+ (Int64(br[br.startIndex + bi]) &- 0x30)
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return x < y
        }
        return ar.count < br.count
    }

    private static func isASCIILetter(_ value: UInt32) -> Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// Go's `unicode.IsLetter`: the general categories L*.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
}
