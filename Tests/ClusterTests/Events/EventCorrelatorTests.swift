import KubeAPI
import Testing

@testable import Cluster

@Suite("The event recorder's correlator: repeats, aggregation of similar events, the spam filter")
struct EventCorrelatorTests {
    private let start = Timestamp(seconds: 1_745_393_100)
    private let controller = Cluster.EventSource(component: "replicaset-controller")

    private func occurrence(_ message: String, reason: String = "SuccessfulCreate", uid: String = "rs-1")
        -> EventCorrelator.Occurrence
    {
        EventCorrelator.Occurrence(
            source: controller, objectUID: uid, fieldPath: nil, type: "Normal", reason: reason, message: message)
    }

    @Test("the same event again patches the first: same name, count up, first time kept")
    func repeats() {
        var correlator = EventCorrelator()
        let first = correlator.correlate(occurrence("Created pod: a"), newName: "rs.1", now: start)
        let again = correlator.correlate(occurrence("Created pod: a"), newName: "rs.2", now: start.adding(seconds: 60))
        #expect(first == .init(name: "rs.1", count: 1, firstTimestamp: start, message: "Created pod: a"))
        #expect(again == .init(name: "rs.1", count: 2, firstTimestamp: start, message: "Created pod: a"))
    }

    @Test("the 10th different message with one reason becomes the combined event, and later ones count on it")
    func aggregation() {
        var correlator = EventCorrelator()
        var writes: [EventCorrelator.Write] = []
        for index in 1...12 {
            let name = "rs.\(index)"
            if let write = correlator.correlate(occurrence("Created pod: p\(index)"), newName: name, now: start) {
                writes.append(write)
            }
        }
        #expect(writes[8] == .init(name: "rs.9", count: 1, firstTimestamp: start, message: "Created pod: p9"))
        #expect(writes[9].message == "(combined from similar events): Created pod: p10")
        #expect(
            writes[11]
                == .init(
                    name: "rs.10", count: 3, firstTimestamp: start,
                    message: "(combined from similar events): Created pod: p12", combined: true))
        let otherReason = correlator.correlate(
            occurrence("Deleted pod: p1", reason: "SuccessfulDelete"), newName: "x", now: start)
        #expect(otherReason?.message == "Deleted pod: p1")
    }

    @Test("similar events more than 10 minutes apart start the count of messages afresh")
    func aggregationWindow() {
        var correlator = EventCorrelator()
        for index in 1...9 { _ = correlator.correlate(occurrence("m\(index)"), newName: "n\(index)", now: start) }
        let late = correlator.correlate(occurrence("m10"), newName: "n10", now: start.adding(seconds: 601))
        #expect(late?.message == "m10")
    }

    @Test("25 events about one object are written at once, then one every 5 minutes, carrying the count so far")
    func spamFilter() {
        var correlator = EventCorrelator()
        var written = 0
        for _ in 1...30 where correlator.correlate(occurrence("Back-off"), newName: "pod.1", now: start) != nil {
            written += 1
        }
        #expect(written == 25)
        #expect(correlator.correlate(occurrence("Back-off"), newName: "pod.1", now: start.adding(seconds: 299)) == nil)
        let refilled = correlator.correlate(occurrence("Back-off"), newName: "pod.1", now: start.adding(seconds: 300))
        #expect(refilled?.count == 32)
        let otherObject = correlator.correlate(occurrence("Back-off", uid: "rs-2"), newName: "pod.2", now: start)
        #expect(otherObject?.count == 1)
    }

    @Test("a restarted process remembers nothing: the next event is a new Event")
    func restart() {
        var correlator = EventCorrelator()
        _ = correlator.correlate(occurrence("Created pod: a"), newName: "rs.1", now: start)
        correlator.forget { $0 == controller }
        let after = correlator.correlate(occurrence("Created pod: a"), newName: "rs.2", now: start)
        #expect(after == .init(name: "rs.2", count: 1, firstTimestamp: start, message: "Created pod: a"))
    }
}
