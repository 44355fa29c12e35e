import Cluster
import KubeAPI
import Kubectl

/// Runs `kubectl exec` commands inside a pod's container: a shell over the files the kubelet
/// puts into every pod, as the container runtime would start the process.
final class PodExecutor: ContainerExecutor {
    private let cluster: Cluster

    init(cluster: Cluster) { self.cluster = cluster }

    func exec(pod: KubeObject, container: String, command: [String], io: IOStreams) -> Int32 {
        let session = ShellSession(
            user: "root", hostname: pod.name, home: "/root", filesystem: filesystem(of: pod),
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        session.cwd = "/"
        registerTools(in: session, pod: pod, container: container)
        var missing: String?
        session.fallback = { arguments, _ in
            missing = arguments.first
            return 127
        }
        let result = session.run(command.map(Self.quoted).joined(separator: " "), sink: io.sink)
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
        PodNetworkTools.register(in: session, pod: pod, image: image, cluster: cluster)
        guard case .found(let entry) = cluster.runtime.images.lookup(image), entry.userland == .busybox else { return }
        session.register("nslookup", BusyboxNslookup(cluster: cluster))
    }

    /// The files every container sees: its DNS configuration and host names.
    private func filesystem(of pod: KubeObject) -> VirtualFileSystem {
        let fs = VirtualFileSystem(clock: { [cluster] in cluster.now.seconds })
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

    static func quoted(_ word: String) -> String {
        "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// What kubectl reports when the container has no such executable.
    private static func notFoundMessage(_ name: String) -> String {
        "error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(name)\": executable file not found in $PATH: unknown\n"
    }
}
