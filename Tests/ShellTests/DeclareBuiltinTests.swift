import Shell
import Testing

/// `declare` and `typeset`: attributes set and printed back as bash 5.2 prints them.
@Suite struct DeclareBuiltinTests {
    /// Captured with bash 5.2 (`bash -c`, its `line 1: ` left out as an interactive shell leaves it).
    static let cases: [Expected] = [
        Expected("A=1; declare -p A", "declare -- A=\"1\"\n", 0),
        Expected("A=1; export A; declare -p A", "declare -x A=\"1\"\n", 0),
        Expected("declare -i n=2+3; declare -p n; n=n*2; echo $n", "declare -i n=\"5\"\n10\n", 0),
        Expected("declare -r R=x; declare -p R; R=y; echo $?", "declare -r R=\"x\"\nbash: R: readonly variable\n", 1),
        Expected("declare -r R=x; declare +r R; echo $?", "bash: declare: R: readonly variable\n1\n", 0),
        Expected("declare -p nope; echo $?", "bash: declare: nope: not found\n1\n", 0),
        Expected("declare -q", "bash: declare: -q: invalid option\ndeclare: usage: declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]\n", 2),
        Expected("declare 'bad name=1'; echo $?", "bash: declare: `bad name=1': not a valid identifier\n1\n", 0),
        Expected("declare -ix m=3; declare -p m", "declare -ix m=\"3\"\n", 0),
        Expected("declare -x -r -i z=1; declare -p z", "declare -irx z=\"1\"\n", 0),
        Expected("declare X; declare -p X", "declare -- X\n", 0),
        Expected("declare -a y; declare -p y; y[2]=q; declare -p y", "declare -a y\ndeclare -a y=([2]=\"q\")\n", 0),
        Expected("S=\"a\\\"b\\$c\"; declare -p S", "declare -- S=\"a\\\"b\\$c\"\n", 0),
        Expected("f() { declare L=1; declare -p L; }; f; declare -p L", "declare -- L=\"1\"\nbash: declare: L: not found\n", 1),
        Expected("f() { declare -g G=1; }; f; declare -p G", "declare -- G=\"1\"\n", 0),
        Expected("f() { :; }; declare -F", "declare -f f\n", 0),
        Expected("declare -x B; declare -p B", "declare -x B\n", 0),
        Expected("export B=1; declare +x B; declare -p B", "declare -- B=\"1\"\n", 0),
        Expected("export -n C=1; declare -p C", "declare -- C=\"1\"\n", 0),
        Expected("typeset -i t=7; typeset -p t", "declare -i t=\"7\"\n", 0),
        Expected("declare -i k=abc; declare -p k", "declare -i k=\"0\"\n", 0),
        Expected("for i in 1 2; do :; done; declare -p i", "declare -- i=\"2\"\n", 0),
    ]

    @Test(arguments: cases)
    func matchesBash(_ expected: Expected) {
        check(expected)
    }

    @Test func exportListsOnlyExportedVariables() {
        let session = makeSession()
        let listing = run(session, "A=1; export B=2; export").stdout
        #expect(listing.contains("declare -x B=\"2\"\n"))
        #expect(!listing.contains(" A="))
    }
}
