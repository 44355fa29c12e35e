import Shell
import Testing

/// `sleep` moves the injected clock without waiting; `clear` prints the terminal's clear sequence.
@Suite struct SleepAndClearTests {
    static let errors: [Expected] = [
        Expected("sleep", "sleep: missing operand\nTry 'sleep --help' for more information.\n", 1),
        Expected("sleep x", "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n", 1),
        Expected("sleep 1x", "sleep: invalid time interval ‘1x’\nTry 'sleep --help' for more information.\n", 1),
        Expected("sleep -1", "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\n", 1),
        Expected("sleep -- -1", "sleep: invalid time interval ‘-1’\nTry 'sleep --help' for more information.\n", 1),
        Expected("sleep 1m x", "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n", 1),
        Expected("sleep -x", "sleep: invalid option -- 'x'\nTry 'sleep --help' for more information.\n", 1),
    ]

    @Test(arguments: errors)
    func refusesAsGNUSleepDoes(_ expected: Expected) {
        check(expected)
    }

    @Test(arguments: [
        ("sleep 5", [Int64(5)]), ("sleep 2m", [120]), ("sleep 1h", [3600]), ("sleep 1d", [86400]),
        ("sleep 1m 30s", [90]), ("sleep 0.5", [1]), ("sleep 0", [0]), ("sleep 3600; sleep 1", [3600, 1]),
    ])
    func movesTheClock(_ line: String, _ seconds: [Int64]) {
        let log = SleepLog()
        let result = run(makeSession(sleeps: log), line)
        #expect(result.combined.isEmpty)
        #expect(result.status == 0)
        #expect(log.seconds == seconds)
    }

    @Test func invalidIntervalDoesNotSleep() {
        let log = SleepLog()
        run(makeSession(sleeps: log), "sleep 5 x")
        #expect(log.seconds.isEmpty)
    }

    @Test func clearPrintsTheClearSequence() {
        let result = run("clear")
        #expect(result.stdout == "\u{1B}[H\u{1B}[2J\u{1B}[3J")
        #expect(result.status == 0)
    }
}
