/// Which lines of two texts differ, found as GNU diff finds them: lines that cannot match set
/// aside, Myers' O(ND) search for the middle snake from both ends, recursing on each half, then
/// the change runs slid so that they merge and sit as late as they can (`shift_boundaries`).
public struct LineDiff: Sendable {
    /// For each line of the old text, whether it was deleted.
    public private(set) var deleted: [Bool]
    /// For each line of the new text, whether it was inserted.
    public private(set) var inserted: [Bool]

    /// `horizon` is how many lines of the common prefix and suffix stay in view (the context
    /// lines of the output format), as GNU diff keeps them when it reads the files.
    public init(_ old: [String], _ new: [String], horizon: Int = 0) {
        // Lines are compared as small integers: equal lines get the same one.
        var codes: [String: Int] = [:]
        let allA = old.map { line in codes[line] ?? { codes[line] = codes.count; return codes.count - 1 }() }
        let allB = new.map { line in codes[line] ?? { codes[line] = codes.count; return codes.count - 1 }() }
        var prefix = 0
        while prefix < allA.count && prefix < allB.count && allA[prefix] == allB[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(allA.count, allB.count) - prefix && allA[allA.count - 1 - suffix] == allB[allB.count - 1 - suffix] {
            suffix += 1
        }
        let start = max(0, prefix - horizon)
        let trimmed = max(0, suffix - horizon)
        let a = Array(allA[start..<(allA.count - trimmed)])
        let b = Array(allB[start..<(allB.count - trimmed)])
        var (deleted, inserted) = Self.confusingLines(a, b)
        let keptA = a.indices.filter { !deleted[$0] }, keptB = b.indices.filter { !inserted[$0] }
        var search = MiddleSnakeSearch(a: keptA.map { a[$0] }, b: keptB.map { b[$0] })
        search.compare(0, keptA.count, 0, keptB.count)
        for (k, real) in keptA.enumerated() where search.deletedA[k] { deleted[real] = true }
        for (k, real) in keptB.enumerated() where search.insertedB[k] { inserted[real] = true }
        Self.shiftBoundaries(&deleted, other: &inserted, codes: a)
        Self.shiftBoundaries(&inserted, other: &deleted, codes: b)
        self.deleted = Array(repeating: false, count: start) + deleted + Array(repeating: false, count: trimmed)
        self.inserted = Array(repeating: false, count: start) + inserted + Array(repeating: false, count: trimmed)
    }

    /// Whether the texts are the same.
    public var isEmpty: Bool { !deleted.contains(true) && !inserted.contains(true) }

    /// Slides each run of changed lines back to merge with earlier runs, then forward as far as
    /// equal lines allow, then back to where the other file's changes line up with it.
    private static func shiftBoundaries(_ changed: inout [Bool], other: inout [Bool], codes: [Int]) {
        let end = changed.count
        // Both flag arrays are read one past each end, where they are false.
        func isChanged(_ i: Int) -> Bool { i >= 0 && i < changed.count && changed[i] }
        func otherChanged(_ j: Int) -> Bool { j >= 0 && j < other.count && other[j] }
        var i = 0
        var j = 0
        while true {
            while i < end && !changed[i] {
                while otherChanged(j) { j += 1 }
                j += 1
                i += 1
            }
            if i == end { break }
            var start = i
            i += 1
            while isChanged(i) { i += 1 }
            while otherChanged(j) { j += 1 }
            var corresponding = end
            var runLength = 0
            repeat {
                runLength = i - start
                while start > 0 && codes[start - 1] == codes[i - 1] {
                    start -= 1; changed[start] = true
                    i -= 1; changed[i] = false
                    while isChanged(start - 1) { start -= 1 }
                    j -= 1
                    while otherChanged(j) { j -= 1 }
                }
                corresponding = otherChanged(j - 1) ? i : end
                while i != end && codes[start] == codes[i] {
                    changed[start] = false; start += 1
                    changed[i] = true; i += 1
                    while isChanged(i) { i += 1 }
                    j += 1
                    while otherChanged(j) { corresponding = i; j += 1 }
                }
            } while runLength != i - start
            while corresponding < i {
                start -= 1; changed[start] = true
                i -= 1; changed[i] = false
                j -= 1
                while otherChanged(j) { j -= 1 }
            }
        }
    }
}

/// The divide-and-conquer search of GNU diff's `compareseq` and `diag`, without its speed heuristics.
private struct MiddleSnakeSearch {
    let a: [Int]
    let b: [Int]
    var deletedA: [Bool]
    var insertedB: [Bool]
    /// Furthest x reached on each diagonal k (stored at k + offset), forward and backward.
    var forward: [Int]
    var backward: [Int]
    let offset: Int

