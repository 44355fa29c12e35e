import Cluster
import KubeAPI
import Kubectl

/// The inside of the lab's node containers: each node's own files, kept for the whole session,
/// and the shells `podman exec` starts over them.
final class NodeShells {
    private let cluster: Cluster
    /// The world's host: its node containers, files and disk.
    let host: HostSettings
    private var filesystems: [String: VirtualFileSystem] = [:]
    private let volumes: VolumeDirectories
    /// Called when `podman exec -it NODE bash` opens an interactive shell; the lab makes it the
    /// one its prompt reads from until `exit`.
    var enter: ((ShellSession) -> Void)?
    /// The host's kubectl, which the nodes' `kubectl` runs when given a kubeconfig.
    var kubectl: Kubectl?
    /// The shells opened with `-it`, which have a terminal of their own (`ps` shows it).
    private var interactive: Set<ObjectIdentifier> = []
    /// The containers' files, which the servers in pods send to the nodes' programs. Weakly: the
    /// pod executor owns them, and their volumes reach back to these nodes.
    weak var containers: ContainerFiles?

    /// Opens `session` as the learner's interactive shell in its node.
    func open(_ session: ShellSession) {
        interactive.insert(ObjectIdentifier(session))
        enter?(session)
    }

    init(cluster: Cluster, host: HostSettings) {
        self.cluster = cluster
        self.host = host
        volumes = VolumeDirectories(cluster: cluster)
    }

