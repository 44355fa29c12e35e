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

    /// Records a client's update by `manager` (a create when `old` is nil), worked out when the
    /// object's managed fields are next read or replaced: until then, nothing is compared.
    func noteClientUpdate(_ type: ResourceType, old: KubeObject?, new: KubeObject, manager: FieldManager) {
        guard !new.uid.isEmpty else { return recordUpdate(type, old: old, new: new, manager: manager) }
        store.fieldWrites.noteClientUpdate(type, old: old, new: new, manager: manager, time: now)
    }

    /// Turns an object's noted writes into its managed fields entries, in the order noted.
    ///
    /// `throughLastClientUpdate` folds only those up to its last client's update (what that
    /// update, worked out at once, would have folded), leaving the component writes since.
    func foldControllerWrites(of uid: String, throughLastClientUpdate: Bool = false) {
        let uid = UIDKey(uid)
        guard var writes = store.fieldWrites.pending.removeValue(forKey: uid) else { return }
        var later: [FieldWriteLog.Write] = []
        if throughLastClientUpdate {
            guard let last = writes.lastIndex(where: { $0.client != nil }) else {
                store.fieldWrites.pending[uid] = writes
                return
            }
            later = Array(writes[(last + 1)...])
            writes.removeSubrange((last + 1)...)
        }
        defer { if !later.isEmpty { store.fieldWrites.pending[uid] = later } }
        for write in writes {
            if let client = write.client {
                recordUpdate(write.type, old: write.old, new: write.new, manager: client, at: write.time)
                continue
            }
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