    init(a: [Int], b: [Int]) {
        self.a = a
        self.b = b
        deletedA = Array(repeating: false, count: a.count)
        insertedB = Array(repeating: false, count: b.count)
        offset = b.count + 1
        forward = Array(repeating: 0, count: a.count + b.count + 3)
        backward = forward
    }

    mutating func compare(_ xStart: Int, _ xEnd: Int, _ yStart: Int, _ yEnd: Int) {
        var xoff = xStart, xlim = xEnd, yoff = yStart, ylim = yEnd
        while xoff < xlim && yoff < ylim && a[xoff] == b[yoff] { xoff += 1; yoff += 1 }
        while xlim > xoff && ylim > yoff && a[xlim - 1] == b[ylim - 1] { xlim -= 1; ylim -= 1 }
        if xoff == xlim {
            for y in yoff..<ylim { insertedB[y] = true }
        } else if yoff == ylim {
            for x in xoff..<xlim { deletedA[x] = true }
        } else {
            let (xmid, ymid) = middle(xoff, xlim, yoff, ylim)
            compare(xoff, xmid, yoff, ymid)
            compare(xmid, xlim, ymid, ylim)
        }
    }

    /// The point where a shortest edit script from both ends meets.
    private mutating func middle(_ xoff: Int, _ xlim: Int, _ yoff: Int, _ ylim: Int) -> (Int, Int) {
        let dmin = xoff - ylim, dmax = xlim - yoff
        let fmid = xoff - yoff, bmid = xlim - ylim
        var fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid
        let odd = (fmid - bmid) & 1 != 0
        forward[fmid + offset] = xoff
        backward[bmid + offset] = xlim
        while true {
            if fmin > dmin { fmin -= 1; forward[fmin - 1 + offset] = -1 } else { fmin += 1 }
            if fmax < dmax { fmax += 1; forward[fmax + 1 + offset] = -1 } else { fmax -= 1 }
            for d in stride(from: fmax, through: fmin, by: -2) {
                let low = forward[d - 1 + offset], high = forward[d + 1 + offset]
                var x = low >= high ? low + 1 : high
                var y = x - d
                while x < xlim && y < ylim && a[x] == b[y] { x += 1; y += 1 }
                forward[d + offset] = x
                if odd && bmin <= d && d <= bmax && backward[d + offset] <= x { return (x, y) }
            }
            if bmin > dmin { bmin -= 1; backward[bmin - 1 + offset] = Int.max } else { bmin += 1 }
            if bmax < dmax { bmax += 1; backward[bmax + 1 + offset] = Int.max } else { bmax -= 1 }
            for d in stride(from: bmax, through: bmin, by: -2) {
                let low = backward[d - 1 + offset], high = backward[d + 1 + offset]
                var x = low < high ? low : high - 1
                var y = x - d
                while xoff < x && yoff < y && a[x - 1] == b[y - 1] { x -= 1; y -= 1 }
                backward[d + offset] = x
                if !odd && fmin <= d && d <= fmax && x <= forward[d + offset] { return (x, y) }
            }
        }
    }
}
