import Kubectl
import Testing

@testable import Shell

/// Job control at the prompt, as interactive bash 5.2 shows it (checked with `bash -i` on a pty).
@Suite("Job control: &, jobs, wait, kill, fg, bg, disown, exec")
struct JobControlTests {
    /// A clock the session's `sleep` moves.
    final class Clock: @unchecked Sendable {
        var now: Int64 = 1000
    }

    private func session() -> (ShellSession, Clock) {
        let clock = Clock()
        let filesystem = VirtualFileSystem(clock: { clock.now })
        filesystem.makeDirectory("/home/bigred", owner: "bigred")
        let shell = ShellSession(user: "bigred", hostname: "taroko", home: "/home/bigred", filesystem: filesystem) { clock.now += $0 }
        return (shell, clock)
    }

    @Test("a job is announced on standard error, $! is its PID, and it is reported done once its time has passed")
    func startAndDone() {
        let (shell, clock) = session()
        let started = run(shell, "sleep 5 &")
        #expect(started.stderr == "[1] 2482\n" && started.stdout == "" && started.status == 0)
        #expect(clock.now == 1000)
        #expect(run(shell, "echo $!").stdout == "2482\n")
        #expect(run(shell, "jobs").stdout == "[1]+  Running                 sleep 5 &\n")
        #expect(run(shell, "jobs -l").stdout == "[1]+  2482 Running                 sleep 5 &\n")
        #expect(run(shell, "jobs -p").stdout == "2482\n")
        let later = run(shell, "sleep 10; echo after")
        #expect(later.combined == "[1]+  Done                    sleep 5\nafter\n")
        #expect(run(shell, "jobs").stdout == "")
    }

    @Test("what a job writes after sleeping waits for the clock; its exit status shows in the notice")
    func deferredOutput() {
        let (shell, _) = session()
        #expect(run(shell, "(sleep 3; echo late; exit 4) &").stderr == "[1] 2482\n")
        #expect(run(shell, "echo now").combined == "now\n")
        let later = run(shell, "sleep 5")
        #expect(later.stdout == "late\n")
        #expect(later.stderr == "[1]+  Exit 4                  ( sleep 3; echo late; exit 4 )\n")
    }

