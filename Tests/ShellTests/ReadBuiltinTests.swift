import Shell
import Testing

/// `read`: splitting with `$IFS`, backslashes, options and errors, and the standard input a loop body's commands share, against what interactive bash 5.2 printed for the same lines (both streams) and the
/// status it returned.
@Suite struct ReadBuiltinTests {
    static let cases: [Expected] = [
        Expected("printf \"a\\nb\\nc\\nd\\n\" | while read l; do echo \"got $l\"; cat; done; echo st=$?", "got a\nb\nc\nd\nst=0\n", 0),
        Expected("printf \"1\\n2\\n3\\n\" > f; while read l; do echo \"[$l]\"; done < f", "[1]\n[2]\n[3]\n", 0),
        Expected("printf \"1\\n2\\n\" > f; { read x; read y; echo \"$y$x\"; } < f", "21\n", 0),
        Expected("printf \"1\\n2\\n3\\n\" > f; while read -r a; do read -r b; echo \"$a+$b\"; done < f; echo \"last: [$a] [$b]\"", "1+2\n3+\nlast: [] []\n", 0),
        Expected("IFS=: read a b <<< \"x:y:z:\"; echo \"[$a][$b]\"", "[x][y:z:]\n", 0),
        Expected("IFS=: read a b <<< \"x:y:\"; echo \"[$a][$b]\"", "[x][y]\n", 0),
        Expected("IFS=: read a b c <<< \"::z\"; echo \"[$a][$b][$c]\"", "[][][z]\n", 0),
        Expected("IFS=\", \" read a b c <<< \"1,  2 , 3\"; echo \"[$a][$b][$c]\"", "[1][2][3]\n", 0),
        Expected("read a b <<< \"  x   y  z  \"; echo \"[$a][$b]\"", "[x][y  z]\n", 0),
        Expected("read <<< \"  a\\\\b  \"; echo \"[$REPLY]\"", "[  ab  ]\n", 0),
        Expected("read -r <<< \"  a\\\\b  \"; echo \"[$REPLY]\"", "[  a\\b  ]\n", 0),
        Expected("read a b <<< \"x\\ y z\"; echo \"[$a][$b]\"", "[x y][z]\n", 0),
        Expected("IFS= read -r line <<< \"  x y  \"; echo \"[$line]\"", "[  x y  ]\n", 0),
        Expected("printf \"a b\\\\\\\\\\nc d\\n\" | { read x y; echo \"[$x][$y]\"; }", "[a][bc d]\n", 0),
        Expected("printf \"abc\" | { read x; echo \"$? [$x]\"; }", "1 [abc]\n", 0),
        Expected("read -x", "bash: read: -x: invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n", 2),
        Expected("read 1a <<< q", "bash: read: `1a': not a valid identifier\n", 1),
        Expected("read -d , a <<< \"1,2\"; echo \"$? [$a]\"", "0 [1]\n", 0),
        Expected("read -n 2 a <<< \"abcd\"; echo \"$? [$a]\"", "0 [ab]\n", 0),
        Expected("read -a arr <<< \"p q r\"; echo \"${arr[1]} ${#arr[@]}\"", "q 3\n", 0),
        Expected("read -p \"prompt> \" z <<< \"zz\"; echo \"[$z]\"", "[zz]\n", 0),
        Expected("read q < /dev/null; echo \"$? [$q]\"", "1 []\n", 0),
        Expected("read -n x a", "bash: read: x: invalid number\n", 1),
        Expected("read -u 3 x", "bash: read: 3: invalid file descriptor: Bad file descriptor\n", 1),
        Expected("read -d", "bash: read: -d: option requires an argument\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n", 2),
        Expected("while read name ready status rest; do echo \"$name $status\"; done <<EOF\nweb-1 1/1 Running 0 5m\ndb-0 0/1 Pending 0 1m\nEOF", "web-1 Running\ndb-0 Pending\n", 0),
        Expected("i=0; while read l; do ((i++)); done <<< \"$(printf 'a\\nb\\nc')\"; echo $i", "3\n", 0),
        Expected("seq 3 | while read n; do seq $n | wc -l; done", "1\n2\n3\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
