extension LineDiff {
    /// GNU diff's `discard_confusing_lines`: lines with no match in the other file are taken as
    /// changed before the search, and so are lines with very many matches when they sit inside
    /// a run of such lines; the search then aligns only the rest. Returns the flags per file.
    static func confusingLines(_ a: [Int], _ b: [Int]) -> ([Bool], [Bool]) {
        var countsA: [Int: Int] = [:], countsB: [Int: Int] = [:]
        for code in a { countsA[code, default: 0] += 1 }
        for code in b { countsB[code, default: 0] += 1 }
        return (discards(a, otherCounts: countsB), discards(b, otherCounts: countsA))
    }

    /// 0 keep, 1 discard, 2 discard provisionally; then the provisional ones settled.
    private static func discards(_ codes: [Int], otherCounts: [Int: Int]) -> [Bool] {
        let end = codes.count
        var many = 5
        var tem = end / 64
        while true { tem >>= 2; if tem <= 0 { break }; many *= 2 }
        var marks = codes.map { code -> UInt8 in
            let matches = otherCounts[code] ?? 0
            return matches == 0 ? 1 : matches > many ? 2 : 0
        }
        var i = 0
        while i < end {
            if marks[i] == 2 {
                marks[i] = 0
            } else if marks[i] != 0 {
                var j = i
                var provisional = 0
                while j < end && marks[j] != 0 {
                    if marks[j] == 2 { provisional += 1 }
                    j += 1
                }
                while j > i && marks[j - 1] == 2 { j -= 1; marks[j] = 0; provisional -= 1 }
                let length = j - i
                if provisional * 4 > length {
                    while j > i { j -= 1; if marks[j] == 2 { marks[j] = 0 } }
                } else {
                    settleRun(&marks, from: i, length: length)
                    i += length - 1
                }
            }
            i += 1
        }
        return marks.map { $0 != 0 }
    }

    /// Within a run of discards: subruns of too many provisionals kept, and provisionals kept
    /// near both ends until three firm discards in a row (or one eight lines in).
    private static func settleRun(_ marks: inout [UInt8], from i: Int, length: Int) {
        var minimum = 1
        var tem = length >> 2
        while true { tem >>= 2; if tem <= 0 { break }; minimum <<= 1 }
        minimum += 1
        var j = 0
        var consecutive = 0
        while j < length {
            if marks[i + j] != 2 {
                consecutive = 0
            } else {
                consecutive += 1
                if minimum == consecutive {
                    j -= consecutive
                } else if minimum < consecutive {
                    marks[i + j] = 0
                }
            }
            j += 1
        }
        for step in [1, -1] {
            let base = step == 1 ? i : i + length - 1
            consecutive = 0
            for k in 0..<length {
                let at = base + step * k
                if k >= 8 && marks[at] == 1 { break }
                if marks[at] == 2 {
                    consecutive = 0
                    marks[at] = 0
                } else if marks[at] == 0 {
                    consecutive = 0
                } else {
                    consecutive += 1
                }
                if consecutive == 3 { break }
            }
        }
    }
}
