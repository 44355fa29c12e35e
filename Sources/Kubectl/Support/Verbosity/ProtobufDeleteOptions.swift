/// The `metav1.DeleteOptions` a typed client sends with a DELETE, as the Kubernetes protobuf
/// serializer writes it: the `k8s\0` magic, then a `runtime.Unknown` holding the type meta
/// (`v1`, `DeleteOptions`), the options' own bytes (always present, empty when no option is
/// set) and the empty content encoding and type.
enum ProtobufDeleteOptions {
    /// The body's bytes for a grace period (nil: none) and a server dry run.
    static func encoded(gracePeriodSeconds: Int?, dryRun: Bool) -> [UInt8] {
        var options: [UInt8] = []
        // gracePeriodSeconds = 1 (int64, varint); dryRun = 5 (repeated string).
        if let gracePeriodSeconds { options += [0x08] + varint(UInt64(bitPattern: Int64(gracePeriodSeconds))) }
        if dryRun { options += field(5, Array("All".utf8)) }
        let typeMeta = field(1, Array("v1".utf8)) + field(2, Array("DeleteOptions".utf8))
        let unknown = field(1, typeMeta) + field(2, options) + field(3, []) + field(4, [])
        return Array("k8s".utf8) + [0] + unknown
    }

    /// A length-delimited field: its key (wire type 2), the length, the bytes.
    private static func field(_ number: UInt8, _ bytes: [UInt8]) -> [UInt8] {
        [number << 3 | 2] + varint(UInt64(bytes.count)) + bytes
    }

    private static func varint(_ value: UInt64) -> [UInt8] {
        var rest = value
        var out: [UInt8] = []
        while rest >= 0x80 {
            out.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        return out + [UInt8(rest)]
    }
}
