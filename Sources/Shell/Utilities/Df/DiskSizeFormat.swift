/// How df programs write a byte count: GNU coreutils' human_readable (gnulib, rounding up) and
/// busybox's make_human_readable_str (rounding to nearest).
enum DiskSizeFormat {
    /// gnulib's human_readable with autoscaling and ceiling rounding, as `df -h` (base 1024) and
    /// `df -H` (base 1000) use it: one decimal below 10, no unit letter below one unit.
    static func gnuHuman(_ bytes: Int64, base: UInt64) -> String {
        var amount = UInt64(max(0, bytes))
        var tenths: UInt64 = 0
        var rounding: UInt64 = 0
        var exponent = 0
        var decimal: String = ""
        if base <= amount {
            repeat {
                let r10 = (amount % base) * 10 + tenths
                let r2 = (r10 % base) * 2 + (rounding >> 1)
                amount /= base
                tenths = r10 / base
                rounding = r2 < base ? (r2 + rounding != 0 ? 1 : 0) : 2 + (base < r2 + rounding ? 1 : 0)
                exponent += 1
            } while base <= amount && exponent < 8
            if amount < 10 {
                if rounding > 0 {
                    tenths += 1
                    rounding = 0
                    if tenths == 10 {
                        amount += 1
                        tenths = 0
                    }
                }
                if amount < 10 {
                    decimal = ".\(tenths)"
                    tenths = 0
                    rounding = 0
                }
            }
        }
        if tenths + rounding > 0 {
            amount += 1
            if amount == base, exponent < 8 {
                exponent += 1
                amount = 1
                decimal = ".0"
            }
        }
        return "\(amount)\(decimal)\(letter(exponent, base: base))"
    }

    private static func letter(_ exponent: Int, base: UInt64) -> String {
        guard exponent > 0 else { return "" }
        if exponent == 1, base == 1000 { return "k" }
        return String(Array("KMGTPEZY")[exponent - 1])
    }

    /// busybox's make_human_readable_str: with `unit`, the count in that unit rounded to
    /// nearest; with unit 0, autoscaled with one decimal (`97.9G`, `64.0M`, `0`).
    static func busybox(_ bytes: Int64, unit: Int64) -> String {
        guard bytes > 0 else { return "0" }
        var value = UInt64(bytes)
        if unit > 0 {
            return String((value + UInt64(unit) / 2) / UInt64(unit))
        }
        let letters = Array("KMGTPEZY")
        var index = -1
        var fraction: UInt64 = 0
        while value >= 1024 {
            index += 1
            fraction = ((value % 1024) * 10 + 512) / 1024
            value /= 1024
        }
        if fraction >= 10 {
            value += 1
            fraction = 0
        }
        return index < 0 ? String(value) : "\(value).\(fraction)\(letters[index])"
    }
}
