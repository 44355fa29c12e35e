extension ShellSession {
    /// What reading a character device gives, or nil when `path` is not one: `/dev/null` is empty,
    /// `/dev/zero` NUL bytes, `/dev/urandom` and `/dev/random` bytes from a seeded generator, so a
    /// replay reads the same. The endless ones give `deviceReadLimit` bytes, which bounds
    /// `cat /dev/zero` where the real one never ends.
    func deviceContents(_ path: String) -> String? {
        switch resolve(path) {
        case "/dev/null": return ""
        case "/dev/zero": return String(repeating: "\0", count: Self.deviceReadLimit)
        case "/dev/urandom", "/dev/random": return RawBytes.string(randomBytes(Self.deviceReadLimit))
        default: return nil
        }
    }

    /// How many bytes one read of an endless device gives.
    static let deviceReadLimit = 65_536

    /// The next `count` bytes of splitmix64, seeded per session; each read continues where the last stopped.
    private func randomBytes(_ count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            deviceRandomState &+= 0x9E37_79B9_7F4A_7C15
            var z = deviceRandomState
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            for shift in stride(from: 0, to: 64, by: 8) where bytes.count < count {
                bytes.append(UInt8(truncatingIfNeeded: z >> UInt64(shift)))
            }
        }
        return bytes
    }
}
