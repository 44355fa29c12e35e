import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15.
@Suite("A container's script runs the first case item whose pattern matches")
struct CaseStatementTests {
    @Test("patterns, alternatives, quoting and the status", arguments: ScriptRun.shells)
    func matching(_ sh: ScriptContext.Shell) {
        let script = """
            for x in apple b.txt "*" Zed ""; do case $x in a*|Z?d) echo "1:$x";; *.txt) echo "2:$x" ;; "*") echo star;; "") echo empty;; *) echo other; esac; done
            case x in y) echo no;; esac; echo "rc=$?"; case x in (x) false;; esac; echo "rc=$?"
            p="a*"; case abc in "$p") echo no;; $p) echo pv;; esac; case a in a) ;; esac && echo empty-body
            """
        #expect(
            ScriptRun.lines(script, sh) == ["1:apple", "2:b.txt", "star", "1:Zed", "empty", "rc=0", "rc=1", "pv", "empty-body"])
    }

    @Test("items over several lines, brackets, and a pattern's * taking /", arguments: ScriptRun.shells)
    func layout(_ sh: ScriptContext.Shell) {
        let script = """
            case $HOSTNAME in
              web|api)
                echo "serving as $HOSTNAME"
                ;;
              [0-9]*) echo digit ;;
            esac
            case 5 in [!a-z]) echo notletter;; esac; case /etc/x in */x) echo slash;; esac; case $1 in --*) echo long;; -?) echo short;; esac
            """
        #expect(ScriptRun.lines(script, sh, extra: ["nm", "-v"]) == ["serving as web", "notletter", "slash", "short"])
    }

    @Test("a case inside $(...) and backquotes: its patterns' ) does not end the substitution", arguments: ScriptRun.shells)
    func insideSubstitution(_ sh: ScriptContext.Shell) {
        let script = """
            r=$(case $HOSTNAME in
              (web) echo W ;;
              *) echo other ;;
            esac); echo "r=$r"; echo `for i in 1 2; do echo $i; done` "$(case a in a) echo A;; esac)"
            x=$(echo "a)b" ')' \\) case); echo "$x"
            """
        #expect(ScriptRun.lines(script, sh) == ["r=W", "1 2 A", "a)b ) ) case"])
    }

    @Test("a case inside a loop that can never end is still endless; one with exit in it is followed")
    func endless() {
        #expect(!ScriptRun.end("while true; do case $HOSTNAME in web) echo up;; esac; sleep 5; done").ended)
        let exits = ScriptRun.end("n=0; while true; do n=$((n+1)); case $n in 3) exit 5;; esac; sleep 5; done")
        #expect(exits.ended && exits.status == 5 && exits.elapsedMilliseconds == 10_000)
    }
}
