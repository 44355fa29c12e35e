import Shell
import Testing

/// `mapfile`/`readarray`, and `declare -p`'s `$'...'` for control characters, against what bash 5.2 printed for the same lines.
@Suite struct MapfileTests {
    static let cases: [Expected] = [
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -t l < /tmp/mf.txt; declare -p l", "declare -a l=([0]=\"a\" [1]=\"b c\" [2]=\"\" [3]=\"d\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile l < /tmp/mf.txt; declare -p l", "declare -a l=([0]=$'a\\n' [1]=$'b c\\n' [2]=$'\\n' [3]=\"d\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; printf \"x\\ny\\n\" | mapfile; declare -p MAPFILE", "bash: declare: MAPFILE: not found\n", 1),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -t < /tmp/mf.txt; declare -p MAPFILE", "declare -a MAPFILE=([0]=\"a\" [1]=\"b c\" [2]=\"\" [3]=\"d\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; readarray -t -n 2 l < /tmp/mf.txt; declare -p l", "declare -a l=([0]=\"a\" [1]=\"b c\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -t -s 1 l < /tmp/mf.txt; declare -p l", "declare -a l=([0]=\"b c\" [1]=\"\" [2]=\"d\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -d \" \" l < /tmp/mf.txt; declare -p l", "declare -a l=([0]=$'a\\nb ' [1]=$'c\\n\\nd')\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -t l <<< \"\"; declare -p l", "declare -a l=([0]=\"\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; l=(z z z z z z); mapfile -t l < /tmp/mf.txt; declare -p l", "declare -a l=([0]=\"a\" [1]=\"b c\" [2]=\"\" [3]=\"d\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -q", "bash: mapfile: -q: invalid option\nmapfile: usage: mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n", 2),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; readarray -q", "bash: readarray: -q: invalid option\nreadarray: usage: readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n", 2),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -t 1x < /tmp/mf.txt", "bash: mapfile: `1x': not a valid identifier\n", 1),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -t -O 3 l < /tmp/mf.txt; declare -p l", "declare -a l=([3]=\"a\" [4]=\"b c\" [5]=\"\" [6]=\"d\")\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; declare -A m; mapfile m < /tmp/mf.txt", "bash: mapfile: m: not an indexed array\n", 1),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -n x l", "bash: mapfile: x: invalid line count\n", 1),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; mapfile -t l < /dev/null; declare -p l", "declare -a l=()\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; printf 'a b\\nc\\n' | { mapfile -t l; echo ${#l[@]} \"${l[0]}\"; }", "2 a b\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; x=$'a\\nb'; declare -p x", "declare -- x=$'a\\nb'\n", 0),
        Expected("printf 'a\\nb c\\n\\nd' > /tmp/mf.txt; x=$'a\\tb\\x01c\\x7f\\\\d\\'e\\x1bé\\r'; declare -p x; y=$'q\"\\n'; declare -p y", "declare -- x=$'a\\tb\\001c\\177\\\\d\\'e\\Eé\\r'\ndeclare -- y=$'q\"\\n'\n", 0),
    ]

    @Test(arguments: cases) func matchesBash(_ expected: Expected) {
        check(expected)
    }
}
