import Kubectl
import Shell
import Testing

/// Hostile or broken input (huge lines, odd bytes, deep nesting, loops) must not crash or hang.
@Suite struct RobustnessTests {
    @Test func hundredKilobyteLine() {
        let word = String(repeating: "x", count: 100_000)
        let result = run("echo \(word) | wc -c")
        #expect(result.stdout == "100001\n")
        #expect(run("echo '\(word)' | grep -c x").stdout == "1\n")
    }

    @Test func longLineThroughGrepOnlyMatching() {
        let line = String(repeating: "ab ", count: 20_000)
        #expect(run("echo '\(line)' | grep -o 'b a' | wc -l").stdout == "19999\n")
    }

    @Test func thousandStagePipeline() {
        let result = run("echo hi" + String(repeating: " | cat", count: 1000))
        #expect(result.stdout == "hi\n")
        #expect(result.commands.count == 1001)
    }

    @Test func thousandCommandList() {
        #expect(run(String(repeating: "true && ", count: 1000) + "echo done").stdout == "done\n")
    }

    @Test func replacementCharactersAndControlBytes() {
        let result = run("printf '\u{FFFD}a\\001\\n' | cat -v")
        #expect(result.stdout == "M-oM-?M-=a^A\n")
        #expect(run("echo \u{FFFD}\u{FFFD} | tr -d a | wc -c").stdout == "7\n")
        #expect(run("echo '\u{FFFD}' | grep -c .").stdout == "1\n")
    }

    @Test func carriageReturnsStayInsideLines() {
        #expect(run("printf 'a\\r\\nb\\r\\n' | wc -l").stdout == "2\n")
        #expect(run("printf 'a\\r\\nb\\r\\n' | grep -c '^b'").stdout == "1\n")
    }

    @Test func nulBytesMakeGrepSayBinary() {
        #expect(run("printf 'a\\0b\\n' | grep a").combined == "grep: (standard input): binary file matches\n")
    }

    @Test func deepNestingIsBounded() {
        // Spaced, so that `((` does not open an arithmetic command.
        #expect(
            run(String(repeating: "( ", count: 99) + "echo deep" + String(repeating: ")", count: 99)).stdout == "deep\n")
        #expect(run(String(repeating: "( ", count: 500) + "echo deep" + String(repeating: ")", count: 500)).status == 2)
        #expect(
            run(String(repeating: "echo $(", count: 90) + "echo x" + String(repeating: ")", count: 90)).stdout == "x\n")
        let tooDeep = run(String(repeating: "echo \"$(", count: 200) + "echo x" + String(repeating: ")\"", count: 200))
        #expect(tooDeep.stderr.contains("bash: maximum nesting level exceeded\n"))
    }

    @Test func pathologicalPatternsAreRefusedOrFast() {
        #expect(run("echo a | grep -E '(a{1000}){1000}'").combined == "grep: Regular expression too big\n")
        #expect(run("echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | grep -cE '(a*)*b'").stdout == "0\n")
        let nested = String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000)
        #expect(run("echo a | grep -E '\(nested)'").status == 2)
    }

    @Test func manyLinesSortAndCount() {
        let numbers = (1...5000).map(String.init).joined(separator: " ")
        #expect(run("printf '%s\\n' \(numbers) | sort -rn | head -1").stdout == "5000\n")
    }

    @Test func hugeRepetitionCountsDoNotAllocate() {
        #expect(run("echo x | head -n 99999999999999999999").stdout == "x\n")
        #expect(run("echo x | tail -c 99999999999999999999").stdout == "x\n")
        #expect(run("echo x | tr x '[y*999999999999]'").stdout == "y\n")
        // printf pads no further than the output limit would keep.
        #expect(run("printf '%*d' 1000000000 1 | wc -c").stdout == "8388608\n")
        #expect(run("printf '%.999999999f' 1 | wc -c").stdout == "8388610\n")
    }

    @Test func valuesThatDoubleInALoopStopTheLine() {
        let session = makeSession()
        let doubled = run(session, "x=a; for i in $(seq 1 40); do x=$x$x; done; echo done")
        #expect(doubled.stderr == "bash: x: value longer than 64 MiB (the taroko shell's limit)\n")
        #expect(doubled.stdout.isEmpty)
        #expect(run(session, "echo ok").stdout == "ok\n")
        let awk = run("awk 'BEGIN { x = \"a\"; for (i = 0; i < 40; i++) x = x x; print length(x) }'")
        #expect(awk.stderr == "awk: cmd. line:1: fatal: string longer than 8 MiB; stopped\n")
        #expect(run("sed ':a;s/a/aa/;ta' <<< a | wc -c").stdout == "0\n")
        #expect(run("seq 1 100000 | sed ':a;N;$!ba;s/\\n/,/g' | wc -c").stdout == "588895\n")
    }

    @Test func unbalancedInputIsAnError() {
        for line in ["'", "\"", "$(", "`", "${", "echo \"$(echo '", "cat <<"] {
            #expect(run(line).status == 2, "\(line)")
        }
    }

    @Test func aliasLoopsTerminate() {
        let session = makeSession()
        run(session, "alias a='b ' b='a ' c='c c c c c c c c'")
        #expect(run(session, "a b a b c").status == 127)
        #expect(run(session, "c").status == 127)
    }

    @Test func outputIsBounded() {
        let session = makeSession()
        session.register("flood", Flood())
        let result = run(session, "flood > /tmp/flood; flood | cat; flood")
        #expect(result.stdout.utf8.count <= 8 << 20)
        #expect((session.filesystem.entry("/tmp/flood")?.size ?? 0) <= 8 << 20)
    }

    @Test func forkBombEndsAtOnceWithBashsWording() {
        let session = makeSession()
        // At the prompt the first `:|:&` is a job, which the refused forks end.
        let bomb = run(session, ":(){ :|:& };:")
        #expect(bomb.combined == "[1] 2483\nbash: fork: Resource temporarily unavailable\n")
        #expect(run(session, "echo still here").stdout == "still here\n")
        #expect(run(session, "b() { b | b; }; b; echo after").combined == "bash: fork: Resource temporarily unavailable\n")
    }

    @Test func endlessRecursionStopsAtTheNestingLimit() {
        let result = run("f() { f; }; f; echo after")
        #expect(result.combined == "bash: f: maximum function nesting level exceeded (100)\n")
    }

    @Test func hundredThousandLinePipelinesAndLongReadLoops() {
        #expect(run("seq 100000 | grep 7 | sort -rn | head -2 | wc -l").stdout == "2\n")
        // A loop whose rounds each read a line is bounded by its input, not by the round limit.
        let result = run("seq 20000 | while read n; do echo $n; done | tail -1; seq 3 | while read n; do last=$n; done; echo $last")
        #expect(result.combined == "20000\n\n")
    }

    @Test func readLoopsThatReadNothingAreStillBounded() {
        let result = run("while read x; do :; done < /dev/null; echo ok; while true; do read x; done; echo never")
        #expect(result.stdout == "ok\n")
        #expect(result.stderr == "bash: loop stopped after 1000 rounds (the taroko shell's limit)\n")
    }

    @Test func readDropsNulBytesAndKeepsOtherBinaryData() {
        #expect(run("printf 'a\\0b\\n\\001\\002\\n' | while read -r l; do echo ${#l}; done").stdout == "2\n2\n")
    }
}

/// Prints far more than any terminal wants.
struct Flood: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let chunk = String(repeating: "y\n", count: 1 << 16)
        for _ in 0..<100 { context.io.out(chunk) }
        return 0
    }
}
