extension Quantity {
    /// The zero quantity, which prints `0`.
    public static let zero = Quantity(mantissa: 0, scale: 0, format: .decimalSI)

    /// Go's `Quantity.Add`: the exact sum, printed in this quantity's format.
    public func adding(_ other: Quantity) -> Quantity {
        let target = Swift.min(scale, other.scale)
        func mantissa(at scale: Int, of quantity: Quantity) -> Int64 {
            var value = quantity.mantissa
            for _ in 0..<(quantity.scale - scale) { value = value.multipliedReportingOverflow(by: 10).partialValue }
            return value
        }
        let sum = mantissa(at: target, of: self) &+ mantissa(at: target, of: other)
        return Quantity(mantissa: sum, scale: target, format: format)
    }
}
