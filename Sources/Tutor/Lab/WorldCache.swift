import Cluster
import Synchronization

/// Worlds read from disk and restored once per process: every lab made afterwards starts from
/// a copy of the same restored cluster.
enum WorldCache {
    /// A world's host settings and its cluster as restored at the world's start.
    struct Entry: Sendable {
        var host: HostSettings
        var cluster: Cluster.Snapshot
    }

    private static let entries = Mutex<[String: Entry]>([:])

    static func entry(at directory: String) throws(World.LoadError) -> Entry {
        if let entry = entries.withLock({ $0[directory] }) { return entry }
        let world = try World.load(directory: directory)
        let cluster = Cluster(world: world)
        cluster.prepareSchedulerViews()
        let entry = Entry(host: world.host, cluster: cluster.snapshot)
        entries.withLock { $0[directory] = entry }
        return entry
    }
}
