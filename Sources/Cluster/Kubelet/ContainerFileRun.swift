import KubeAPI

/// One run of a container whose command writes or reads files, as its kubelet started it: the
/// script, the variables and working directory it ran with, where its volumes lie on the node,
/// the projected volumes it reads as they change, and when it started and (once known) ended.
/// What it wrote is read from the script in virtual time (`ScriptOutput`), as its log is.
struct ContainerFileRun: Sendable {
    var podUID: String
    var container: String
    var containerID: String
    var node: String
    var argv: [String]
    /// The environment, the shell and the image's files it runs with (its `files` left out).
    var context: ScriptContext
    var directory: String
    var mounts: [VolumeBinding]
    /// Whether the command may write files (else it is followed only for what it reads).
    var writesFiles: Bool
    var projected: [ProjectedMount]
    var start: Timestamp
    var end: Timestamp?
}

/// A volume mount of a container and the node directory behind it (nil for volumes whose files
/// the kubelet writes, which the container cannot write).
public struct VolumeBinding: Sendable, Equatable {
    public var mountPath: String
    public var nodePath: String?
    /// The mode the kubelet makes the node directory with when it is missing.
    public var mode: UInt16
    public var readOnly: Bool
}

/// A file change a container's command made, placed where it lands: in a volume's directory on
/// the node (`volume` set, `path` on the node) or in the container's own writable layer.
public struct ContainerFileWrite: Sendable, Equatable {
    public var time: Timestamp
    public var path: String
    public var kind: ScriptFileWrite.Kind
    /// The volume the path lies in, whose node directory is made first if missing.
    public var volume: VolumeBinding?
}
