import KubeAPI

/// The writes the control plane's own components made, kept until someone reads an object's
/// managed fields: a controller, the scheduler or a kubelet writes as its own field manager
/// (`kube-controller-manager`, `kube-scheduler`, `kubelet`), and what it changed is worked out
/// only when asked, so the loops pay nothing for it.
struct FieldWriteLog: Sendable {
    /// One component's writes to one object in a row: the object before the first and after the last.
    struct Write: Sendable {
        var manager: String
        var type: ResourceType
        var old: KubeObject?
        var new: KubeObject
        var time: Timestamp
    }

    /// Who is writing now, and since when; nil for a client's writes, which the apiserver's
    /// handlers record themselves, and for writes no field manager sees (a pod's binding).
    var writer: (name: String, time: Timestamp)?
    /// Each object's writes not yet folded into its entries, by UID.
    var pending: [String: [Write]] = [:]
    /// The objects the world held at the lab's start; their entries come from `WorldFieldManagers`.
    var worldUIDs: Set<String> = []

    private static let mostWaiting = 8

    /// Notes a write by the current writer, joining it to that writer's write just before when
    /// that was at the same time (or when the object has many writes waiting, so they stay few).
    mutating func note(_ type: ResourceType, old: KubeObject?, new: KubeObject) {
        guard let writer else { return }
        let uid = new.uid
        guard !uid.isEmpty else { return }
        // One lookup of the object's writes, read and changed in place.
        let write = Write(manager: writer.name, type: type, old: old, new: new, time: writer.time)
        Self.join(write, to: &pending[uid, default: []])
    }

    /// Joins `write` to the last of `writes` when that was by the same writer at the same time
    /// (or when many are waiting); otherwise appends it.
    private static func join(_ write: Write, to writes: inout [Write]) {
        if let last = writes.last, last.manager == write.manager,
            last.time == write.time || writes.count >= mostWaiting
        {
            writes[writes.count - 1].new = write.new
            writes[writes.count - 1].time = write.time
            return
        }
        writes.append(write)
    }
}
