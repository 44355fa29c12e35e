import Testing

@testable import Shell

/// The variables bash keeps itself: `UID`, `EUID` and `PPID` are read-only and not exported,
/// `$0` names the shell; outputs as interactive bash 5.2 prints them.
@Suite struct ShellVariableTests {
    static let cases: [Expected] = [
        Expected("echo $UID $EUID", "1000 1000\n", 0),
        Expected("UID=5; echo hi", "bash: UID: readonly variable\n", 1),
        Expected("UID=5 echo prefixed; echo after", "bash: UID: readonly variable\nprefixed\nafter\n", 0),
        Expected("unset UID; echo $?", "bash: unset: UID: cannot unset: readonly variable\n1\n", 0),
        Expected("export EUID=3; echo $?", "bash: EUID: readonly variable\n1\n", 0),
        Expected("env | grep -c ^UID=", "0\n", 1),
        Expected("PPID=1", "bash: PPID: readonly variable\n", 1),
        Expected("UID+=1", "bash: UID: readonly variable\n", 1),
        Expected("echo $0", "bash\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) { check(expected) }

    @Test func dashLetsScriptsChangePPIDAndHasNoUID() {
        let session = makeSession()
        session.flavour = .dash
        #expect(run(session, "echo \"[$UID]\"; PPID=7; echo $PPID").combined == "[]\n7\n")
    }
}
