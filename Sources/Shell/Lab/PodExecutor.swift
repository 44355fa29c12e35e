import Cluster
import KubeAPI
import Kubectl

/// Runs `kubectl exec` commands inside a pod's container: a shell over the container's files
/// (`ContainerFiles`), as the container runtime would start the process.
final class PodExecutor: ContainerExecutor {
    private let cluster: Cluster
    /// The containers' file systems, shared with the servers that read them.
    let containers: ContainerFiles

    /// Makes a shell started with a terminal (`exec -it POD -- sh`) the one the learner types into.
    var enter: ((ShellSession) -> Void)?

    private let nodes: NodeShells
    /// Execs started so far, which tells apart two in the same container at the same moment.
    private var execs: UInt64 = 0

    init(cluster: Cluster, nodes: NodeShells) {
        self.cluster = cluster
        self.nodes = nodes
        containers = ContainerFiles(cluster: cluster, nodes: nodes)
    }

    func exec(pod: KubeObject, container: String, command: [String], io: IOStreams, tty: Bool) -> Int32? {
        run(pod: pod, container: container, command: command, io: io, tty: tty, attached: false)
    }

    func attach(pod: KubeObject, container: String, command: [String], io: IOStreams, tty: Bool) -> Int32? {
        run(pod: pod, container: container, command: command, io: io, tty: tty, attached: true)
    }

    func files(servedBy server: ReachedServer) -> ((String) -> ServedFile?)? { containers.served(by: server) }

