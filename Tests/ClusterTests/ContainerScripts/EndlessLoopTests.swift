import KubeAPI
import Testing

@testable import Cluster

@Suite("A container whose script loops for ever never ends; one whose loop can exit still may")
struct EndlessLoopTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private func end(_ script: String, within seconds: Int64 = 86_400) -> ScriptOutput {
        ScriptOutput.end(
            of: ["sh", "-c", script], start: start, until: start.adding(seconds: seconds),
            context: .variables(["HOSTNAME": "web"]))
    }

    @Test("a loop on true, : or a sleep with no exit in it never ends the process")
    func endless() {
        for script in [
            "while true; do echo tick; sleep 20; done",
            "i=0; while :; do echo \"$i: $(date)\"; i=$((i+1)); sleep 1; done",
            "while sleep 0.01; do echo poll; done",
            "echo starting; while true; do if [ -e /tmp/x ]; then echo seen; fi; sleep 5; done",
        ] {
            #expect(!end(script).ended, "\(script)")
        }
    }

    @Test("a loop that may exit, or whose condition can fail, is followed to its end")
    func ending() {
        let exits = end("i=0; while true; do i=$((i+1)); if [ $i -ge 3 ]; then exit 4; fi; sleep 10; done")
        #expect(exits.ended && exits.status == 4 && exits.elapsedMilliseconds == 20_000)
        let counts = end("i=0; while [ $i -lt 3 ]; do i=$((i+1)); sleep 1; done; echo done")
        #expect(counts.ended && counts.status == 0 && counts.elapsedMilliseconds == 3_000)
        #expect(end("while true; do sleep 1; false && exit 1; done", within: 5).ended == false)
        let errexit = end("set -e; n=0; while true; do n=$((n+1)); sleep 5; [ $n -lt 2 ]; done")
        #expect(errexit.ended && errexit.status == 1 && errexit.elapsedMilliseconds == 10_000)
    }

    @Test("reading for the end keeps no lines but reads what the log would show")
    func sameEnd() {
        let script = "for n in 1 2 3; do echo $n; sleep 2; done; exit 7"
        let logged = ScriptOutput.run(
            ["sh", "-c", script], start: start, until: start.adding(seconds: 60), context: .variables([:]))
        let ended = end(script, within: 60)
        #expect(logged.entries.map(\.text) == ["1", "2", "3"] && ended.entries.isEmpty)
        #expect(ended.ended == logged.ended && ended.status == 7 && ended.elapsedMilliseconds == logged.elapsedMilliseconds)
    }
}
