import Testing

/// `set` and `type` on a function, compared with bash 5.2.15 (scripts under `set -e` and a
/// script's missing command are in `ScriptTests`).
@Suite struct SetBuiltinTests {
    static let cases: [Expected] = [
        Expected("set -x; x=1; echo \"a b\" $x", "+ x=1\n+ echo 'a b' 1\na b 1\n", 0),
        Expected("set -q", "bash: set: -q: invalid option\nset: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n", 2),
        Expected("set -o nosuchopt", "bash: set: nosuchopt: invalid option name\n", 2),
        Expected("set -o pipefail; false | true; echo $?", "1\n", 0),
        Expected("false | true; echo $?", "0\n", 0),
        Expected("set -- a b c; echo $2 $#", "b 3\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) { check(expected) }

    @Test func xtraceWritesEachCommandOnStandardError() {
        let result = run("set -x; y=\"it's\"; echo $(echo sub) | cat; f() { echo in; }; f")
        #expect(result.stdout == "sub\nin\n")
        #expect(result.stderr == "+ y='it'\\''s'\n++ echo sub\n+ echo sub\n+ cat\n+ f\n+ echo in\n")
    }

    @Test func setOListsEveryOptionWithItsState() {
        let listing = run("set -o errexit; set -o").stdout
        #expect(listing.hasPrefix("allexport      \toff\nbraceexpand    \ton\nemacs          \ton\nerrexit        \ton\n"))
        #expect(listing.contains("interactive-comments\ton\n"))
        #expect(listing.hasSuffix("vi             \toff\nxtrace         \toff\n"))
        #expect(run("set +o").stdout.contains("set -o emacs\nset +o errexit\n"))
    }

    @Test func typeReprintsAFunctionAsBashDoes() {
        let line = "f() { echo hi; ls | wc -l; if true; then echo yes; else echo no; fi; for i in 1 2; do echo $i; done; "
            + "while false; do :; done; case $1 in a) echo a;; *) echo b;; esac; x=1 >/dev/null 2>&1; { echo g; }; (echo s); "
            + "[[ -n $x ]] && echo ok || echo no; ! true; }; type f"
        #expect(
            run(line).stdout == """
                f is a function
                f () 
                { 
                    echo hi;
                    ls | wc -l;
                    if true; then
                        echo yes;
                    else
                        echo no;
                    fi;
                    for i in 1 2;
                    do
                        echo $i;
                    done;
                    while false; do
                        :;
                    done;
                    case $1 in 
                        a)
                            echo a
                        ;;
                        *)
                            echo b
                        ;;
                    esac;
                    x=1 > /dev/null 2>&1;
                    { 
                        echo g
                    };
                    ( echo s );
                    [[ -n $x ]] && echo ok || echo no;
                    ! true
                }

                """)
    }

    @Test func plainSetListsVariablesQuotedThenFunctions() {
        let listing = run("A='x y'; B=plain; g() { :; }; set").stdout
        #expect(listing.contains("A='x y'\n"))
        #expect(listing.contains("B=plain\n"))
        #expect(listing.hasSuffix("g () \n{ \n    :\n}\n"))
    }
}
