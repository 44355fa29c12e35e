import Shell
import Testing

/// `(( ))`, `let` and C-style `for`, on the evaluator `$(( ))` uses, against what interactive bash 5.2 printed for the same lines (both streams) and the
/// status it returned.
@Suite struct ArithmeticCommandTests {
    static let cases: [Expected] = [
        Expected("((1+)); echo \"after $?\"", "bash: ((: 1+: syntax error: operand expected (error token is \"+\")\nafter 1\n", 0),
        Expected("let 1+; echo \"after $?\"", "bash: let: 1+: syntax error: operand expected (error token is \"+\")\nafter 1\n", 0),
        Expected("let a=1+2 b=a*3; echo \"$? $a $b\"", "0 3 9\n", 0),
        Expected("let 0", "", 1),
        Expected("let", "bash: let: expression expected\n", 1),
        Expected("((0))", "", 1),
        Expected("i=5; ((i++)); echo \"$? $i\"", "0 6\n", 0),
        Expected("((x = 3 > 2 ? 7 : 8)); echo $x", "7\n", 0),
        Expected("for ((i=0;i<3;i++)); do echo $i; done", "0\n1\n2\n", 0),
        Expected("for ((;;)); do echo once; break; done", "once\n", 0),
        Expected("for ((i=0; i<2; i++)) { echo b$i; }", "b0\nb1\n", 0),
        Expected("for ((i=0;i<1+;i++)); do echo $i; done; echo \"st $?\"", "bash: ((: i<1+: syntax error: operand expected (error token is \"+\")\nst 1\n", 0),
        Expected("(( a = 4, b = a + 1 )); echo $a $b", "4 5\n", 0),
        Expected("(( 1 && 0 || 1 )); echo $?", "0\n", 0),
        Expected("n=3; (( n += 2 )); (( n > 4 )) && echo big", "big\n", 0),
        Expected("((echo deep))", "bash: ((: echo deep: syntax error in expression (error token is \"deep\")\n", 1),
        Expected("((echo a); (echo b))", "a\nb\n", 0),
        Expected("for ((i=0;i<5;i++)); do (( i % 2 )) && continue; echo $i; done", "0\n2\n4\n", 0),
        Expected("for ((i=0;i<2;i++))\ndo echo n$i; done", "n0\nn1\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
