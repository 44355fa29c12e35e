import KubeAPI
import Testing

@testable import Cluster

@Suite("Wake-ups: a loop finds its own and the due ones, whatever was moved or dropped before")
struct WakeupTableTests {
    let t0 = Timestamp(milliseconds: 1_000_000)
    func at(_ seconds: Int64) -> Timestamp { t0.adding(seconds: seconds) }

    @Test("the earliest wake-up follows keys moved later and dropped")
    func earliestFollowsChanges() {
        var table = WakeupTable()
        table["kubelet/a"] = at(5)
        table["kubelet/b"] = at(3)
        table["hpa/x"] = at(9)
        #expect(table.earliest() == at(3))
        table["kubelet/b"] = at(20)
        #expect(table.earliest() == at(5))
        table["kubelet/a"] = nil
        #expect(table.earliest() == at(9))
        table["hpa/x"] = nil
        #expect(table.earliest() == at(20))
    }

    @Test("due wake-ups are those of the prefix at or before now, a segment with none due skipped")
    func dueByPrefix() {
        var table = WakeupTable()
        table["deployment-available/u1"] = at(1)
        table["deployment-progress/u1"] = at(8)
        table["kubelet/p1"] = at(1)
        table["kubelet/p1/web/pull"] = at(4)
        #expect(Set(table.due(at: at(2), prefix: "deployment-").map(\.key)) == ["deployment-available/u1"])
        let both: Set = ["deployment-available/u1", "deployment-progress/u1"]
        #expect(Set(table.due(at: at(8), prefix: "deployment-").map(\.key)) == both)
        #expect(Set(table.due(at: at(4), prefix: "kubelet/p1/").map(\.key)) == ["kubelet/p1/web/pull"])
        #expect(table.due(at: at(0), prefix: "kubelet/").isEmpty)
        #expect(Set(table.segmentsDue(at: at(1))) == ["deployment-available", "kubelet"])
    }

    @Test("keys by prefix, inside the first segment or past it")
    func keysByPrefix() {
        var table = WakeupTable()
        table["job-sync/u"] = at(1)
        table["job-ttl/u"] = at(2)
        table["jobless"] = at(3)
        table["replicaset-backoff/ns/web/2"] = at(4)
        #expect(Set(table.keys(withPrefix: "job-")) == ["job-sync/u", "job-ttl/u"])
        #expect(table.keys(withPrefix: "replicaset-backoff/ns/web/") == ["replicaset-backoff/ns/web/2"])
        #expect(table.keys(withPrefix: "replicaset-backoff/ns/other/").isEmpty)
        table.removeAll { key, _ in key.hasPrefix("job") }
        #expect(table.all.map(\.key) == ["replicaset-backoff/ns/web/2"])
        #expect(table.earliest() == at(4))
    }
}
