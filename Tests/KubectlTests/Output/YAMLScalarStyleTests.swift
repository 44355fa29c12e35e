import KubeAPI
import Testing

@testable import Kubectl

/// Plain, single-quoted, double-quoted or block literal, and where long lines fold: every case is
/// what kubectl 1.32 printed for the string as a ConfigMap value (`YAMLScalarCases`).
@Suite("YAML scalar styles as go-yaml v2 writes them")
struct YAMLScalarStyleTests {
    /// The `data:` mapping with one entry, as `kubectl create configmap x --from-literal=k=VALUE -o yaml` prints it.
    private static func entry(_ key: String, _ value: String) -> String {
        let data: JSONValue = [key: .string(value)]
        let document = YAMLPrinter.print(["data": data])
        return String(document.dropFirst("data:\n  ".count).dropLast())
    }

    @Test("Null and boolean words are double-quoted; other spellings and \"<<\" stay plain", arguments: YAMLScalarCases.nullAndBoolWords)
    func nullAndBoolWords(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test(".inf and .nan are double-quoted in go-yaml's spellings only", arguments: YAMLScalarCases.specialFloats)
    func specialFloats(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Decimal integers are double-quoted when Go parses them with every _ dropped", arguments: YAMLScalarCases.decimalIntegers)
    func decimalIntegers(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("0x, 0o and 0b integers are double-quoted only when they fit in 64 bits", arguments: YAMLScalarCases.prefixedIntegers)
    func prefixedIntegers(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Floats are double-quoted when they match go-yaml's pattern and do not overflow", arguments: YAMLScalarCases.floats)
    func floats(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Timestamps are double-quoted in the layouts go-yaml tries, valid dates only", arguments: YAMLScalarCases.timestamps)
    func timestamps(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Base-60 numbers are double-quoted", arguments: YAMLScalarCases.base60)
    func base60(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Indicators, \": \" and \" #\" single-quote a scalar", arguments: YAMLScalarCases.indicators)
    func indicators(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Leading and trailing spaces single-quote; tabs double-quote", arguments: YAMLScalarCases.blanks)
    func blanks(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Unprintable characters are escaped in double quotes; NEL reads back as a space", arguments: YAMLScalarCases.nonPrintable)
    func nonPrintable(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Non-ASCII text stays plain unless outside the Basic Multilingual Plane", arguments: YAMLScalarCases.nonASCII)
    func nonASCII(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Quotes are doubled in single quotes; backslashes stay plain", arguments: YAMLScalarCases.quotesAndBackslashes)
    func quotesAndBackslashes(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Line breaks make a block literal with its hints, or double quotes beside spaces", arguments: YAMLScalarCases.lineBreaks)
    func lineBreaks(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Random strings", arguments: YAMLScalarCases.random)
    func random(value: String, expected: String) { #expect(Self.entry("k", value) == "k: " + expected) }

    @Test("Keys follow the same rules; long or multi-line ones are written after \"? \"", arguments: YAMLScalarCases.keys)
    func keys(key: String, expected: String) { #expect(Self.entry(key, "v") == expected) }

    @Test("Long scalars fold at a space once the line passes 80 characters", arguments: YAMLScalarCases.folding)
    func folding(key: String, value: String, expected: String) { #expect(Self.entry(key, value) == expected) }

    @Test("A collection under a \"? \" key starts on the \": \" line")
    func complexKeyValues() {
        // Captured from kubectl 1.32 (`label --local -f FILE -o yaml`), keys of 130 bytes.
        let long = String(repeating: "k", count: 130)
        let value: JSONValue = [
            "extra": [
                "a\nb": ["p": "q"],
                long: ["a": "b", "c": ["d", ["e": "f"]]],
                long + "2": ["x", "y"],
                long + "3": "v\n",
                "z": [long + "5": 1],
            ]
        ]
        #expect(YAMLPrinter.print(value) == """
            extra:
              ? |-
                a
                b
              : p: q
              ? \(long)
              : a: b
                c:
                - d
                - e: f
              ? \(long)2
              : - x
                - "y"
              ? \(long)3
              : |
                v
              z:
                ? \(long)5
                : 1

            """)
    }

    @Test("A document streamed in small chunks folds the same")
    func foldingAcrossChunks() {
        var chunks: [String] = []
        var out = OutputBytes(sink: { chunks.append($0) }, chunkSize: 8)
        let value: JSONValue = ["k": .string("é \(String(repeating: "a", count: 90)) b"), "l": "x\n\ny\n"]
        YAMLPrinter.write(value, into: &out)
        out.finish()
        #expect(chunks.joined() == YAMLPrinter.print(value))
        #expect(chunks.joined() == "k: é \(String(repeating: "a", count: 90))\n  b\nl: |\n  x\n\n  y\n")
    }

    @Test("Only controls, spaces, indicators and non-ASCII bytes are looked at closely")
    func closerLook() {
        let indicators = Set(" #,[]{}&*!|>'\"%@`?:-".utf8)
        for byte in UInt8.min...UInt8.max {
            let expected = byte < 0x20 || byte >= 0x7F || indicators.contains(byte)
            #expect(YAMLPrinter.needsCloserLook(byte) == expected, "byte \(byte)")
        }
    }
}
