import KubeAPI
import Testing

/// Floats printed as Go prints them: kubectl's JSON, its YAML (go-yaml's `%g`) and map keys.
@Suite("Go float formatting")
struct GoFloatTests {
    @Test("encoding/json: fixed notation from 1e-6 to 1e21, exponents otherwise without a padded negative", arguments: [
        (0.1, "0.1"), (0.000001, "0.000001"), (1e-7, "1e-7"), (5e-8, "5e-8"), (1e20, "100000000000000000000"),
        (1e21, "1e+21"), (1.5e300, "1.5e+300"), (123456789.5, "123456789.5"), (-2.25, "-2.25"), (3, "3"),
        (-9223372036854775808, "-9223372036854776000"), (1e-100, "1e-100"),
    ])
    func json(_ number: Double, _ expected: String) {
        #expect(GoFloat.json(number) == expected)
    }

    @Test("%g: the exponent form below 1e-4 and from 1e6, its exponent at least two digits", arguments: [
        (1e6, "1e+06"), (100000, "100000"), (1234567, "1.234567e+06"), (0.0001, "0.0001"), (0.00001, "1e-05"),
        (1e-7, "1e-07"), (1e20, "1e+20"), (123456789.5, "1.234567895e+08"), (-0.5, "-0.5"),
        (.infinity, "+Inf"), (-.infinity, "-Inf"), (.nan, "NaN"),
    ])
    func g(_ number: Double, _ expected: String) {
        #expect(GoFloat.g(number) == expected)
    }

    @Test("a float32's shortest digits, as YAML keys are written")
    func float32() {
        #expect(GoFloat.g(float32: 3.14159265358) == "3.1415927")
        #expect(GoFloat.g(float32: 1.5) == "1.5")
        #expect(GoFloat.g(float32: 1e40) == "+Inf")
    }

    @Test("a float reads back as an integer when its JSON text does")
    func jsonInteger() {
        #expect(GoFloat.jsonInteger(3) == 3)
        #expect(GoFloat.jsonInteger(-0.0) == 0)
        #expect(GoFloat.jsonInteger(0.5) == nil)
        #expect(GoFloat.jsonInteger(1e20) == nil)
        #expect(GoFloat.jsonInteger(-9223372036854775808) == nil)
    }
}
