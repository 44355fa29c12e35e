import KubeAPI
import Testing

@testable import Cluster

@Suite("The event recorder's caches: LRUs of 4096 entries per recording process")
struct EventCorrelatorEvictionTests {
    private let start = Timestamp(seconds: 1_745_393_100)
    private let kubelet = Cluster.EventSource(component: "kubelet", host: "tk8s-worker1")

    private func pulled(_ uid: String, source: Cluster.EventSource? = nil) -> EventCorrelator.Occurrence {
        EventCorrelator.Occurrence(
            source: source ?? kubelet, objectUID: uid, fieldPath: "spec.containers{web}", type: "Normal", reason: "Pulled",
            message: "Container image \"nginx\" already present on machine")
    }

    /// Records one event about each of `count` other pods, each a new entry in every cache.
    private func fill(_ correlator: inout EventCorrelator, with count: Int, from first: Int = 0, source: Cluster.EventSource? = nil) {
        for index in first..<(first + count) {
            _ = correlator.correlate(pulled("pod-\(index)", source: source), newName: "other.\(index)", now: start)
        }
    }

    @Test("a repeat is a count bump while 4095 other events came between, a new Event after 4096")
    func repeatAfterEviction() {
        var kept = EventCorrelator()
        _ = kept.correlate(pulled("web"), newName: "web.1", now: start)
        fill(&kept, with: 4095)
        #expect(kept.correlate(pulled("web"), newName: "web.2", now: start)?.name == "web.1")

        var evicted = EventCorrelator()
        _ = evicted.correlate(pulled("web"), newName: "web.1", now: start)
        fill(&evicted, with: 4096)
        let again = evicted.correlate(pulled("web"), newName: "web.2", now: start)
        #expect(again == .init(name: "web.2", count: 1, firstTimestamp: start, message: pulled("web").message))
    }

    @Test("an event seen again is the most recent: the least recently seen one goes first")
    func recencyOrder() {
        var seenAgain = EventCorrelator()
        _ = seenAgain.correlate(pulled("web"), newName: "web.1", now: start)
        fill(&seenAgain, with: 4000)
        _ = seenAgain.correlate(pulled("web"), newName: "web.2", now: start)
        fill(&seenAgain, with: 96, from: 4000)
        #expect(seenAgain.correlate(pulled("web"), newName: "web.3", now: start)?.count == 3)
        #expect(seenAgain.correlate(pulled("pod-0"), newName: "pod-0.2", now: start)?.name == "pod-0.2")
    }

    @Test("each cache holds at most 4096 entries, however many events one process records")
    func bounded() {
        var correlator = EventCorrelator()
        fill(&correlator, with: 10_000)
        #expect(correlator.cacheCounts(of: kubelet) == (4096, 4096, 4096))
    }

    @Test("each process has caches of its own: another kubelet's events push nothing out")
    func perProcess() {
        var correlator = EventCorrelator()
        _ = correlator.correlate(pulled("web"), newName: "web.1", now: start)
        fill(&correlator, with: 5000, source: .init(component: "kubelet", host: "tk8s-worker2"))
        #expect(correlator.correlate(pulled("web"), newName: "web.2", now: start)?.count == 2)
    }

    @Test("the spam filter counts each type apart: a Warning is written after 25 Normal events")
    func spamPerType() {
        var correlator = EventCorrelator()
        for index in 1...25 { _ = correlator.correlate(pulled("web"), newName: "web.\(index)", now: start) }
        #expect(correlator.correlate(pulled("web"), newName: "web.26", now: start) == nil)
        var warning = pulled("web")
        (warning.type, warning.reason, warning.message) = ("Warning", "BackOff", "Back-off restarting failed container")
        #expect(correlator.correlate(warning, newName: "web.27", now: start)?.count == 1)
    }

    @Test("a written combined event takes a second place in the logger, under its own message, as Go's updateState adds it")
    func combinedEventEntries() {
        var correlator = EventCorrelator()
        let controller = Cluster.EventSource(component: "replicaset-controller")
        for index in 1...10 {
            let created = EventCorrelator.Occurrence(
                source: controller, objectUID: "rs-1", fieldPath: nil, type: "Normal", reason: "SuccessfulCreate",
                message: "Created pod: p\(index)")
            _ = correlator.correlate(created, newName: "rs.\(index)", now: start)
        }
        #expect(correlator.cacheCounts(of: controller) == (1, 11, 1))
    }
}
