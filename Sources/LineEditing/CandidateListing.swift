/// Lays out completion candidates in columns, down then across, the way a shell lists them.
enum CandidateListing {
    /// Returns the candidates as lines, each ending in "\n", fitting in `width` screen columns.
    static func text(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let widths = candidates.map(displayWidth)
        let columnWidth = (widths.max() ?? 0) + 2
        let columns = max(1, min(candidates.count, (width + 2) / columnWidth))
        let rows = (candidates.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for index in stride(from: row, to: candidates.count, by: rows) {
                if !line.isEmpty {
                    let previous = index - rows
                    line += String(repeating: " ", count: columnWidth - widths[previous])
                }
                line += candidates[index]
            }
            text += line + "\n"
        }
        return text
    }

    /// The number of screen columns `s` takes: two for each wide (CJK) character, none for a
    /// combining mark.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control:
                total
            default:
                total + (wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1)
            }
        }
    }

    /// Unicode's East Asian Wide and Fullwidth blocks, coarsely: Hangul, CJK, kana, fullwidth
    /// forms and emoji.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]
}
