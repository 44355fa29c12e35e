import KubeAPI

/// Control loops that react to changes read the store's journal, as informers feed real
/// controllers: each keeps a cursor and looks only at what changed since it last ran.
extension Cluster {
    /// What changed since `loop` last read, moving its cursor to now; nil when it never read or
    /// the journal no longer reaches back that far, so the loop must look at everything.
    func takeChanges(for loop: ControlLoop) -> [ChangeJournal.Change]? {
        let cursor = journalCursors[loop]
        journalCursors[loop] = store.journal.end
        guard let cursor, store.canRead(from: cursor) else { return nil }
        return Array(store.changes(from: cursor))
    }

    /// The changes to `types` since `loop` last read, moving its cursor to now; nil as
    /// `takeChanges(for:)` gives it. A reader of rarely written types skips the rest unread.
    func takeChanges(for loop: ControlLoop, of types: [ResourceType]) -> [ChangeJournal.Change]? {
        let cursor = journalCursors[loop]
        journalCursors[loop] = store.journal.end
        guard let cursor, store.canRead(from: cursor) else { return nil }
        guard store.hasChanges(of: types, from: cursor) else { return [] }
        return store.changes(from: cursor).filter { types.contains($0.type) }
    }

    /// Moves `loop` past every change so far without reading them (it has nothing to do with them).
    func skipChanges(for loop: ControlLoop) { journalCursors[loop] = store.journal.end }

    /// What changed since `loop` last took its changes, leaving its cursor where it is; nil as
    /// `takeChanges(for:)` gives it.
    func peekChanges(for loop: ControlLoop) -> [ChangeJournal.Change]? {
        guard let cursor = journalCursors[loop], store.canRead(from: cursor) else { return nil }
        return Array(store.changes(from: cursor))
    }

    /// How many changes `loop` has not read yet.
    func journalBacklog(of loop: ControlLoop) -> Int {
        guard let cursor = journalCursors[loop] else { return 0 }
        return store.journal.end - cursor
    }

    /// Drops the journal entries every reader has read. A reader that never read will look at
    /// everything when it first runs, so it holds nothing back.
    func trimJournal() {
        let cursors = ControlLoop.journalReaders.compactMap { journalCursors[$0] }
        store.trimJournal(before: cursors.min() ?? store.journal.end)
    }
}

extension ControlLoop {
    /// The loops that read the journal.
    static let journalReaders: [ControlLoop] = [
        .nodes, .deployments, .replicaSets, .replicationControllers, .daemonSets, .kubelets, .garbageCollector, .volumes, .provisioners,
        .endpoints, .endpointSlices, .rootCAPublisher, .kubeProxies, .serviceAccounts, .clusterRoleAggregation, .jobs,
        .certificateSigners, .scheduler,
    ]
}
