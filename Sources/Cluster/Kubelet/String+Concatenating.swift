extension String {
    /// `parts` one after another, their bytes copied once into storage allocated once. Kubelet
    /// wake-up keys and field paths are built for every step, and `append` costs several times
    /// the copy for each part it adds.
    static func concatenating(_ parts: String...) -> String {
        var count = 0
        for part in parts { count += part.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
                    (target + written).initialize(from: source, count: bytes.count)
                    written += bytes.count
                }
            }
            return written
        }
    }
}
