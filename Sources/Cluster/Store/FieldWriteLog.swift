import KubeAPI

/// The writes the control plane's own components made, kept until someone reads an object's
/// managed fields: a controller, the scheduler or a kubelet writes as its own field manager
/// (`kube-controller-manager`, `kube-scheduler`, `kubelet`), and what it changed is worked out
/// only when asked, so the loops pay nothing for it.
///
/// A client's update (a create or `PUT` by a named manager) waits here too, in its place among
/// them, so that a write no one reads the managed fields of never loads the API schema.
struct FieldWriteLog: Sendable {
    /// One component's writes to one object in a row (the object before the first and after the
    /// last), or one client's update.
    struct Write: Sendable {
        var manager: String
        var type: ResourceType
        var old: KubeObject?
        var new: KubeObject
        var time: Timestamp
        /// The manager of a client's update, which is never joined to another; nil for a component's.
        var client: FieldManager? = nil
    }

    /// Who is writing now, and since when; nil for a client's writes, which the apiserver's
    /// handlers record themselves, and for writes no field manager sees (a pod's binding).
    var writer: (name: String, time: Timestamp)?
    /// Each object's writes not yet folded into its entries, by UID.
    var pending: [UIDKey: [Write]] = [:]
    /// The objects the world held at the lab's start; their entries come from `WorldFieldManagers`.
    var worldUIDs: Set<String> = []

    private static let mostWaiting = 8

    /// Notes a client's update of the object `new`, by `manager` at `time`, to be worked out in turn.
    mutating func noteClientUpdate(
        _ type: ResourceType, old: KubeObject?, new: KubeObject, manager: FieldManager, time: Timestamp
    ) {
        let write = Write(manager: manager.name, type: type, old: old, new: new, time: time, client: manager)
        pending[UIDKey(new.uid), default: []].append(write)
    }

    /// Forgets a removed object's component writes since its last client's update: a client's
    /// update was worked out at once, with the writes before it, so its entries outlive the object.
    mutating func forgetRemoved(_ uid: UIDKey) {
        guard let writes = pending[uid], let last = writes.lastIndex(where: { $0.client != nil }) else {
            pending[uid] = nil
            return
        }
        pending[uid] = Array(writes[...last])
    }

    /// Notes a write by the current writer, joining it to that writer's write just before when
    /// that was at the same time (or when the object has many writes waiting, so they stay few).
    /// (`uid` is `new`'s, as the store has read it.)
    mutating func note(_ type: ResourceType, uid: UIDKey, old: KubeObject?, new: KubeObject) {
        guard let writer else { return }
        guard !uid.isEmpty else { return }
        // One lookup of the object's writes, read and changed in place.
        let write = Write(manager: writer.name, type: type, old: old, new: new, time: writer.time)
        Self.join(write, to: &pending[uid, default: []])
    }

    /// Joins `write` to the last of `writes` when that was by the same writer at the same time
    /// (or when many are waiting since the last client's update); otherwise appends it.
    private static func join(_ write: Write, to writes: inout [Write]) {
        if let last = writes.last, last.client == nil, last.manager == write.manager,
            last.time == write.time || waiting(in: writes) >= mostWaiting
        {
            writes[writes.count - 1].new = write.new
            writes[writes.count - 1].time = write.time
            return
        }
        writes.append(write)
    }

    /// How many component writes wait after the last client's update (which, worked out at once,
    /// used to take those before it along).
    private static func waiting(in writes: [Write]) -> Int {
        guard let last = writes.lastIndex(where: { $0.client != nil }) else { return writes.count }
        return writes.count - last - 1
    }
}
