import KubeAPI
import Testing

@testable import Cluster

@Suite("cron schedules as robfig/cron parses them")
struct CronScheduleTests {
    static let start = Timestamp(seconds: 1_745_393_100)

    func next(_ spec: String, after: Timestamp = start, offset: Int64 = 0) throws -> String? {
        try CronSchedule.parse(spec).next(after: after, offsetSeconds: offset)?.rfc3339
    }

    @Test("steps, ranges, lists and names")
    func fields() throws {
        #expect(try next("*/5 * * * *") == "2025-04-23T07:30:00Z")
        #expect(try next("*/1 * * * *") == "2025-04-23T07:26:00Z")
        #expect(try next("0 9-17 * * *") == "2025-04-23T09:00:00Z")
        #expect(try next("15,45 * * * *") == "2025-04-23T07:45:00Z")
        #expect(try next("0 0 * * MON") == "2025-04-28T00:00:00Z")
        #expect(try next("0 0 1 JAN *") == "2026-01-01T00:00:00Z")
    }

    @Test("descriptors")
    func descriptors() throws {
        #expect(try next("@hourly") == "2025-04-23T08:00:00Z")
        #expect(try next("@daily") == "2025-04-24T00:00:00Z")
        #expect(try next("@weekly") == "2025-04-27T00:00:00Z")
        #expect(try next("@every 90s") == "2025-04-23T07:26:30Z")
    }

    @Test("a time zone moves the wall clock the schedule reads: Asia/Taipei is UTC+8")
    func timeZone() throws {
        #expect(try next("0 9 * * *", offset: 8 * 3600) == "2025-04-24T01:00:00Z")
    }

    @Test("day-of-month and day-of-week are ORed unless one is a star")
    func days() throws {
        #expect(try next("0 0 1 * MON") == "2025-04-28T00:00:00Z")
        #expect(try next("0 0 30 2 *") == nil)
    }

    @Test("errors in robfig/cron's words")
    func errors() {
        #expect(throws: CronScheduleError("expected exactly 5 fields, found 1: [bad]")) {
            try CronSchedule.parse("bad")
        }
        #expect(throws: CronScheduleError("end of range (60) above maximum (59): 60")) {
            try CronSchedule.parse("60 * * * *")
        }
        #expect(throws: CronScheduleError("unrecognized descriptor: @often")) { try CronSchedule.parse("@often") }
    }
}
