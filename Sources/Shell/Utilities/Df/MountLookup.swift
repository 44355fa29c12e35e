/// Which mount holds a path: the last-mounted entry whose target is the path or one of its parents.
enum MountLookup {
    static func mount(holding path: String, in mounts: [Mount]) -> Mount? {
        mounts.last { mount in
            mount.target == "/" || path == mount.target || path.hasPrefix(mount.target + "/")
        }
    }
}
