import Testing

/// awk programs. Results where POSIX awks agree were taken from mawk 1.3.4 on the same files;
/// messages are gawk 5's.
@Suite struct AwkTests {
    static let awk: [Expected] = [
        Expected("awk '{print $1}' pairs.txt", "b\na\nc\nb\n", 0),
        Expected("awk '{print $NF, NF}' pairs.txt", "2 2\n10 2\n1 2\n2 2\n", 0),
        Expected("awk 'NR==2' greek.txt", "beta\n", 0),
        Expected("awk 'NR>=2 && NR<=3 {print NR\": \"$0}' greek.txt", "2: beta\n3: gamma\n", 0),
        Expected("awk '/eta/' greek.txt", "beta\nzeta\neta\ntheta\n", 0),
        Expected("awk '!/a/' greek.txt", "epsilon\nmu\n", 0),
        Expected("awk '$2 > 1' pairs.txt", "b 2\na 10\nb 2\n", 0),
        Expected("awk '$2 > \"1\"' pairs.txt", "b 2\na 10\nb 2\n", 0),
        Expected("awk '{s += $2} END {print s, s/NR}' pairs.txt", "15 3.75\n", 0),
        Expected("awk '{c[$1]++} END {print c[\"b\"], length(c)}' pairs.txt", "2 3\n", 0),
        Expected("awk -F' ' '{print $2}' pairs.txt", "2\n10\n1\n2\n", 0),
        Expected("awk -v x=5 'BEGIN {print x * 2}'", "10\n", 0),
        Expected(
            "awk 'BEGIN {printf \"%5.2f|%-4s|%03d|%x|%c|%e\\n\", 3.14159, \"ab\", 7, 255, 65, 12345}'",
            " 3.14|ab  |007|ff|A|1.234500e+04\n", 0),
        Expected(
            "awk 'BEGIN {print length(\"hello\"), substr(\"hello\", 2, 3), index(\"hello\", \"l\"), toupper(\"a\")}'",
            "5 ell 3 A\n", 0),
        Expected("awk 'BEGIN {s = \"a-b-c\"; n = split(s, p, \"-\"); print n, p[1], p[3]}'", "3 a c\n", 0),
        Expected("awk '{gsub(/a/, \"A\"); print}' greek.txt | head -3", "AlphA\nbetA\ngAmmA\n", 0),
        Expected("awk '{sub(/[0-9]+/, \"<&>\"); print}' pairs.txt", "b <2>\na <10>\nc <1>\nb <2>\n", 0),
        Expected("awk 'BEGIN {if (match(\"foobar\", /ob/)) print RSTART, RLENGTH}'", "3 2\n", 0),
        Expected("awk '{$1 = \"X\"; print}' pairs.txt", "X 2\nX 10\nX 1\nX 2\n", 0),
        Expected("awk '{NF = 1; print}' pairs.txt", "b\na\nc\nb\n", 0),
        Expected("awk 'BEGIN {OFS = \"-\"} {$1 = $1; print}' pairs.txt", "b-2\na-10\nc-1\nb-2\n", 0),
        Expected("awk '/beta/,/delta/ {print}' greek.txt", "beta\ngamma\ndelta\n", 0),
        Expected("awk 'NR==1 {next} {print} NR==3 {exit}' greek.txt", "beta\ngamma\n", 0),
        Expected("awk 'END {print NR, $0}' greek.txt", "12 mu\n", 0),
        Expected("awk 'BEGIN {for (i = 1; i <= 3; i++) printf \"%d \", i; print \"\"}'", "1 2 3 \n", 0),
        Expected("awk 'BEGIN {i = 0; while (i < 3) {i++}; print i}'", "3\n", 0),
        Expected(
            "awk 'BEGIN {print 1e6, 100/3, 2^10, 7%3, -3%2, int(3.9), int(-3.9)}'", "1000000 33.3333 1024 1 -1 3 -3\n",
            0),
        Expected(
            "awk 'BEGIN {x[\"a\"]; if (\"a\" in x) print \"yes\"; delete x[\"a\"]; if (!(\"a\" in x)) print \"gone\"}'",
            "yes\ngone\n", 0),
        Expected("awk '{print $1 | \"sort\"}' pairs.txt", "a\nb\nb\nc\n", 0),
        Expected(
            "awk 'BEGIN {print substr(\"hello\", 0, 2), substr(\"hello\", -1), substr(\"hello\", 4, 100)}'",
            "h hello lo\n", 0),
        Expected("awk 'BEGIN {print 1 == 1.0, \"a\" < \"b\", \"10\" < \"9\", 10 < 9}'", "1 1 1 0\n", 0),
        Expected("echo '10 9' | awk '{print ($1 < $2)}'", "0\n", 0),
        Expected("awk 'function f(x) {return x * 2} BEGIN {print f(21)}'", "42\n", 0),
        Expected("awk 'BEGIN {print length()}' < two.txt", "0\n", 0),
        Expected("awk '{print length}' greek.txt | head -2", "5\n4\n", 0),
        Expected("awk -F, '{print $2}' <<< 'a,b,c'", "b\n", 0),
        Expected("awk -F'[:,]' '{print $3}' <<< 'a:b,c'", "c\n", 0),
        Expected("awk '{print $0}' noeol.txt", "noeol\n", 0),
        Expected("awk 'BEGIN {x = \"3x\"; print x + 1, x \"\" 1}'", "4 3x1\n", 0),
        Expected("awk 'BEGIN {print -0, 0.1 + 0.2, 1/3}'", "0 0.3 0.333333\n", 0),
        Expected("awk '{ $3 = \"new\"; print; print NF }' two.txt", "a b new\n3\n", 0),
    ]

