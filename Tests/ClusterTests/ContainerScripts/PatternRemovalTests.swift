import Testing

@testable import Cluster

/// Checked with busybox sh 1.35, dash 0.5.12 and bash 5.2.15, which agree on these.
@Suite("${X#pattern} and its kin take the shortest or longest matching prefix or suffix away")
struct PatternRemovalTests {
    @Test("prefixes, suffixes, quoted patterns and the other operators", arguments: ScriptRun.shells)
    func removal(_ sh: ScriptContext.Shell) {
        let script = """
            x=/a/b/c.tar.gz
            echo ${x#*/} ${x##*/} ${x%.*} ${x%%.*}
            echo "${x%".gz"}" ${x#"*"} ${x#} "${x##*[/.]}" "[${u#a}]" "${x#/a/b/c.tar.gz}|"
            y="a b  c"; echo "${y% *}" "${y#* }" ${#y}
            p="*."; echo "${x#$p}" "${x#"$p"}" "${x%\\.gz}"
            : ${z:=set now}; echo "$z" "${z:+alt}" "${none:+alt}" "${none:-def}"
            """
        #expect(
            ScriptRun.lines(script, sh) == [
                "a/b/c.tar.gz c.tar.gz /a/b/c.tar /a/b/c", "/a/b/c.tar /a/b/c.tar.gz /a/b/c.tar.gz gz [] |",
                "a b  b  c 6", "tar.gz /a/b/c.tar.gz /a/b/c.tar", "set now alt  def",
            ])
    }

    @Test("under set -u an unset name is still an error")
    func unset() {
        let output = ScriptRun.run("set -u; echo ${NOPE%x}; echo never", .dash)
        #expect(output.entries.map(\.text) == ["sh: 1: NOPE: parameter not set"] && output.status == 2)
    }
}
