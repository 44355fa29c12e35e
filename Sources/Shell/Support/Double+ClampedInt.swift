extension Double {
    /// The value truncated toward zero as an `Int`, NaN as 0 and out-of-range values clamped,
    /// so a program's arithmetic can never trap the shell.
    var clampedInt: Int {
        guard !isNaN else { return 0 }
        if self >= 9.0e18 { return Int.max }
        if self <= -9.0e18 { return Int.min }
        return Int(self)
    }
}
