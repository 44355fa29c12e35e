import KubeAPI
import Testing

@testable import Cluster

/// Control loops read what changed since their cursor; trimming never moves what a cursor means.
@Suite("The store's change journal")
struct ChangeJournalTests {
    private func key(_ name: String) -> ObjectStore.Key { ObjectStore.Key(namespace: "default", name: name) }

    @Test("a reader sees the changes after its cursor, in order, also after older ones are trimmed")
    func cursorsSurviveTrimming() {
        var journal = ChangeJournal()
        journal.record(.pods, key("a"), removed: false, controller: nil)
        let cursor = journal.end
        journal.record(.pods, key("b"), removed: false, controller: "rs-1")
        journal.record(.pods, key("a"), removed: true, controller: nil)
        journal.trim(before: cursor)
        #expect(journal.canRead(from: cursor))
        #expect(journal.changes(from: cursor).map(\.key.name) == ["b", "a"])
        #expect(journal.changes(from: cursor).map(\.removed) == [false, true])
        #expect(journal.changes(from: cursor).first?.controller == "rs-1")
        #expect(!journal.canRead(from: 0))
    }
}