    /// Starts `command` in the container (`attached`: it is the container's main process).
    private func run(pod: KubeObject, container: String, command: [String], io: IOStreams, tty: Bool, attached: Bool) -> Int32? {
        let environ = cluster.environ(of: pod, container: container)
        let environment = Dictionary(uniqueKeysWithValues: environ.map { ($0.key, $0.value) })
        let fs = containers.filesystem(of: pod, container: container, environment: environment)
        let hostname = ImageFiles.hostname(of: pod)
        let session = ShellSession(
            user: "root", hostname: hostname, home: "/root", filesystem: fs,
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        session.cwd = "/"
        let containerTTY = pod.containerSpec(named: container)?["tty"].bool == true
        let process = Cluster.processEnviron(environ, hostname: hostname, containerTTY: containerTTY, tty: tty)
        session.environment = Dictionary(uniqueKeysWithValues: process.map { ($0.key, $0.value) })
        session.exported = Set(session.environment.keys)
        session.environOrder = process.map(\.key)
        let image = registerTools(in: session, pod: pod, container: container, started: attached ? [] : [command.joined(separator: " ")])
        if tty, command.count == 1, let image, let enter, let flavour = interactiveShell(command[0], of: image) {
            session.flavour = flavour
            session.commandName = command[0]
            session.appletName = command[0].split(separator: "/").last.map(String.init) ?? command[0]
            session.startShell(flavour)
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
        let result = session.run(command.map(Self.quoted).joined(separator: " "), io: io, sink: sink)
        if let missing, missing == command.first, result.status == 127 {
            io.err(Self.notFoundMessage(missing, execID: execID(pod: pod, container: container)))
            return nil
        }
        return result.status
    }

    /// The programs the container's image brings: its kernel's view, its network tools, and by
    /// its catalog entry's userland and programs, its shells, `test`, `tar`, `apk`, `nslookup` and `ls`,
    /// and its own binaries (`ImageProgramCommand`).
    @discardableResult
    private func registerTools(in session: ShellSession, pod: KubeObject, container: String, started: [String]) -> ImageCatalog.Image? {
        let image = ImageFiles.imageReference(of: pod, container: container)
        let found: ImageCatalog.Image? = if case .found(let entry) = cluster.runtime.images.lookup(image) { entry } else { nil }
        PodKernel(cluster: cluster, pod: pod, container: container)
            .install(in: session, userland: found?.userland ?? .gnu, osName: found?.osName ?? "GNU/Linux")
        PodNetworkTools.register(in: session, pod: pod, image: image, cluster: cluster, containers: containers)
        guard let entry = found else { return nil }
        let banner = entry.busyboxBanner(tag: ImageReference(image).tag)
        if let bash = entry.bash { session.bashRelease = bash }
        if entry.userland == .busybox {
            // busybox's applet, unless the image installed BIND's nslookup over it.
            if entry.tools["nslookup"] == nil { session.register("nslookup", BusyboxNslookup(cluster: cluster, pod: pod, banner: banner)) }
            session.register("ls", LsCommand(busybox: true))
            session.register("ln", LnCommand(busybox: true))
            session.register("od", OdCommand(busybox: true, banner: banner))
        }
        for shell in ["sh", "bash"] where entry.programs.contains(shell) {
            let flavour = interactiveShell(shell, of: entry) ?? .dash
            session.register(shell, PodShell(flavour: flavour))
            session.register("/bin/" + shell, PodShell(flavour: flavour))
        }
        if !entry.programs.isEmpty {
            session.register("test", PodTest())
            registerMounts(in: session, pod: pod, container: container, busybox: entry.userland == .busybox ? banner : nil)
        }
        if entry.programs.contains("tar") { session.register("tar", PodTar(userland: entry.userland)) }
        let tag = entry.perTag[ImageReference(image).tag] ?? [:]
        if entry.programs.contains("apk"), let branch = tag["branch"] {
            let client = NetworkClient(cluster: cluster, origin: .pod(pod), containers: containers)
            let apk = ApkCommand(client: client, branch: branch, installed: Int(tag["installedPackages"] ?? "") ?? 0)
            session.register("apk", apk)
            session.register("/sbin/apk", apk)
        }
        if let build = entry.busybox(tag: ImageReference(image).tag) {
            if build.appletNames.contains("xxd") { session.register("xxd", BusyboxXxdCommand(banner: banner)) }
            if build.appletNames.contains("ps") {
                let processes = PodProcesses(cluster: cluster, pod: pod, container: container, filesystem: session.filesystem)
                session.register("ps", BusyboxPs(processes: processes, started: started))
            }
            BusyboxApplets(build: build, keep: entry.programs.union(entry.tools.keys)).install(in: session)
        }
        for program in entry.binaries {
            let command = ImageProgramCommand(program: program, cluster: cluster, pod: pod, container: container, started: started)
            session.register(program.name, command)
            session.register(program.path, command)
        }
        return entry
    }

    /// The container's mount table as `/proc/mounts`, and `df` and `mount` over it (busybox's, with
    /// its build's `banner`, or coreutils' and util-linux's). A gVisor sandbox lists its own table,
    /// and `/proc/self/mountinfo` beside it.
    private func registerMounts(in session: ShellSession, pod: KubeObject, container: String, busybox banner: String?) {
        let memory = nodes.hostMemoryKiB(node: pod[path: "spec.nodeName"].string ?? "")
        let fs = session.filesystem
        let mounts: () -> [Mount]
        if cluster.runtimeType(of: pod) == GVisorKernel.runtimeType {
            let table = GVisorMounts(cluster: cluster, disk: nodes.disk, hostMemoryKiB: memory)
            // Weakly: the live files below are the file system's own.
            let entries = { [weak fs] in fs.map { table.mounts(of: pod, container: container, files: $0) } ?? [] }
            mounts = { entries().map(\.mount) }
            fs.writeLive("/proc/mounts") { entries().map(\.procLine).joined() }
            fs.writeLive("/proc/self/mountinfo") { entries().map(\.mountInfoLine).joined() }
        } else {
            let table = ContainerMounts(cluster: cluster, disk: nodes.disk, hostMemoryKiB: memory)
            mounts = { [weak fs] in fs.map { table.mounts(of: pod, container: container, files: $0) } ?? [] }
            fs.writeLive("/proc/mounts") { mounts().map(\.procLine).joined() }
        }
        if let banner {
            session.register("df", BusyboxDfCommand(mounts: mounts, banner: banner))
        } else {
            session.register("df", GNUDfCommand(mounts: mounts))
        }
        session.register("mount", MountCommand(mounts: mounts, busybox: banner != nil))
    }

    /// The shell `program` starts in `image`, if the image has it: bash, or the `sh` the catalog
    /// names for the image (busybox ash in busybox images, else dash).
    private func interactiveShell(_ program: String, of image: ImageCatalog.Image) -> ShellFlavour? {
        let name = program.split(separator: "/").last.map(String.init) ?? program
        guard image.programs.contains(name) else { return nil }
        switch name {
        case "bash": return .bash
        case "sh":
            switch image.shell {
            case "busybox": return .ash
            case "bash": return .bash
            case "dash": return .dash
            default: return image.userland == .busybox ? .ash : .dash
            }
        default: return nil
        }
    }

    static func quoted(_ word: String) -> String {
        "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// What kubectl reports when the container has no such executable; containerd names the exec.
    private static func notFoundMessage(_ name: String, execID: String) -> String {
        "error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec \"\(execID)\": OCI runtime exec failed: exec failed: unable to start container process: exec: \"\(name)\": executable file not found in $PATH: unknown\n"
    }

    /// containerd's exec ID, 32 random bytes in hex. Drawn from the pod, the container, the
    /// moment and a count rather than the cluster's seeded stream, so later names stay as they are.
    private func execID(pod: KubeObject, container: String) -> String {
        execs += 1
        var seed: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(pod.uid)/\(container)/\(cluster.now.milliseconds)/\(execs)".utf8 {
            seed = (seed ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        var random = NameGenerator(seed: seed)
        return random.hex(length: 64)
    }
}
