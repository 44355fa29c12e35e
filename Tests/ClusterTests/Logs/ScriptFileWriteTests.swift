@testable import Cluster
import KubeAPI
import Testing

@Suite("What containers' commands write to files")
struct ScriptFileWriteTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private func run(_ script: String, untilSeconds: Int64 = 60) -> ScriptOutput {
        ScriptOutput.run(["sh", "-c", script], start: start, until: start.adding(seconds: untilSeconds), env: ["V": "/data"])
    }

    @Test("output sent to a file is written there, not logged")
    func redirection() {
        let output = run("echo hello > /data/a.txt; date >> $V/log; echo shown; echo quiet >/dev/null")
        #expect(output.entries.map(\.text) == ["shown"])
        #expect(output.files == [
            ScriptFileWrite(time: start, path: "/data/a.txt", kind: .write("hello\n", append: false)),
            ScriptFileWrite(time: start, path: "/data/log", kind: .write("Wed Apr 23 07:25:00 UTC 2025\n", append: true)),
        ])
    }

    @Test("a redirection alone, or after assignments alone, creates or empties its file")
    func bareRedirection() {
        let output = run("> /data/empty; N=1 >> /data/kept; echo $N")
        #expect(output.entries.map(\.text) == ["1"])
        #expect(output.files == [
            ScriptFileWrite(time: start, path: "/data/empty", kind: .write("", append: false)),
            ScriptFileWrite(time: start, path: "/data/kept", kind: .write("", append: true)),
        ])
    }

    @Test("each write is dated when it is made, and a loop stops at the bound")
    func loop() {
        let output = run("while true; do date +%S >>log; sleep 20; done", untilSeconds: 45)
        #expect(output.files.map(\.time) == [start, start.adding(seconds: 20), start.adding(seconds: 40)])
        #expect(output.files.first?.path == "/log")
    }

    @Test("mkdir, touch, rm and rmdir, with their flags")
    func programs() {
        let output = run("mkdir -m 0777 -p $V/x; mkdir d; touch d/f; rm -rf $V/x; rmdir d; echo err 2> e")
        #expect(output.files.map(\.kind) == [
            .makeDirectory(mode: 0o777, parents: true), .makeDirectory(mode: 0o755, parents: false), .touch,
            .remove(recursive: true, directoryOnly: false), .remove(recursive: false, directoryOnly: true),
            .write("", append: false),
        ])
        #expect(output.files.map(\.path) == ["/data/x", "/d", "/d/f", "/data/x", "/d", "/e"])
        #expect(output.entries.map(\.text) == ["err"])
    }
}
