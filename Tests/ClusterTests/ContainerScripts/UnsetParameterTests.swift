import Testing

@testable import Cluster

/// Each shell's message and status, checked with busybox sh 1.35 (as `sh`), dash 0.5.12 (as
/// `sh`) and bash 5.2.15 (as `bash`).
@Suite("set -u on an unset variable: the shell's message in the log, and its exit status")
struct UnsetParameterTests {
    private func run(_ script: String, _ sh: ScriptContext.Shell, name: String? = nil) -> ScriptOutput {
        ScriptRun.run(script, sh, argv0: sh == .bash ? "bash" : "sh", extra: name.map { [$0] } ?? [])
    }

    @Test("the error line, a subshell's own failure, and the shell's end")
    func messages() {
        let script =
            "echo start; set -u; echo \"${HOSTNAME}\"; echo \"${UNSET:-fallback}\"; x=$(echo $INNER); echo \"sub $?\"; echo $MISSING; echo never"
        let expected: [(ScriptContext.Shell, [String], Int)] = [
            (.ash, ["sh: INNER: parameter not set", "sub 2", "sh: MISSING: parameter not set"], 2),
            (.dash, ["sh: 1: INNER: parameter not set", "sub 2", "sh: 1: MISSING: parameter not set"], 2),
            (.bash, ["bash: line 1: INNER: unbound variable", "sub 1", "bash: line 1: MISSING: unbound variable"], 127),
        ]
        for (sh, lines, status) in expected {
            let output = run(script, sh)
            #expect(output.entries.map(\.text) == ["start", "web", "fallback"] + lines, "\(sh)")
            #expect(output.ended && output.status == status, "\(sh)")
        }
    }

    @Test("a named script's line, a positional parameter, and a function's line")
    func lines() {
        let named = "echo start\nset -u\necho \"$1\""
        #expect(run(named, .ash, name: "name").entries.map(\.text) == ["start", "name: line 2: 1: parameter not set"])
        #expect(run(named, .dash, name: "name").entries.map(\.text) == ["start", "name: 3: 1: parameter not set"])
        #expect(run(named, .bash, name: "name").entries.map(\.text) == ["start", "name: line 3: $1: unbound variable"])
        let function = "f() {\n  echo in f\n  echo ${#NOPE}\n}\nset -u\nf"
        #expect(run(function, .ash).entries.map(\.text) == ["in f", "sh: NOPE: parameter not set"])
        #expect(run(function, .dash).entries.map(\.text) == ["in f", "sh: 3: NOPE: parameter not set"])
        #expect(run(function, .bash).entries.map(\.text) == ["in f", "environment: line 3: NOPE: unbound variable"])
    }

    @Test("inside $(...) and backquotes: each shell numbers the lines its own way")
    func substitutionLines() {
        let script = "echo one\n\nx=$(echo ${A?}); y=`echo ${B?}`\nz=$(echo x\necho ${C?})"
        #expect(
            run(script, .ash, name: "nm").entries.map(\.text) == [
                "one", "nm: line 2: A: parameter not set", "nm: line 0: B: parameter not set", "nm: line 4: C: parameter not set",
            ])
        #expect(
            run(script, .dash, name: "nm").entries.map(\.text) == [
                "one", "nm: 3: A: parameter not set", "nm: 1: B: parameter not set", "nm: 5: C: parameter not set",
            ])
        #expect(
            run(script, .bash, name: "nm").entries.map(\.text) == [
                "one", "nm: line 3: A: parameter not set", "nm: line 3: B: parameter not set", "nm: line 6: C: parameter not set",
            ])
    }

    @Test("${NAME?word} fails the same way without set -u")
    func required() {
        let script = ": ${NEED:?set NEED first}; echo no"
        #expect(run(script, .ash).entries.map(\.text) == ["sh: NEED: set NEED first"])
        #expect(run(script, .dash).entries.map(\.text) == ["sh: 1: NEED: set NEED first"])
        let bash = run(script, .bash)
        #expect(bash.entries.map(\.text) == ["bash: line 1: NEED: set NEED first"] && bash.status == 127)
        #expect(run("echo ${X:?}", .dash).entries.map(\.text) == ["sh: 1: X: parameter not set or null"])
        #expect(run("echo ${X:?}", .bash).entries.map(\.text) == ["bash: line 1: X: parameter null or not set"])
    }

    @Test("a loop under set -u that meets an unset variable ends the container")
    func loopEnds() {
        let output = ScriptRun.end("set -u; while true; do echo \"$(date) $TARGET\"; sleep 5; done")
        #expect(output.ended && output.status == 2 && output.elapsedMilliseconds == 0)
    }
}
