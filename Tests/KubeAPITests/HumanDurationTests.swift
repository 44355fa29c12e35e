import KubeAPI
import Testing

/// apimachinery's HumanDuration table (kubectl-output-cases.md, Part B).
@Suite struct HumanDurationTests {
    static let second: Int64 = 1000
    static let minute = 60 * second
    static let hour = 60 * minute
    static let day = 24 * hour
    static let year = 365 * day

    static let cases: [(milliseconds: Int64, expected: String)] = [
        (-2 * second, "<invalid>"),
        (-2 * second + 1, "0s"),
        (0, "0s"),
        (999, "0s"),
        (second, "1s"),
        (70 * second, "70s"),
        (2 * minute - 1, "119s"),
        (2 * minute, "2m"),
        (2 * minute + second, "2m1s"),
        (190 * second, "3m10s"),
        (10 * minute - 1, "9m59s"),
        (10 * minute, "10m"),
        (10 * minute + second, "10m"),
        (70 * minute, "70m"),
        (3 * hour - 1, "179m"),
        (3 * hour, "3h"),
        (3 * hour + minute, "3h1m"),
        (8 * hour - 1, "7h59m"),
        (8 * hour, "8h"),
        (8 * hour + 59 * minute, "8h"),
        (47 * hour, "47h"),
        (48 * hour - 1, "47h"),
        (48 * hour, "2d"),
        (49 * hour, "2d1h"),
        (8 * day - 1, "7d23h"),
        (8 * day, "8d"),
        (8 * day + 23 * hour, "8d"),
        (8 * day + 2 * hour, "8d"),
        (367 * day, "367d"),
        (730 * day - 1, "729d"),
        (730 * day, "2y"),
        (730 * day + 23 * hour + 59 * minute, "2y"),
        (731 * day, "2y1d"),
        (3 * year, "3y"),
        (4 * year, "4y"),
        (5 * year, "5y"),
        (6 * year, "6y"),
        (7 * year, "7y"),
        (8 * year - 1, "7y364d"),
        (8 * year, "8y"),
        (8 * year + 364 * day, "8y"),
        (9 * year, "9y"),
        (90 * day, "90d"),
        (10 * year, "10y"),
        (100 * minute, "100m"),
        (5 * minute, "5m"),
        (30 * second, "30s"),
        (-2100, "<invalid>"),
        (-1900, "0s"),
    ]

    @Test(arguments: cases)
    func format(milliseconds: Int64, expected: String) {
        #expect(HumanDuration.format(milliseconds: milliseconds) == expected)
    }

    @Test func sinceMeasuresFromTheTimestampToNow() {
        let now = Timestamp(seconds: 1_800_000_000)
        #expect(HumanDuration.since(now.adding(seconds: -330), now: now) == "5m30s")
        #expect(HumanDuration.since(now.adding(milliseconds: 1900), now: now) == "0s")
        #expect(HumanDuration.since(now.adding(milliseconds: 2100), now: now) == "<invalid>")
    }

    @Test func zeroTimestampIsUnknown() {
        #expect(HumanDuration.since(nil, now: Timestamp(seconds: 0)) == "<unknown>")
    }
}
