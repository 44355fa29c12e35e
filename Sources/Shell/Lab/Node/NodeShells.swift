import Cluster
import KubeAPI
import Kubectl

/// The inside of the lab's node containers: each node's own files, kept for the whole session,
/// and the shells `podman exec` starts over them.
final class NodeShells {
    private let cluster: Cluster
    private let host: HostSettings
    private var filesystems: [String: VirtualFileSystem] = [:]
    /// Called when `podman exec -it NODE bash` opens an interactive shell; the lab makes it the
    /// one its prompt reads from until `exit`.
    var enter: ((ShellSession) -> Void)?

    init(cluster: Cluster, host: HostSettings) {
        self.cluster = cluster
        self.host = host
    }

    /// A fresh root shell in the node container `name`, at `/`, as `podman exec` starts one.
    ///
    /// Commands the container does not have are reported to `missing` instead of the shell.
    func session(in name: String) -> ShellSession {
        let session = ShellSession(
            user: "root", hostname: name, home: "/root", filesystem: filesystem(of: name),
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        session.cwd = "/"
        session.register("curl", NodeCurl(cluster: cluster))
        return session
    }

    /// The node's files: the world's node files meant for it, its host name and DNS settings.
    func filesystem(of name: String) -> VirtualFileSystem {
        if let existing = filesystems[name] { return existing }
        let fs = VirtualFileSystem(clock: { [cluster] in cluster.now.seconds })
        _ = fs.makeDirectory("/root", mode: 0o700)
        _ = fs.makeDirectory("/tmp", mode: 0o1777)
        _ = fs.write("/etc/hostname", name + "\n")
        _ = fs.write("/etc/resolv.conf", cluster.nodeResolvConf)
        fs.install(host.nodeFiles.filter { $0.nodes.isEmpty || $0.nodes.contains(name) })
        filesystems[name] = fs
        return fs
    }
}
