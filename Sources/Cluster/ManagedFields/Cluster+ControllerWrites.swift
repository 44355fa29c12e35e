import KubeAPI

/// The control plane's own writes as field managers: each control loop writes under its
/// component's name, the main resource and the status subresource apart, as its client's
/// separate `PUT` and `PUT .../status` calls are recorded.
extension Cluster {
    /// Runs `body` with `manager` recorded as the writer of what it stores (nil: nobody).
    @discardableResult
    func writing<T>(as manager: String?, _ body: () -> T) -> T {
        let previous = store.fieldWrites.writer
        store.fieldWrites.writer = manager.map { ($0, now) }
        defer { store.fieldWrites.writer = previous }
        return body()
    }

    /// Turns an object's noted component writes into its managed fields entries.
    func foldControllerWrites(of uid: String) {
        guard let writes = store.fieldWrites.pending.removeValue(forKey: uid) else { return }
        for write in writes {
            recordUpdate(write.type, old: write.old, new: write.new, manager: FieldManager(write.manager), at: write.time)
            // A create's status is the apiserver's own (the strategy resets it), so no one's.
            guard let old = write.old else { continue }
            recordUpdate(
                write.type, old: old, new: write.new, manager: FieldManager(write.manager, subresource: "status"),
                at: write.time)
        }
    }

    /// Marks every object stored now as the world's: the lab's start.
    func markWorldObjects() {
        store.fieldWrites.worldUIDs = store.allUIDs
    }
}
