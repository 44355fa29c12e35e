/// One mount in a gVisor sandbox as its Sentry lists it: every source is `none`; `/proc/mounts`
/// gives the mount's flags (`rw` or `ro`, then `noexec`) and the file system's own options, and
/// `/proc/self/mountinfo` adds the mount's ID, its parent's, the device, the mounted path within
/// the file system, and the superblock's options (`rw` or `ro` and the file system's).
///
/// The formats are those of `GenerateProcMounts` and `GenerateProcMountInfo` in gVisor's
/// `pkg/sentry/vfs/mount.go` (release-20250224.0): no propagation tags on private mounts, and
/// the mount point escaped only in mountinfo.
struct GVisorMount {
    var mount: Mount
    var id: Int
    var parent: Int
    /// The anonymous block device's minor number (major 0).
    var minor: Int
    var readOnly = false
    var noexec = false
    /// The file system's options (`MountOptions()`), empty for none.
    var fileSystemOptions = ""

    init(
        target: String, type: String, id: Int, parent: Int, minor: Int, readOnly: Bool = false, noexec: Bool = false,
        options: String = "", root: String = "/", deviceKey: String, usage: Mount.Usage? = nil
    ) {
        self.id = id
        self.parent = parent
        self.minor = minor
        self.readOnly = readOnly
        self.noexec = noexec
        fileSystemOptions = options
        mount = Mount(device: "none", target: target, type: type, options: "", root: root, deviceKey: deviceKey, usage: usage)
        mount.options = flags + (options.isEmpty ? "" : "," + options)
    }

    /// The mount's own flags as both tables begin them.
    var flags: String { (readOnly ? "ro" : "rw") + (noexec ? ",noexec" : "") }

    /// The line as `/proc/mounts` prints it: the mount point as it is, unescaped.
    var procLine: String { "none \(mount.target) \(mount.type) \(mount.options) 0 0\n" }

    var mountInfoLine: String {
        let superblock = (readOnly ? "ro" : "rw") + (fileSystemOptions.isEmpty ? "" : "," + fileSystemOptions)
        return "\(id) \(parent) 0:\(minor) \(Mount.escaped(mount.root)) \(Mount.escaped(mount.target)) \(flags) - \(mount.type) none \(superblock)\n"
    }
}
