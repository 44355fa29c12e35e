import Shell
import Testing

/// The new utilities never leave the virtual filesystem and never trap on hostile numbers or programs.
@Suite struct SandboxAndHostileInputTests {
    @Test func fileUtilitiesStayInTheVirtualFilesystem() {
        let session = makeSession()
        run(session, "mkdir -p /tmp/x && cp /etc/passwd /tmp/x/p && mv /tmp/x /tmp/y && touch /tmp/t")
        #expect(session.filesystem.read("/tmp/y/p") == session.filesystem.read("/etc/passwd"))
        #expect(!session.filesystem.exists("/tmp/x"))
        #expect(run(session, "cd /; cd ..; ls -d ../../..").stdout == "../../..\n")
        #expect(run(session, "rm -rf /").stderr.contains("dangerous"))
        #expect(run(session, "rm /etc/passwd").stderr == "rm: cannot remove '/etc/passwd': Permission denied\n")
        #expect(run(session, "sed -i s/root/x/ /etc/passwd").status == 4)
        #expect(run(session, "awk 'BEGIN {print \"x\" > \"/etc/evil\"}'").status == 2)
        #expect(!session.filesystem.exists("/etc/evil"))
    }

    static let hostile = [
        "awk 'BEGIN {print $(1e30)}'", "awk 'BEGIN {NF = 1e30}'", "awk 'BEGIN {$1e9 = 1}'", "awk 'BEGIN {exit 1e30}'",
        "awk 'BEGIN {printf \"%99999999999d|%c\\n\", 1, 1e30}'", "awk 'BEGIN {print substr(\"abc\", 1e30, -1e30)}'",
        "awk 'BEGIN{for(k in'", "awk 'BEGIN{getline x <'", "awk '}'", "awk 'BEGIN {while (1) {}}'",
        "awk 'function f(x) {return f(x)} BEGIN {f(1)}'",
        "jq -n '[1,2][1e30], \"x\" * 1e30'", "jq -n '[1e30] | implode'", "jq -n '5 % -1e30, -1e30 % 3'",
        "jq -n '[] | .[1e30] = 1'", "jq -n '[range(1e30)] | length'", "jq -n 'def f: f; f'",
        "jq '\"\\('", "jq -n 'reduce'", "seq 1e30 1e30", "watch -n 1e30 -t true",
        "sed 's/\\(a/b/'", "sed -n '$!{h;d};x;G;p' <<< x", "xargs -n 0 echo",
        "cut -f 99999999999999999999999", "date -d @99999999999999", "base64 -w 99999999999", "ls -R /",
        "echo '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[' | jq .",
    ]

    @Test(arguments: hostile)
    func hostileInputEndsWithAMessage(_ line: String) {
        let result = run(line)
        #expect(result.stdout.utf8.count <= 8 << 20)
    }
}
