import Shell
import Testing

/// history, date, watch, env, which, whoami and hostname: what the session itself knows.
@Suite struct SessionUtilityTests {
    @Test func historyNumbersEnteredLines() {
        let session = makeSession()
        run(session, "echo one")
        run(session, "kubectl get pods |\nwc -l")
        run(session, "   ")
        #expect(run(session, "history").stdout == "    1  echo one\n    2  kubectl get pods | wc -l\n    3  history\n")
        #expect(run(session, "history 1").stdout == "    4  history 1\n")
        run(session, "history -c")
        #expect(run(session, "history").stdout == "    1  history\n")
        #expect(run(session, "history x").stderr == "bash: history: x: numeric argument required\n")
    }

    @Test func dateReadsTheVirtualClock() {
        let session = makeSession()
        session.filesystem.clock = { 1_745_393_100 }
        #expect(run(session, "date").stdout == "Wed Apr 23 07:25:00 UTC 2025\n")
        #expect(run(session, "date -u +%F_%T").stdout == "2025-04-23_07:25:00\n")
        #expect(run(session, "date +%s%n%j%n%A%n%B%n%e").stdout == "1745393100\n113\nWednesday\nApril\n23\n")
        #expect(run(session, "date -d 2024-02-29 +%a").stdout == "Thu\n")
        #expect(run(session, "date -R -d @0").stdout == "Thu, 01 Jan 1970 00:00:00 +0000\n")
        #expect(run(session, "date -Iseconds").stdout == "2025-04-23T07:25:00+00:00\n")
        #expect(run(session, "date -d bogus").combined == "date: invalid date ‘bogus’\n")
    }

    @Test func watchRunsAFewTimesMovingTheClock() {
        let sleeps = SleepLog()
        let session = makeSession(sleeps: sleeps)
        let result = run(session, "watch -n 10 -t echo hi")
        #expect(result.stdout == "hi\n\nhi\n\nhi\n")
        #expect(sleeps.seconds == [10, 10])
        #expect(run(session, "watch").stderr.contains("Usage:"))
    }

    @Test func envRunsCommandsWithExtraVariables() {
        let session = makeSession()
        #expect(run(session, "env A=1 env | grep '^A='").stdout == "A=1\n")
        #expect(run(session, "env nosuch").combined == "env: ‘nosuch’: No such file or directory\n")
        #expect(run(session, "echo $A").stdout == "\n")
    }

    @Test func whichFindsProgramsNotBuiltins() {
        let result = run("which grep cd awk jq; echo $?")
        #expect(result.stdout == "/usr/bin/grep\n/usr/bin/awk\n/usr/bin/jq\n1\n")
    }

    @Test func identity() {
        #expect(run("whoami; hostname").stdout == "bigred\ntaroko\n")
        #expect(run("whoami x").combined == "whoami: extra operand ‘x’\nTry 'whoami --help' for more information.\n")
    }

    @Test func pagersPrint() {
        #expect(run("less two.txt; cat greek.txt | more | head -1").stdout == "a b\nalpha\n")
    }
}