    @Test("the current and previous jobs are marked; a pipeline lists a process per stage")
    func markersAndPipelines() {
        let (shell, _) = session()
        run(shell, "sleep 100 &")
        run(shell, "sleep 200 | cat &")
        run(shell, "sleep 300 &")
        #expect(run(shell, "jobs").stdout == """
            [1]   Running                 sleep 100 &
            [2]-  Running                 sleep 200 | cat &
            [3]+  Running                 sleep 300 &

            """)
        #expect(run(shell, "jobs -l %2").stdout == "[2]-  2483 Running                 sleep 200\n      2484                       | cat &\n")
        #expect(run(shell, "echo $!; jobs -p").stdout == "2485\n2482\n2483\n2485\n")
    }

    @Test("kill ends a job at once; the prompt right after comes first, so its notice waits for the next; wait returns 128 + the signal")
    func kill() {
        let (shell, _) = session()
        run(shell, "sleep 100 &")
        #expect(run(shell, "kill %1").combined == "")
        #expect(run(shell, "echo next").combined == "next\n[1]+  Terminated              sleep 100\n")
        run(shell, "sleep 100 &")
        #expect(run(shell, "kill -9 %1; wait %1; echo $?").combined == "[1]+  Killed                  sleep 100\n137\n")
        run(shell, "sleep 100 &")
        run(shell, "kill -s USR1 2484")
        #expect(run(shell, "jobs").stdout == "[1]+  User defined signal 1   sleep 100\n")
        // SIGPIPE ends a job without a notice; ignored signals leave it running.
        run(shell, "sleep 100 &")
        #expect(run(shell, "kill -CHLD %%; kill -0 %%; jobs").stdout == "[1]+  Running                 sleep 100 &\n")
        run(shell, "kill -PIPE %1")
        #expect(run(shell, ":").combined == "")
        #expect(run(shell, "jobs").stdout == "")
    }

    @Test("kill's refusals as bash words them")
    func killErrors() {
        let (shell, _) = session()
        #expect(run(shell, "kill %3").combined == "bash: kill: %3: no such job\n")
        #expect(run(shell, "kill 1234; echo $?").combined == "bash: kill: (1234) - No such process\n1\n")
        #expect(run(shell, "kill abc").stderr == "bash: kill: abc: arguments must be process or job IDs\n")
        #expect(run(shell, "kill -FOO 1").stderr == "bash: kill: FOO: invalid signal specification\n")
        #expect(run(shell, "kill -sigterm 1").stderr == "bash: kill: igterm: invalid signal specification\n")
        #expect(run(shell, "kill -s").stderr == "bash: kill: -s: option requires an argument\n")
        let usage = run(shell, "kill -9")
        #expect(usage.status == 2)
        #expect(usage.stderr == "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n")
    }

    @Test("kill -l lists the signals five to a line and names numbers and exit statuses")
    func killList() {
        let (shell, _) = session()
        let table = run(shell, "kill -l").stdout
        #expect(table.hasPrefix(" 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL\t 5) SIGTRAP\n"))
        #expect(table.contains("31) SIGSYS\t34) SIGRTMIN\t35) SIGRTMIN+1\t"))
        #expect(table.hasSuffix("63) SIGRTMAX-1\t64) SIGRTMAX\t\n"))
        #expect(run(shell, "kill -l 15 143 TERM sighup").stdout == "TERM\nTERM\n15\n1\n")
        #expect(run(shell, "kill -l 65").stderr == "bash: kill: 65: invalid signal specification\n")
    }

    @Test("wait moves the clock to a job's end and returns its status; fg shows its command first")
    func waitAndForeground() {
        let (shell, clock) = session()
        run(shell, "(sleep 30; exit 3) &")
        #expect(run(shell, "wait %1; echo $?").combined == "[1]+  Exit 3                  ( sleep 30; exit 3 )\n3\n")
        #expect(clock.now == 1030)
        run(shell, "sleep 20 &")
        #expect(run(shell, "wait 2483; echo $?; wait 2483; echo $?").combined == "[1]+  Done                    sleep 20\n0\n0\n")
        run(shell, "sleep 10 &")
        #expect(run(shell, "fg; echo $?").combined == "sleep 10\n0\n")
        #expect(clock.now == 1060)
        #expect(run(shell, "fg").stderr == "bash: fg: current: no such job\n")
        #expect(run(shell, "wait %2").stderr == "bash: wait: %2: no such job\n")
        #expect(run(shell, "wait 77").stderr == "bash: wait: pid 77 is not a child of this shell\n")
    }

    @Test("bg has nothing to resume; disown takes jobs out of the table")
    func backgroundAndDisown() {
        let (shell, _) = session()
        run(shell, "sleep 100 &")
        #expect(run(shell, "bg; echo $?").combined == "bash: bg: job 1 already in background\n0\n")
        #expect(run(shell, "bg %4").stderr == "bash: bg: %4: no such job\n")
        #expect(run(shell, "disown; jobs; disown").combined == "bash: disown: current: no such job\n")
        #expect(run(shell, "kill %1").stderr == "bash: kill: %1: no such job\n")
    }

    @Test("exec runs a program in the shell's place and ends it; without one it does nothing")
    func exec() {
        let (shell, _) = session()
        #expect(run(shell, "exec").combined == "")
        let missing = shell.run("exec nosuch; echo $?", sink: OutputBuffer())
        #expect(!missing.shellEnded)
        let buffer = OutputBuffer()
        let replaced = shell.run("exec echo bye; echo never", sink: buffer)
        #expect(buffer.combined == "bye\n" && replaced.shellEnded)
        #expect(run(shell, "exec -x").stderr
            == "bash: exec: -x: invalid option\nexec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]\n")
    }
}
