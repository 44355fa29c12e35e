/// `HumanSizeWithPrecision(size, 3)` of Docker's `go-units` (decimal units, three significant
/// digits), with the space podman's `images` puts before the unit: `1.09 GB`, `720 MB`.
enum GoUnitsSize {
    static func human(bytes: Int64) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return significant(value, digits: 3) + " " + units[unit]
    }

    /// `%.*g` for values below 1000: `digits` significant digits, trailing zeros dropped.
    private static func significant(_ value: Double, digits: Int) -> String {
        var decimals = digits - 1
        var scale = 10.0
        while decimals > 0, value >= scale {
            decimals -= 1
            scale *= 10
        }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = Int64((value * factor).rounded(.toNearestOrEven))
        var text = String(scaled)
        if decimals > 0 {
            while text.count <= decimals { text = "0" + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
