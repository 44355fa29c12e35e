/// Go's `sort.Sort` (pattern-defeating quicksort), step for step, so that rows which compare
/// equal end up in the order kubectl's `--sort-by` leaves them in. The sort is not stable, and
/// which equal rows swap depends on the algorithm's exact choices (pivots, its fixed xorshift).
struct GoSort<Element> {
    var items: [Element]
    let less: (Element, Element) -> Bool

    /// `items` sorted by `less` as `sort.Sort` would order them.
    static func sorted(_ items: [Element], by less: @escaping (Element, Element) -> Bool) -> [Element] {
        var sorter = GoSort(items: items, less: less)
        let count = items.count
        guard count > 1 else { return items }
        sorter.pdqsort(0, count, limit: Int.bitWidth - count.leadingZeroBitCount)
        return sorter.items
    }

    private func isLess(_ i: Int, _ j: Int) -> Bool { less(items[i], items[j]) }

    private mutating func swap(_ i: Int, _ j: Int) { items.swapAt(i, j) }

    private mutating func insertionSort(_ a: Int, _ b: Int) {
        var i = a + 1
        while i < b {
            var j = i
            while j > a && isLess(j, j - 1) {
                swap(j, j - 1)
                j -= 1
            }
            i += 1
        }
    }

    private mutating func siftDown(_ lo: Int, _ hi: Int, _ first: Int) {
        var root = lo
        while true {
            var child = 2 * root + 1
            if child >= hi { return }
            if child + 1 < hi && isLess(first + child, first + child + 1) { child += 1 }
            if !isLess(first + root, first + child) { return }
            swap(first + root, first + child)
            root = child
        }
    }

    private mutating func heapSort(_ a: Int, _ b: Int) {
        let hi = b - a
        var i = (hi - 1) / 2
        while i >= 0 {
            siftDown(i, hi, a)
            i -= 1
        }
        i = hi - 1
        while i >= 0 {
            swap(a, a + i)
            siftDown(0, i, a)
            i -= 1
        }
    }

    private enum Hint { case unknown, increasing, decreasing }

    private mutating func pdqsort(_ start: Int, _ end: Int, limit: Int) {
        var a = start
        var b = end
        var limit = limit
        var wasBalanced = true
        var wasPartitioned = true
        while true {
            let length = b - a
            if length <= 12 {
                insertionSort(a, b)
                return
            }
            if limit == 0 {
                heapSort(a, b)
                return
            }
            if !wasBalanced {
                breakPatterns(a, b)
                limit -= 1
            }
            var (pivot, hint) = choosePivot(a, b)
            if hint == .decreasing {
                reverseRange(a, b)
                pivot = (b - 1) - (pivot - a)
                hint = .increasing
            }
            if wasBalanced && wasPartitioned && hint == .increasing && partialInsertionSort(a, b) { return }
            if a > 0 && !isLess(a - 1, pivot) {
                a = partitionEqual(a, b, pivot)
                continue
            }
            let (mid, alreadyPartitioned) = partition(a, b, pivot)
            wasPartitioned = alreadyPartitioned
            let leftLength = mid - a
            let rightLength = b - mid
            let threshold = length / 8
            if leftLength < rightLength {
                wasBalanced = leftLength >= threshold
                pdqsort(a, mid, limit: limit)
                a = mid + 1
            } else {
                wasBalanced = rightLength >= threshold
                pdqsort(mid + 1, b, limit: limit)
                b = mid
            }
        }
    }

    private mutating func partition(_ a: Int, _ b: Int, _ pivot: Int) -> (Int, Bool) {
        swap(a, pivot)
        var i = a + 1
        var j = b - 1
        while i <= j && isLess(i, a) { i += 1 }
        while i <= j && !isLess(j, a) { j -= 1 }
        if i > j {
            swap(j, a)
            return (j, true)
        }
        swap(i, j)
        i += 1
        j -= 1
        while true {
            while i <= j && isLess(i, a) { i += 1 }
            while i <= j && !isLess(j, a) { j -= 1 }
            if i > j { break }
            swap(i, j)
            i += 1
            j -= 1
        }
        swap(j, a)
        return (j, false)
    }

    private mutating func partitionEqual(_ a: Int, _ b: Int, _ pivot: Int) -> Int {
        swap(a, pivot)
        var i = a + 1
        var j = b - 1
        while true {
            while i <= j && !isLess(a, i) { i += 1 }
            while i <= j && isLess(a, j) { j -= 1 }
            if i > j { break }
            swap(i, j)
            i += 1
            j -= 1
        }
        return i
    }

    private mutating func partialInsertionSort(_ a: Int, _ b: Int) -> Bool {
        var i = a + 1
        for _ in 0..<5 {
            while i < b && !isLess(i, i - 1) { i += 1 }
            if i == b { return true }
            if b - a < 50 { return false }
            swap(i, i - 1)
            if i - a >= 2 {
                var j = i - 1
                while j >= 1 {
                    if !isLess(j, j - 1) { break }
                    swap(j, j - 1)
                    j -= 1
                }
            }
            if b - i >= 2 {
                var j = i + 1
                while j < b {
                    if !isLess(j, j - 1) { break }
                    swap(j, j - 1)
                    j += 1
                }
            }
        }
        return false
    }

    private mutating func breakPatterns(_ a: Int, _ b: Int) {
        let length = b - a
        guard length >= 8 else { return }
        var random = UInt64(length)
        let modulus = UInt(1) << (UInt.bitWidth - UInt(length).leadingZeroBitCount)
        var index = a + (length / 4) * 2 - 1
        while index <= a + (length / 4) * 2 + 1 {
            random ^= random << 13
            random ^= random >> 17
            random ^= random << 5
            var other = Int(UInt(truncatingIfNeeded: random) & (modulus - 1))
            if other >= length { other -= length }
            swap(index, a + other)
            index += 1
        }
    }

    private func choosePivot(_ a: Int, _ b: Int) -> (Int, Hint) {
        let l = b - a
        var swaps = 0
        var i = a + l / 4 * 1
        var j = a + l / 4 * 2
        var k = a + l / 4 * 3
        if l >= 8 {
            if l >= 50 {
                i = median(i - 1, i, i + 1, &swaps)
                j = median(j - 1, j, j + 1, &swaps)
                k = median(k - 1, k, k + 1, &swaps)
            }
            j = median(i, j, k, &swaps)
        }
        switch swaps {
        case 0: return (j, .increasing)
        case 12: return (j, .decreasing)
        default: return (j, .unknown)
        }
    }

    private func order2(_ a: Int, _ b: Int, _ swaps: inout Int) -> (Int, Int) {
        if isLess(b, a) {
            swaps += 1
            return (b, a)
        }
        return (a, b)
    }

    private func median(_ a: Int, _ b: Int, _ c: Int, _ swaps: inout Int) -> Int {
        var (a, b, c) = (a, b, c)
        (a, b) = order2(a, b, &swaps)
        (b, c) = order2(b, c, &swaps)
        (a, b) = order2(a, b, &swaps)
        _ = (a, c)
        return b
    }

    private mutating func reverseRange(_ a: Int, _ b: Int) {
        var i = a
        var j = b - 1
        while i < j {
            swap(i, j)
            i += 1
            j -= 1
        }
    }
}
