extension Substring.UTF8View {
    /// Whether `needle` occurs in these bytes.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        let found = withContiguousStorageIfAvailable { haystack in Self.search(haystack, needle, first) }
        return found ?? Array(self).withUnsafeBufferPointer { Self.search($0, needle, first) }
    }

    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], _ first: UInt8) -> Bool {
        guard haystack.count >= needle.count else { return false }
        let lastStart = haystack.count - needle.count
        var start = 0
        while start <= lastStart {
            guard let hit = haystack[start...lastStart].firstIndex(of: first) else { return false }
            if needle.indices.allSatisfy({ haystack[hit + $0] == needle[$0] }) { return true }
            start = hit + 1
        }
        return false
    }
}
