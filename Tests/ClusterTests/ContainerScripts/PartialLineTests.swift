import KubeAPI
import Testing

@testable import Cluster

@Suite("A last line without a newline is logged as written")
struct PartialLineTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private func entries(_ argv: [String], untilSeconds: Int64 = 60) -> [LogEntry] {
        ScriptOutput.of(argv, start: start, until: start.adding(seconds: untilSeconds), env: ["HOSTNAME": "web"])
    }

    @Test("printf's text without a newline ends the log as a partial line")
    func partial() {
        let logged = entries(["printf", "hello"])
        #expect(logged == [LogEntry(time: start, text: "hello", partial: true)])
        #expect(logged.map(\.sent).joined() == "hello")
        #expect(entries(["sh", "-c", "printf 'first\\nsecond'; echo -n ' and more'"]).map(\.sent).joined() == "first\nsecond and more")
    }

    @Test("while the process runs, an unfinished line is not logged yet")
    func running() {
        #expect(entries(["sh", "-c", "echo begun; printf waiting; sleep 3600; echo done"]).map(\.sent) == ["begun\n"])
        #expect(
            entries(["sh", "-c", "echo begun; printf waiting; sleep 30; echo done"]).map(\.sent) == ["begun\n", "waiting" + "done\n"])
    }
}