    /// A fresh root shell in the node container `name`, at `/`, as `podman exec` starts one.
    ///
    /// Commands the container does not have are reported to `missing` instead of the shell.
    func session(in name: String) -> ShellSession {
        let session = ShellSession(
            user: "root", hostname: name, home: "/root", filesystem: filesystem(of: name),
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        session.cwd = "/"
        // The kind node image is Debian 12.
        session.bashRelease = BashRelease(version: "5.2.15(1)-release")
        session.setBashVersion()
        session.register("curl", curl(node: name))
        ScriptShellCommand.install(in: session)
        session.register("crictl", Crictl(cluster: cluster, node: name))
        session.register("nft", Nft(cluster: cluster, node: name))
        session.register("iptables-save", IptablesSave(cluster: cluster, node: name))
        session.register("iptables", Iptables(cluster: cluster, node: name))
        session.register("ip6tables-save", IptablesSave(cluster: cluster, node: name, ipv6: true))
        session.register("ip6tables", Iptables(cluster: cluster, node: name, ipv6: true))
        session.register("ipvsadm", Ipvsadm(cluster: cluster, node: name))
        session.register(
            "ps",
            NodePs(cluster: cluster, node: name, containerCommand: host.containers.first { $0.name == name }?.command ?? "bash") {
                [weak self] session in
                self?.interactive.contains(ObjectIdentifier(session)) ?? false
            })
        let command = host.containers.first { $0.name == name }?.command ?? "bash"
        session.register("systemctl", Systemctl(cluster: cluster, node: name, containerCommand: command))
        session.register("journalctl", Journalctl(cluster: cluster, node: name, containerCommand: command))
        session.register("ip", NodeIp(cluster: cluster, node: name))
        session.register("ss", NodeSs(cluster: cluster, node: name))
        // A node container shares the host's kernel.
        session.register("uname", UnameCommand(kernel: cluster.runtime.hostKernel, userland: .gnu, osName: "GNU/Linux"))
        if let kubectl { session.register("kubectl", NodeKubectl(kubectl: kubectl)) }
        let mounts = { [cluster, host, disk] in NodeMounts(cluster: cluster, host: host, disk: disk).mounts(of: name) }
        session.register("df", GNUDfCommand(mounts: mounts))
        session.register("mount", MountCommand(mounts: mounts, busybox: false))
        session.filesystem.makeDirectory("/proc", mode: 0o555)
        session.filesystem.writeLive("/proc/mounts") { mounts().map(\.procLine).joined() }
        return session
    }

    /// The node image's curl (Debian 12's), connecting from the node.
    ///
    /// It reaches pods, Services through kube-proxy's rules, NodePorts, and the node's own daemons
    /// on its loopback. Its output is a terminal unless piped, captured, or run by `podman exec`
    /// without `-t`.
    private func curl(node: String) -> CurlCommand {
        var client = NetworkClient(cluster: cluster, origin: .node(node), containers: containers)
        client.daemons = NodeDaemons(cluster: cluster, node: node)
        return CurlCommand(client: client, version: "7.88.1")
    }

    /// The host disk as the lab has filled it: the world's figure plus the files in the nodes'
    /// volume directories (emptyDir and local-path folders).
    var disk: HostDiskUsage {
        HostDiskUsage(disk: host.disk) { [weak self] in
            guard let self else { return 0 }
            return filesystems.values.reduce(Int64(0)) { total, fs in
                total + fs.pageBytes(under: VolumeDirectories.podsDirectory) + fs.pageBytes(under: Self.localPathDirectory)
            }
        }
    }

    /// Where the lab's local-path StorageClass keeps its volumes on each node.
    static let localPathDirectory = "/opt/local-path-provisioner"

    /// The host's memory in KiB, as the kubelets report it for their node.
    func hostMemoryKiB(node: String) -> Int64 {
        guard let object = try? cluster.get(.nodes, namespace: nil, name: node),
            let memory = object[path: "status.capacity.memory"].string.flatMap(Quantity.init)
        else { return 0 }
        return memory.value / 1024
    }

    /// The node's files: the world's node files meant for it, its host name and DNS settings.
    /// Volume directories follow the cluster each time the files are asked for.
    func filesystem(of name: String) -> VirtualFileSystem {
        let fs = imageFilesystem(of: name)
        volumes.sync(fs, node: name)
        return fs
    }

    private func imageFilesystem(of name: String) -> VirtualFileSystem {
        if let existing = filesystems[name] { return existing }
        let fs = VirtualFileSystem(clock: { [cluster] in cluster.now.seconds })
        _ = fs.makeDirectory("/root", mode: 0o700)
        _ = fs.makeDirectory("/tmp", mode: 0o1777)
        _ = fs.write("/etc/hostname", name + "\n")
        _ = fs.write("/etc/resolv.conf", cluster.nodeResolvConf)
        fs.bindMounts = []
        if let container = host.containers.first(where: { $0.name == name }) {
            for volume in container.volumes { fs.install(mounted(volume)) }
            fs.bindMounts = container.volumes.compactMap { $0.split(separator: ":").dropFirst().first.map(String.init) }
        }
        // Last, so the image's own directories keep their times over the mount points'.
        fs.install(host.nodeFiles.filter { $0.nodes.isEmpty || $0.nodes.contains(name) })
        filesystems[name] = fs
        return fs
    }

    /// The host's files under a `HOST:CONTAINER` volume, at their place in the container.
    ///
    /// The container gets a copy made when it is first entered: later changes on either side
    /// are not seen by the other.
    private func mounted(_ volume: String) -> [HostFile] {
        let parts = volume.split(separator: ":").map(String.init)
        guard parts.count >= 2 else { return [] }
        let (source, target) = (parts[0], parts[1])
        return host.files.compactMap { file in
            guard file.path == source || file.path.hasPrefix(source + "/") else { return nil }
            var copy = file
            copy.path = target + file.path.dropFirst(source.count)
            copy.owner = numericID(of: file.owner, in: "/etc/passwd")
            copy.group = numericID(of: file.group, in: "/etc/group")
            return copy
        }
    }

    /// The node knows only root by name; the host's other users show as their numeric IDs,
    /// read from the host's `/etc/passwd` or `/etc/group`.
    private func numericID(of name: String, in table: String) -> String {
        guard name != "root", let text = host.files.first(where: { $0.path == table })?.content else { return name }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            if fields.count > 2, fields[0] == name { return String(fields[2]) }
        }
        return name
    }
}
