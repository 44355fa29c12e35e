#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `od -t f` writes a floating-point field. GNU od (gnulib's `ftoastr`) prints `%.Ng` with
/// the fewest digits, from the type's `DIG` on (or 1 for a subnormal or zero), that read back as
/// the same value; busybox's `od_bloaty.c` prints `%.Ne` with `FLT_DIG`, `DBL_DIG` or `LDBL_DIG`.
enum OdFloat {
    /// The field for the `size`-byte value in `bytes` (little-endian), or nil for a size the
    /// machine has no type for.
    static func text(_ bytes: ArraySlice<UInt8>, size: Int, busybox: Bool) -> String {
        var bits: UInt64 = 0
        for byte in bytes.prefix(min(size, 8)).reversed() { bits = bits << 8 | UInt64(byte) }
        switch size {
        case 4:
            let value = Float(bitPattern: UInt32(truncatingIfNeeded: bits))
            if busybox { return PrintfFormatter.cFormat("%.6e", Double(value)) }
            return shortest(from: value.magnitude < Float.leastNormalMagnitude ? 1 : 6, upTo: 9) {
                PrintfFormatter.cFormat("%.\($0)g", Double(value))
            } readsBack: { Float($0) == value }
        case 8:
            let value = Double(bitPattern: bits)
            if busybox { return PrintfFormatter.cFormat("%.15e", value) }
            return shortest(from: value.magnitude < Double.leastNormalMagnitude ? 1 : 15, upTo: 17) {
                PrintfFormatter.cFormat("%.\($0)g", value)
            } readsBack: { Double($0) == value }
        default:
            return longDouble(bytes, busybox: busybox)
        }
    }

    /// Tries precisions from `first` up, as `ftoastr` does, and keeps the first that reads back
    /// (or the last, for a NaN, which never compares equal).
    private static func shortest(
        from first: Int, upTo bound: Int, _ format: (Int) -> String, readsBack: (String) -> Bool
    ) -> String {
        var precision = first
        while true {
            let text = format(precision)
            if precision >= bound || readsBack(text) { return text }
            precision += 1
        }
    }

    /// The x87 80-bit extended value in the first ten of sixteen bytes.
    private static func longDouble(_ bytes: ArraySlice<UInt8>, busybox: Bool) -> String {
        #if arch(x86_64) || arch(i386)
            var significand: UInt64 = 0
            for byte in bytes.prefix(8).reversed() { significand = significand << 8 | UInt64(byte) }
            let top = bytes.dropFirst(8).prefix(2)
            let exponentBits = UInt16(top.first ?? 0) | UInt16(top.dropFirst().first ?? 0) << 8
            // An unnormal (exponent set, integer bit clear) is invalid on the x87; glibc prints it as NaN.
            if exponentBits & 0x7fff != 0, significand >> 63 == 0 { return exponentBits & 0x8000 != 0 ? "-nan" : "nan" }
            let value = Float80(
                sign: exponentBits & 0x8000 != 0 ? .minus : .plus, exponentBitPattern: UInt(exponentBits & 0x7fff),
                significandBitPattern: significand & 0x7fff_ffff_ffff_ffff)
            if busybox { return PrintfFormatter.cFormat("%.18Le", value) }
            return shortest(from: value.magnitude < Float80.leastNormalMagnitude ? 1 : 18, upTo: 21) {
                PrintfFormatter.cFormat("%.\($0)Lg", value)
            } readsBack: { Float80($0) == value }
        #else
            return "?"
        #endif
    }
}
