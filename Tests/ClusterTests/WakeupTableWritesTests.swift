import KubeAPI
import Testing

@testable import Cluster

@Suite("Wake-ups: the count of writes tells a reader whether anything moved since it looked")
struct WakeupTableWritesTests {
    let t0 = Timestamp(milliseconds: 1_000_000)

    @Test("setting and dropping a wake-up count as writes; reads do not, nor does the count make tables differ")
    func writesCounted() {
        var table = WakeupTable()
        table["kubelet/a"] = t0
        let seen = table.writes
        _ = table["kubelet/a"]
        _ = table.due(at: t0, prefix: "kubelet/")
        #expect(table.writes == seen)
        table["kubelet/b"] = t0.adding(seconds: 1)
        table["kubelet/b"] = nil
        #expect(table.writes == seen + 2)
        var other = WakeupTable()
        other["kubelet/a"] = t0
        #expect(other == table)
    }
}
