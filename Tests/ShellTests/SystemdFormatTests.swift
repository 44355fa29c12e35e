import KubeAPI
import Testing

@testable import Shell

/// systemd's time, duration and size formats, and how units and their command lines are read.
@Suite("systemd formats and unit files")
struct SystemdFormatTests {
    let now = Timestamp(seconds: 1_745_393_100)  // 2025-04-23 07:25:00 UTC

    @Test("relative times take the largest units that matter, as systemctl status shows them")
    func relative() {
        func ago(_ seconds: Int64) -> String { SystemdFormat.relative(now.adding(seconds: -seconds), now: now) }
        #expect(ago(0) == "now")
        #expect(ago(42) == "42s ago")
        #expect(ago(200) == "3min 20s ago")
        #expect(ago(600) == "10min ago")
        #expect(ago(4000) == "1h 6min ago")
        #expect(ago(24_240) == "6h ago")
        #expect(ago(26 * 3600) == "1 day 2h ago")
        #expect(ago(3 * 86_400) == "3 days ago")
        #expect(ago(8 * 86_400) == "1 week 1 day ago")
        #expect(SystemdFormat.timestamp(now) == "Wed 2025-04-23 07:25:00 UTC")
    }

    @Test("durations to the millisecond and sizes in binary units")
    func timespanAndBytes() {
        #expect(SystemdFormat.timespan(milliseconds: 45) == "45ms")
        #expect(SystemdFormat.timespan(milliseconds: 5_123) == "5.123s")
        #expect(SystemdFormat.timespan(milliseconds: 5_050) == "5.050s")
        #expect(SystemdFormat.timespan(milliseconds: 605_123) == "10min 5.123s")
        #expect(SystemdFormat.timespan(milliseconds: 7_263_000) == "2h 1min 3s")
        #expect(SystemdFormat.bytes(512) == "512B")
        #expect(SystemdFormat.bytes(91_037_696) == "86.8M")
        #expect(SystemdFormat.bytes(3 << 30) == "3.0G")
    }

    @Test("a unit with drop-ins: later ExecStart= lines replace, variables come from Environment= and files")
    func unitWithDropIns() throws {
        let fs = VirtualFileSystem()
        fs.makeDirectory("/etc/systemd/system/demo.service.d")
        fs.write("/etc/systemd/system/demo.service", "[Unit]\nDescription=Demo\n[Service]\nExecStart=/bin/old\n[Install]\nWantedBy=multi-user.target\n")
        fs.write(
            "/etc/systemd/system/demo.service.d/10-args.conf",
            "[Service]\nEnvironment=\"A=--one --two\" B=x\nEnvironmentFile=-/etc/default/demo\nEnvironmentFile=-/missing\nExecStart=\nExecStart=/bin/demo $A ${B}y $C $UNSET\n")
        fs.write("/etc/default/demo", "# comment\nC=\"--three\"\n")
        let unit = try #require(SystemdUnit.load("demo", from: fs))
        #expect(unit.name == "demo.service" && unit.description == "Demo" && unit.isEnabled)
        #expect(unit.dropInPaths == ["/etc/systemd/system/demo.service.d/10-args.conf"])
        #expect(unit.argv(try #require(unit.execStart), in: fs) == ["/bin/demo", "--one", "--two", "xy", "--three"])
        #expect(SystemdUnit.load("absent", from: fs) == nil)
        #expect(SystemdUnit.words("/bin/sh -euc \"if [ -f x ]; then y; fi\"") == ["/bin/sh", "-euc", "if [ -f x ]; then y; fi"])
    }

    @Test("journalctl's --since forms in the node's UTC")
    func journalTimes() {
        func parse(_ text: String) -> String? { JournalTime.parse(text, now: now)?.rfc3339 }
        #expect(parse("2025-04-23 07:00") == "2025-04-23T07:00:00Z")
        #expect(parse("2025-04-22") == "2025-04-22T00:00:00Z")
        #expect(parse("06:30:15") == "2025-04-23T06:30:15Z")
        #expect(parse("today") == "2025-04-23T00:00:00Z")
        #expect(parse("yesterday") == "2025-04-22T00:00:00Z")
        #expect(parse("-1h") == "2025-04-23T06:25:00Z")
        #expect(parse("10 min ago") == "2025-04-23T07:15:00Z")
        #expect(parse("25:00") == nil && parse("soon") == nil && parse("") == nil)
    }
}
