import Cluster
import KubeAPI
import Kubectl

/// The simulated lab machine: the host shell wired to the cluster through kubectl.
public final class HostLab {
    public let cluster: Cluster
    public let kubectl: Kubectl
    public let shell: ShellSession
    private let podExecutor: PodExecutor

    /// A lab for `world`, its clock at the world's start.
    public convenience init(world: World) {
        self.init(cluster: Cluster(world: world), host: world.host)
    }

    /// A lab whose host is `host`, over `cluster`.
    public init(cluster: Cluster, host: HostSettings) {
        self.cluster = cluster
        kubectl = Kubectl(cluster: cluster)
        podExecutor = PodExecutor(cluster: cluster)
        kubectl.containerExecutor = podExecutor
        let filesystem = VirtualFileSystem(clock: { [cluster] in cluster.now.seconds })
        _ = filesystem.makeDirectory(host.home, mode: 0o755, owner: host.user)
        _ = filesystem.makeDirectory("/tmp", mode: 0o1777)
        _ = filesystem.write("/etc/hostname", host.hostname + "\n")
        filesystem.install(host.files)
        shell = ShellSession(
            user: host.user, hostname: host.hostname, home: host.home, filesystem: filesystem,
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        kubectl.readFile = { [unowned shell] path in shell.filesystem.read(shell.resolve(path)) }
        kubectl.listFiles = { [unowned shell] path in
            let directory = shell.resolve(path)
            guard shell.filesystem.isDirectory(directory) else { return nil }
            let names = shell.filesystem.list(directory) ?? []
            return names.filter { shell.filesystem.isFile(directory + "/" + $0) }
        }
        let command = KubectlCommand(kubectl: kubectl)
        shell.register("kubectl", command)
        shell.register("podman", PodmanCommand(cluster: cluster, host: host))
        shell.register("docker", PodmanCommand(cluster: cluster, host: host, alwaysRoot: true))
        shell.register("sudo", SudoCommand())
        shell.register("reboot", RebootCommand(cluster: cluster, host: host))
        shell.fallback = { [kubectl] arguments, io in
            guard let verb = arguments.first, Kubectl.commandNames.contains(verb) else { return nil }
            return kubectl.run(arguments, io: io)
        }
    }

    /// Runs one command line at the host prompt.
    public func run(_ line: String, sink: any OutputSink) -> ShellRunResult {
        shell.run(line, sink: sink)
    }
}