    static let gawkMessages: [Expected] = [
        Expected(
            "awk '{print $1' pairs.txt",
            "awk: cmd. line:1: {print $1\nawk: cmd. line:1:          ^ unexpected newline or end of string\n", 1),
        Expected("awk 'BEGIN {print 1/0}'", "awk: cmd. line:1: fatal: division by zero attempted\n", 2),
        Expected(
            "awk '{print $1/0}' pairs.txt",
            "awk: cmd. line:1: (FILENAME=pairs.txt FNR=1) fatal: division by zero attempted\n", 2),
        Expected(
            "awk '{print}' nofile", "awk: fatal: cannot open file `nofile' for reading: No such file or directory\n", 2),
        Expected(
            "awk 'BEGIN {x[1]; print x}'", "awk: cmd. line:1: fatal: attempt to use array `x' in a scalar context\n", 2),
        Expected("awk 'BEGIN {f()}'", "awk: cmd. line:1: fatal: function `f' not defined\n", 2),
    ]

    /// `getline` from the input, a file and a command, as gawk reads them.
    static let getline: [Expected] = [
        Expected(
            "awk '{print > \"o.txt\"} END {close(\"o.txt\"); while ((getline l < \"o.txt\") > 0) n++; print n}' pairs.txt",
            "4\n", 0),
        Expected("awk 'BEGIN {\"echo hi\" | getline x; print x}'", "hi\n", 0),
        Expected("awk 'NR == 1 {getline; print}' greek.txt", "beta\n", 0),
        Expected("awk 'BEGIN {print (getline l < \"nofile\")}'", "-1\n", 0),
    ]

    @Test(arguments: awk + gawkMessages + getline)
    func matchesAwk(_ expected: Expected) { check(expected) }

    @Test func arraysIterateInInsertionOrder() {
        let result = run("awk '{c[$1]++} END {for (k in c) print k, c[k]}' pairs.txt")
        #expect(result.stdout == "b 2\na 1\nc 1\n")
    }

    @Test func runawayLoopsStop() {
        let result = run("awk 'BEGIN {while (1) x++}'")
        #expect(result.status == 2)
        #expect(result.stderr.contains("fatal"))
    }
}
