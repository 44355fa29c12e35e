import Kubectl
import Shell
import Testing

/// A session whose clock moves with `sleep`, as the lab's does.
private func timedSession() -> ShellSession {
    final class Clock: @unchecked Sendable { var seconds: Int64 = 1_700_000_000 }
    let clock = Clock()
    let fs = VirtualFileSystem(clock: { clock.seconds })
    fs.makeDirectory("/home/bigred", owner: "bigred")
    return ShellSession(user: "bigred", hostname: "taroko", home: "/home/bigred", filesystem: fs) { clock.seconds += $0 }
}

/// `time`: bash's report of the virtual time a pipeline took, against bash 5.2's format.
@Suite struct TimeKeywordTests {
    @Test("the default format: real from the clock, no processor time, on standard error")
    func defaultFormat() {
        let result = run(timedSession(), "time sleep 125 | cat")
        #expect(result.stdout == "")
        #expect(result.stderr == "\nreal\t2m5.000s\nuser\t0m0.000s\nsys\t0m0.000s\n")
    }

    @Test("time alone, time -p, and with ! in either order")
    func forms() {
        let session = timedSession()
        #expect(run(session, "time").stderr == "\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n")
        #expect(run(session, "time -p sleep 3").stderr == "real 3.00\nuser 0.00\nsys 0.00\n")
        #expect(run(session, "time ! true").status == 1)
        #expect(run(session, "! time true").status == 1)
        #expect(run(session, "echo time -p").stdout == "time -p\n")
    }

    @Test("TIMEFORMAT: precision, long form, percentages, an empty format, a bad character")
    func timeFormat() {
        let session = timedSession()
        session.environment["TIMEFORMAT"] = "%R %0R %1lR %P %% %5U|%"
        #expect(run(session, "time sleep 61").stderr == "61.000 61 1m1.0s 0.00 % 0.000|%\n")
        session.environment["TIMEFORMAT"] = ""
        #expect(run(session, "time sleep 1").stderr == "")
        session.environment["TIMEFORMAT"] = "%x"
        #expect(run(session, "time true").stderr == "bash: TIMEFORMAT: `x': invalid format character\n")
    }

    @Test("redirections belong to the command; the report goes to the shell's standard error")
    func redirections() {
        let session = timedSession()
        #expect(run(session, "time echo hi > /dev/null 2>&1").stderr.hasPrefix("\nreal"))
        #expect(run(session, "{ time sleep 2; } 2>&1 | grep real").stdout == "real\t0m2.000s\n")
    }
}
