import Cluster
import KubeAPI
import Kubectl

/// The simulated lab machine: the host shell wired to the cluster through kubectl.
public final class HostLab {
    public let cluster: Cluster
    public let kubectl: Kubectl
    public let shell: ShellSession
    private let podExecutor: PodExecutor
    private let nodeShells: NodeShells
    private let localFiles: HostLocalFiles
    /// Shells opened inside node containers (`podman exec -it NODE bash`), innermost last;
    /// command lines go to the innermost until its `exit`.
    private var nestedShells: [ShellSession] = []
    /// What `kubectl run -it` does when the shell it opened exits, by shell.
    private var shellEnds: [ObjectIdentifier: AttachedShellEnd.Finish] = [:]

    /// A lab for `world`, its clock at the world's start.
    public convenience init(world: World) {
        self.init(cluster: Cluster(world: world), host: world.host)
    }

    /// A lab whose host is `host`, over `cluster`.
    public init(cluster: Cluster, host: HostSettings) {
        self.cluster = cluster
        kubectl = Kubectl(cluster: cluster)
        nodeShells = NodeShells(cluster: cluster, host: host)
        podExecutor = PodExecutor(cluster: cluster, nodes: nodeShells)
        kubectl.containerExecutor = podExecutor
        let filesystem = VirtualFileSystem(clock: { [cluster] in cluster.now.seconds })
        _ = filesystem.makeDirectory(host.home, mode: 0o755, owner: host.user)
        _ = filesystem.makeDirectory("/tmp", mode: 0o1777)
        _ = filesystem.write("/etc/hostname", host.hostname + "\n")
        filesystem.install(host.files)
        shell = ShellSession(
            user: host.user, hostname: host.hostname, home: host.home, filesystem: filesystem,
            sleep: { [cluster] seconds in cluster.advance(seconds: seconds) })
        // The learner logs in over ssh: a login shell, which `$0` shows as `-bash`.
        shell.commandName = "-bash"
        if let path = host.path { shell.environment["PATH"] = path }
        kubectl.readFile = { [unowned shell] path in shell.filesystem.read(shell.resolve(path)) }
        kubectl.listFiles = { [unowned shell] path in
            let directory = shell.resolve(path)
            guard shell.filesystem.isDirectory(directory) else { return nil }
            let names = shell.filesystem.list(directory) ?? []
            return names.filter { shell.filesystem.isFile(directory + "/" + $0) }
        }
        kubectl.workingDirectory = { [unowned shell] in shell.cwd }
        kubectl.listDirectory = { [unowned shell] path in
            let directory = shell.resolve(path)
            return shell.filesystem.list(directory).map { names in
                names.map { (name: $0, isDirectory: shell.filesystem.isDirectory(directory + "/" + $0)) }
            }
        }
        localFiles = HostLocalFiles(shell: shell)
        kubectl.localFiles = localFiles
        kubectl.kubeconfig.path = host.home + "/.kube/config"
        nodeShells.kubectl = kubectl
        let command = KubectlCommand(kubectl: kubectl)
        shell.register("kubectl", command)
        shell.register("podman", PodmanCommand(cluster: cluster, host: host, nodes: nodeShells))
        shell.register("docker", PodmanCommand(cluster: cluster, host: host, nodes: nodeShells, alwaysRoot: true))
        shell.register("sudo", SudoCommand())
        ScriptShellCommand.install(in: shell)
        // Debian 12's vim-common recommends xxd, so the host has it; the kind node image does not.
        shell.register("xxd", XxdCommand())
        shell.register("reboot", RebootCommand(cluster: cluster, host: host))
        for (name, explanation) in host.explainedScripts { shell.register(name, ExplainedScriptCommand(explanation: explanation)) }
        shell.register("curl", Self.hostCurl(cluster: cluster, forwards: kubectl.portForwards, containers: podExecutor.containers))
        shell.fallback = { [kubectl] arguments, io in
            guard let verb = arguments.first, Kubectl.commandNames.contains(verb) else { return nil }
            return kubectl.run(arguments, io: io)
        }
        nodeShells.enter = { [unowned self] session in nestedShells.append(session) }
        podExecutor.enter = { [unowned self] session in
            nestedShells.append(session)
            if let finish = kubectl.attachedShellEnd.take() { shellEnds[ObjectIdentifier(session)] = finish }
        }
    }

    /// The host's curl: NodePorts on the node addresses, `localhost` through port forwards. Its
    /// version is a simulation figure (it only shows in `-v`).
    private static func hostCurl(cluster: Cluster, forwards: PortForwards, containers: ContainerFiles) -> CurlCommand {
        CurlCommand(
            client: NetworkClient(cluster: cluster, origin: .host, forwards: forwards, containers: containers), version: "8.12.1",
            outputIsTerminal: { context in !(context.io.sink is CaptureSink || context.io.sink is PipedSink) })
    }

    /// The shell the learner is typing into: the host's, or a node's after `podman exec -it`.
    public var activeShell: ShellSession { nestedShells.last ?? shell }

    /// The prompt of the active shell.
    public var prompt: String { activeShell.prompt }

    /// Runs one command line at the active prompt. `exit` in a nested shell leaves it, and
    /// bash, being interactive, says `exit` as it goes (ash and dash say nothing).
    /// `terminal` is the learner's, which a command reading standard input reads what is typed next from.
    public func run(_ line: String, sink: any OutputSink, terminal: (any TerminalInput)? = nil) -> ShellRunResult {
        let active = activeShell
        active.terminal = terminal
        defer { active.terminal = nil }
        let result = active.run(line, sink: sink)
        if active !== shell, active.exitRequested {
            if active.flavour == .bash { sink.write("exit\n", to: .stderr) }
            nestedShells.removeAll { $0 === active }
            // The shell's exit status is the status of the `podman exec` that started it.
            var status = result.status
            if let finish = shellEnds.removeValue(forKey: ObjectIdentifier(active)) { status = finish(result.status, sink) }
            (nestedShells.last ?? shell).lastStatus = status
        }
        cluster.assertInvariants()
        return result
    }
}
