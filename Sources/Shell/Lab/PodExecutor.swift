import Cluster
import KubeAPI
import Kubectl

/// Runs `kubectl exec` commands inside a pod's container: a shell over the files the kubelet
/// puts into every pod, as the container runtime would start the process.
final class PodExecutor: ContainerExecutor {
    private let cluster: Cluster
    private let volumes: PodVolumes
    /// Each container's own files (its writable layer), by `uid/container/restartCount`: kept
    /// from one exec to the next, new when the container restarts.
    private var containerFiles: [String: VirtualFileSystem] = [:]

    init(cluster: Cluster, nodes: NodeShells) {
        self.cluster = cluster
        volumes = PodVolumes(cluster: cluster, nodes: nodes)
    }

    func exec(pod: KubeObject, container: String, command: [String], io: IOStreams) -> Int32 {
        let environment = cluster.environment(of: pod, container: container)
        let fs = filesystem(of: pod, container: container)
        volumes.mount(pod, container: container, into: fs, environment: environment)
        let session = ShellSession(
            user: "root", hostname: pod.name, home: "/root", filesystem: fs,
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        session.cwd = "/"
        session.environment = ["PATH": Self.path, "HOSTNAME": pod.name, "HOME": "/root"].merging(environment) { $1 }
        registerTools(in: session, pod: pod, container: container)
        var missing: String?
        session.fallback = { arguments, _ in
            missing = arguments.first
            return 127
        }
        // A shell given a script runs it (through the image's own `sh` when the catalog names one,
        // so a missing command fails in that shell's words); anything else runs as the one program it names.
        let ownShell = session.commands[command[0]] != nil
        let line = !ownShell && shells(of: pod, container: container).contains(command[0]) && command.count > 2 && command[1] == "-c"
            ? command[2] : command.map(Self.quoted).joined(separator: " ")
        let result = session.run(line, sink: io.sink)
        if let missing, result.status == 127 {
            io.err(Self.notFoundMessage(missing))
            return 1
        }
        if result.status != 0 { io.err("command terminated with exit code \(result.status)\n") }
        return result.status
    }

    /// The programs the container's image brings, by its catalog entry's userland.
    private func registerTools(in session: ShellSession, pod: KubeObject, container: String) {
        let image = pod[path: "spec.containers"].array.first { $0["name"].string == container }?["image"].string ?? ""
        let found: ImageCatalog.Image? = if case .found(let entry) = cluster.runtime.images.lookup(image) { entry } else { nil }
        PodKernel(cluster: cluster, pod: pod, container: container)
            .install(in: session, userland: found?.userland ?? .gnu, osName: found?.osName ?? "GNU/Linux")
        PodNetworkTools.register(in: session, pod: pod, image: image, cluster: cluster)
        guard let entry = found, entry.userland == .busybox else { return }
        session.register("nslookup", BusyboxNslookup(cluster: cluster))
    }

    /// The container's files, made on its first exec: its DNS configuration and host names.
    private func filesystem(of pod: KubeObject, container: String) -> VirtualFileSystem {
        let live = Set(cluster.list(.pods).map(\.uid))
        containerFiles = containerFiles.filter { live.contains(String($0.key.prefix { $0 != "/" })) }
        let restarts = pod[path: "status.containerStatuses"].array.first { $0["name"].string == container }?["restartCount"].int ?? 0
        let key = "\(pod.uid)/\(container)/\(restarts)"
        if let kept = containerFiles[key] { return kept }
        let fs = VirtualFileSystem(clock: { [cluster] in cluster.now.seconds })
        containerFiles[key] = fs
        _ = fs.write("/etc/resolv.conf", cluster.resolvConf(of: pod))
        _ = fs.write("/etc/hostname", pod.name + "\n")
        _ = fs.write("/etc/hosts", Self.hostsFile(for: pod))
        _ = fs.makeDirectory("/root", mode: 0o700)
        _ = fs.makeDirectory("/tmp", mode: 0o1777)
        return fs
    }

    /// The kubelet-managed `/etc/hosts`.
    static func hostsFile(for pod: KubeObject) -> String {
        var text = """
            # Kubernetes-managed hosts file.
            127.0.0.1\tlocalhost
            ::1\tlocalhost ip6-localhost ip6-loopback
            fe00::0\tip6-localnet
            fe00::0\tip6-mcastprefix
            fe00::1\tip6-allnodes
            fe00::2\tip6-allrouters

            """
        if let ip = pod[path: "status.podIP"].string { text += "\(ip)\t\(pod.name)\n" }
        return text
    }

    /// The shells the container's image has, which run a script given with `-c`: busybox has only `sh`.
    private func shells(of pod: KubeObject, container: String) -> Set<String> {
        let image = pod[path: "spec.containers"].array.first { $0["name"].string == container }?["image"].string ?? ""
        guard case .found(let entry) = cluster.runtime.images.lookup(image), entry.userland == .busybox else { return ["sh", "bash"] }
        return ["sh"]
    }

    /// The search path images set (`ENV PATH`).
    static let path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    static func quoted(_ word: String) -> String {
        "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// What kubectl reports when the container has no such executable.
    private static func notFoundMessage(_ name: String) -> String {
        "error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(name)\": executable file not found in $PATH: unknown\n"
    }
}
