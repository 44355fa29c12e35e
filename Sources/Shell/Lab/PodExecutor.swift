import Cluster
import KubeAPI
import Kubectl

/// Runs `kubectl exec` commands inside a pod's container: a shell over the files the kubelet
/// puts into every pod, as the container runtime would start the process.
///
/// A container's files live as long as the container does: what one exec writes (or
/// `kubectl cp` unpacks) the next one reads, until the container restarts or the pod goes.
final class PodExecutor: ContainerExecutor {
    private let cluster: Cluster
    private let volumes: PodVolumes
    /// Each running container's file system (its writable layer), by pod UID and container name.
    private var filesystems: [String: (pod: KubeObject, restarts: Int, files: VirtualFileSystem)] = [:]

    /// Makes a shell started with a terminal (`exec -it POD -- sh`) the one the learner types into.
    var enter: ((ShellSession) -> Void)?

    init(cluster: Cluster, nodes: NodeShells) {
        self.cluster = cluster
        volumes = PodVolumes(cluster: cluster, nodes: nodes)
    }

    func exec(pod: KubeObject, container: String, command: [String], io: IOStreams, tty: Bool) -> Int32? {
        let environment = cluster.environment(of: pod, container: container)
        let fs = filesystem(of: pod, container: container)
        volumes.mount(pod, container: container, into: fs, environment: environment)
        let session = ShellSession(
            user: "root", hostname: pod.name, home: "/root", filesystem: fs,
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        session.cwd = "/"
        session.environment = ["PATH": Self.path, "HOSTNAME": pod.name, "HOME": "/root"].merging(environment) { $1 }
        let image = registerTools(in: session, pod: pod, container: container)
        if tty, command.count == 1, let image, let enter, let flavour = interactiveShell(command[0], of: image, pod: pod, container: container) {
            session.flavour = flavour
            enter(session)
            return 0
        }
        var missing: String?
        session.fallback = { arguments, _ in
            missing = arguments.first
            return 127
        }
        // Without a terminal the process writes to a pipe, so `ls` prints one name a line.
        let sink = tty ? io.sink : PipedSink(io.sink)
        let result = session.run(command.map(Self.quoted).joined(separator: " "), input: io.input, sink: sink)
        if let missing, missing == command.first, result.status == 127 {
            io.err(Self.notFoundMessage(missing))
            return nil
        }
        return result.status
    }

    /// The programs the container's image brings: its kernel's view, its network tools, and by
    /// its catalog entry's userland and programs, its shells, `test`, `tar` and `nslookup`.
    @discardableResult
    private func registerTools(in session: ShellSession, pod: KubeObject, container: String) -> ImageCatalog.Image? {
        let image = Self.imageReference(of: pod, container: container)
        let found: ImageCatalog.Image? = if case .found(let entry) = cluster.runtime.images.lookup(image) { entry } else { nil }
        PodKernel(cluster: cluster, pod: pod, container: container)
            .install(in: session, userland: found?.userland ?? .gnu, osName: found?.osName ?? "GNU/Linux")
        PodNetworkTools.register(in: session, pod: pod, image: image, cluster: cluster)
        guard let entry = found else { return nil }
        // busybox's applet, unless the image installed BIND's nslookup over it.
        let tools = cluster.runtime.network.entry(for: image)?.tools ?? [:]
        if entry.userland == .busybox, tools["nslookup"] == nil { session.register("nslookup", BusyboxNslookup(cluster: cluster, pod: pod)) }
        for shell in ["sh", "bash"] where entry.programs.contains(shell) {
            let flavour = interactiveShell(shell, of: entry, pod: pod, container: container) ?? .dash
            session.register(shell, PodShell(flavour: flavour))
            session.register("/bin/" + shell, PodShell(flavour: flavour))
        }
        if !entry.programs.isEmpty { session.register("test", PodTest()) }
        if entry.programs.contains("tar") { session.register("tar", PodTar(userland: entry.userland)) }
        return entry
    }

    /// The shell `program` starts in `image`, if the image has it: bash, or the `sh` the network
    /// catalog names for the image (busybox ash in busybox images, else dash).
    private func interactiveShell(_ program: String, of image: ImageCatalog.Image, pod: KubeObject, container: String) -> ShellFlavour? {
        let name = program.split(separator: "/").last.map(String.init) ?? program
        guard image.programs.contains(name) else { return nil }
        switch name {
        case "bash": return .bash
        case "sh":
            switch cluster.runtime.network.entry(for: Self.imageReference(of: pod, container: container))?.shell {
            case "busybox": return .ash
            case "bash": return .bash
            case "dash": return .dash
            default: return image.userland == .busybox ? .ash : .dash
            }
        default: return nil
        }
    }

    /// The container's file system: kept while it runs, new after a restart.
    private func filesystem(of pod: KubeObject, container: String) -> VirtualFileSystem {
        // Forget the containers of pods that are gone.
        filesystems = filesystems.filter { [cluster] in
            cluster.exists(.pods, namespace: $0.value.pod.namespace, name: $0.value.pod.name, uid: $0.value.pod.uid)
        }
        let key = "\(pod.uid)/\(container)"
        let status = pod[path: "status.containerStatuses"].array.first { $0["name"].string == container }
        let restarts = status?["restartCount"].int ?? 0
        if let kept = filesystems[key], kept.restarts == restarts { return kept.files }
        let files = newFilesystem(of: pod, container: container)
        filesystems[key] = (pod, restarts, files)
        return files
    }

    /// The files every container sees: its DNS configuration and host names.
    private func newFilesystem(of pod: KubeObject, container: String) -> VirtualFileSystem {
        let fs = VirtualFileSystem(clock: { [cluster] in cluster.now.seconds })
        // The directories of the image's own files (their contents are not modelled).
        let image = Self.imageReference(of: pod, container: container)
        if case .found(let entry) = cluster.runtime.images.lookup(image) {
            for file in entry.files { _ = fs.makeDirectory(VirtualFileSystem.normalize(file + "/..")) }
        }
        _ = fs.write("/etc/resolv.conf", cluster.resolvConf(of: pod))
        _ = fs.write("/etc/hostname", pod.name + "\n")
        _ = fs.write("/etc/hosts", Self.hostsFile(for: pod))
        _ = fs.makeDirectory("/root", mode: 0o700)
        _ = fs.makeDirectory("/tmp", mode: 0o1777)
        return fs
    }

    /// The image reference the pod's spec gives `container`.
    private static func imageReference(of pod: KubeObject, container: String) -> String {
        pod[path: "spec.containers"].array.first { $0["name"].string == container }?["image"].string ?? ""
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
