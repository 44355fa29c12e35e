import Testing

@testable import KubeAPI

@Suite("Times as the API writes and reads them")
struct TimestampTests {
    @Test("RFC 3339 in UTC with whole seconds, read back to the same instant")
    func roundTrip() {
        let samples: [(Int64, String)] = [
            (0, "1970-01-01T00:00:00Z"),
            (1_745_392_800_999, "2025-04-23T07:20:00Z"),
            (951_782_400_000, "2000-02-29T00:00:00Z"),
            (253_402_300_799_000, "9999-12-31T23:59:59Z"),
        ]
        for (milliseconds, text) in samples {
            #expect(Timestamp(milliseconds: milliseconds).rfc3339 == text)
            #expect(Timestamp(rfc3339: text) == Timestamp(seconds: Timestamp(milliseconds: milliseconds).seconds))
        }
    }

    @Test("years before 1000 are padded to four digits, as Go writes them")
    func earlyYears() {
        #expect(Timestamp(seconds: -62_135_596_800 + 86400 * 365).rfc3339 == "0002-01-01T00:00:00Z")
    }

    @Test("RFC 1123 with a numeric zone, as describe prints container states")
    func rfc1123() {
        #expect(Timestamp(milliseconds: 1_745_392_800_999).rfc1123Z == "Wed, 23 Apr 2025 07:20:00 +0000")
        #expect(Timestamp(seconds: 0).rfc1123Z == "Thu, 01 Jan 1970 00:00:00 +0000")
        #expect(Timestamp(seconds: -62_135_596_800 + 86400 * 365).rfc1123Z == "Tue, 01 Jan 0002 00:00:00 +0000")
    }

    @Test("fractions are kept to the millisecond; other forms are refused")
    func parsing() {
        #expect(Timestamp(rfc3339: "2025-04-23T07:20:00.5Z")?.milliseconds == 1_745_392_800_500)
        #expect(Timestamp(rfc3339: "2025-04-23T07:20:00.123456Z")?.milliseconds == 1_745_392_800_123)
        #expect(Timestamp(rfc3339: "2025-04-23 07:20:00") == nil)
        #expect(Timestamp(rfc3339: "yesterday") == nil)
        #expect(Timestamp(rfc3339: "") == nil)
    }
}
