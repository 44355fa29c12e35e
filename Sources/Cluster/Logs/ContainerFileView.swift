import KubeAPI

/// A path in a container as its command finds it.
enum ContainerPath: Equatable {
    case file(String)
    /// A directory and the names in it, sorted.
    case directory([String])
    case missing
}

/// The files a container's command can read as the cluster knows them: its configMap, secret,
/// downwardAPI and projected volumes as the kubelet had written them at each moment
/// (`ProjectedMount`), and the files the image catalog gives the image. Elsewhere a path is
/// unknown, neither there nor missing.
struct ContainerFileView: Sendable {
    var mounts: [ProjectedMount]
    var imageFiles: [String: String]
    /// The directory relative paths start from.
    var directory: String

    /// What `path` is at `time`; nil when the cluster cannot tell.
    func lookup(_ path: String, at time: Timestamp) -> ContainerPath? {
        let absolute = Self.normalized(path, from: directory)
        let mount = mounts.filter {
            absolute == $0.mountPath || absolute.hasPrefix($0.mountPath == "/" ? "/" : $0.mountPath + "/")
        }
        .max { $0.mountPath.count < $1.mountPath.count }
        guard let mount else { return imageFiles[absolute].map(ContainerPath.file) }
        let relative = String(absolute.dropFirst(mount.mountPath.count).drop { $0 == "/" })
        return mount.lookup(relative, at: time)
    }

    /// `path` made absolute from `directory`, `.` and `..` resolved, without a trailing slash.
    static func normalized(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
