import Shell
import Testing

/// `$PIPESTATUS`: each command's status in the last pipeline, set when bash 5.2 sets it.
@Suite struct PipeStatusTests {
    static let cases: [Expected] = [
        Expected("false | true; echo ${PIPESTATUS[@]}", "1 0\n", 0),
        Expected("true; echo $PIPESTATUS; false; echo ${PIPESTATUS[@]}", "0\n1\n", 0),
        Expected("{ false | true; }; echo ${PIPESTATUS[@]}", "1 0\n", 0),
        Expected("if false | true; then true|false|true; fi; echo ${PIPESTATUS[@]}", "0 1 0\n", 0),
        Expected("! false | true; echo ${PIPESTATUS[@]}", "1 0\n", 0),
        Expected("false|true; x=$(exit 3); echo ${PIPESTATUS[@]}", "3\n", 0),
        Expected("false | (exit 4) | true; echo \"${PIPESTATUS[@]}\" $?", "1 4 0 0\n", 0),
        Expected("false|true; declare -p PIPESTATUS", "declare -a PIPESTATUS=([0]=\"1\" [1]=\"0\")\n", 0),
        Expected("f(){ false|true|false; }; f; echo ${PIPESTATUS[@]}", "1\n", 0),
        Expected("false | true; PIPESTATUS=(9); echo ${PIPESTATUS[@]}", "0\n", 0),
        Expected("while false; do :; done; echo ${PIPESTATUS[@]}", "1\n", 0),
        Expected("false|true; [[ 1 == 2 ]]; echo ${PIPESTATUS[@]}", "1\n", 0),
        Expected("false|true; (( 0 )); echo ${PIPESTATUS[@]}", "1\n", 0),
        Expected("false|true; case a in a) false|false;; esac; echo ${PIPESTATUS[@]}", "1 1\n", 0),
        Expected("false|true; f(){ :; }; echo ${PIPESTATUS[@]}", "1 0\n", 0),
        Expected("set -o pipefail; false | true; echo $? ${PIPESTATUS[@]}", "1 1 0\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
