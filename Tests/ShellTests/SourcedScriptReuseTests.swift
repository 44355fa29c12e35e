import Testing

@testable import Shell

/// A long script sourced again (as every new lab's login sources kubectl's completion) runs as
/// it did the first time, and as its words mean with the aliases of the moment.
@Suite struct SourcedScriptReuseTests {
    /// A script long enough to have its parse kept: it defines an alias, then uses it.
    static let script =
        "# " + String(repeating: "padding ", count: 140) + "\n"
        + "alias greet='echo hello'\n"
        + "greet world\n"
        + "f() { echo \"in f: $1\"; }\n"
        + "f \"$LINENO\"\n"

    private func sourcing(in session: ShellSession) -> Transcript {
        _ = run(session, "cat > s.sh <<'EOF'\n" + Self.script + "EOF")
        return run(session, "source s.sh")
    }

    @Test("sourcing the same script in one session and in another gives the same output")
    func sameOutputEachTime() {
        let first = makeSession()
        #expect(sourcing(in: first).combined == "hello world\nin f: 5\n")
        #expect(run(first, "source s.sh").combined == "hello world\nin f: 5\n")
        #expect(sourcing(in: makeSession()).combined == "hello world\nin f: 5\n")
    }

    @Test("an alias the shell already has when the script starts changes how its first words parse")
    func aliasesOfTheMoment() {
        let session = makeSession()
        _ = sourcing(in: makeSession())
        _ = run(session, "alias alias='echo not an alias:'")
        #expect(sourcing(in: session).combined == "not an alias: greet=echo hello\nbash: greet: command not found\nin f: 5\n")
    }
}
