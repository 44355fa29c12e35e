import KubeAPI

/// A configMap, secret, downwardAPI or projected volume as one run of a container mounts it,
/// with each version of its files the kubelet wrote during the run and from when the container
/// saw it, so a command that reads them in virtual time finds what was there then.
struct ProjectedMount: Sendable, Equatable {
    struct Version: Sendable, Equatable {
        /// When the kubelet wrote this version into the volume.
        var shown: Timestamp
        var files: [ProjectedFile]
    }

    var mountPath: String
    /// The volume's name in the pod.
    var volume: String
    /// A `subPath` mount's path in the volume: a bind mount of what was there at the start.
    var subPath: String
    var versions: [Version]

    /// The files the container sees at `time`: the latest version written by then (a later one
    /// may have come sooner, the pod's own sync overtaking the periodic one).
    func files(at time: Timestamp) -> [ProjectedFile]? {
        guard subPath.isEmpty else { return versions.first?.files }
        return versions.last { $0.shown <= time }?.files ?? versions.first?.files
    }

    /// What `relative` (a path under the mount, "" for the mount itself) is at `time`.
    func lookup(_ relative: String, at time: Timestamp) -> ContainerPath? {
        guard let files = files(at: time) else { return nil }
        let path = subPath.isEmpty ? relative : (relative.isEmpty ? subPath : subPath + "/" + relative)
        // The atomic writer's own entries (`..data` and the timestamped directory) are not followed here.
        if path.split(separator: "/").contains(where: { $0.hasPrefix("..") }) { return nil }
        if let file = files.first(where: { $0.path == path }) { return .file(file.content) }
        let prefix = path.isEmpty ? "" : path + "/"
        var names = Set<String>()
        for file in files where file.path.hasPrefix(prefix) {
            if let name = file.path.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(name)) }
        }
        // The kubelet makes an empty directory for a `subPath` the volume does not have.
        if !names.isEmpty || path.isEmpty || (relative.isEmpty && !subPath.isEmpty) {
            return .directory(names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
        return .missing
    }
}
