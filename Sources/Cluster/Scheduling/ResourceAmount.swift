/// CPU in millicores and memory in bytes, parsed from Kubernetes quantities (`250m`, `70Mi`, `4`).
struct ResourceAmount: Equatable {
    var milliCPU: Int64 = 0
    var memory: Int64 = 0

    static func + (a: ResourceAmount, b: ResourceAmount) -> ResourceAmount {
        ResourceAmount(milliCPU: a.milliCPU + b.milliCPU, memory: a.memory + b.memory)
    }

    static func - (a: ResourceAmount, b: ResourceAmount) -> ResourceAmount {
        ResourceAmount(milliCPU: a.milliCPU - b.milliCPU, memory: a.memory - b.memory)
    }

    /// Parses a quantity into its base unit times `scale` (1000 for millicores).
    static func parse(_ text: String, scale: Double = 1) -> Int64 {
        let suffixes: [(String, Double)] = [
            ("Ki", 1024), ("Mi", 1_048_576), ("Gi", 1_073_741_824), ("Ti", 1_099_511_627_776),
            ("k", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("m", 1e-3),
        ]
        for (suffix, factor) in suffixes where text.hasSuffix(suffix) {
            guard let number = Double(text.dropLast(suffix.count)) else { return 0 }
            return Int64((number * factor * scale).rounded(.up))
        }
        return Int64(((Double(text) ?? 0) * scale).rounded(.up))
    }
}
