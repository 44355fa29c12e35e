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
    /// The port forwards background jobs hold.
    private lazy var jobForwards = JobForwards(forwards: kubectl.portForwards)

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
        nodeShells.containers = podExecutor.containers
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
        shell.setBashVersion()
        if let path = host.path { shell.environment["PATH"] = path }
        kubectl.readsFiles(of: shell)
        localFiles = HostLocalFiles(shell: shell)
        kubectl.localFiles = localFiles
        kubectl.kubeconfig.path = host.home + "/.kube/config"
        kubectl.kubeconfig.storage = Self.kubeconfigFiles(shell: shell, files: localFiles)
        kubectl.plugins = Self.plugins(shell: shell)
        nodeShells.kubectl = kubectl
        let command = KubectlCommand(kubectl: kubectl)
        shell.register("kubectl", command)
        shell.register("podman", PodmanCommand(cluster: cluster, host: host, nodes: nodeShells))
        shell.register("docker", PodmanCommand(cluster: cluster, host: host, nodes: nodeShells, alwaysRoot: true))
        shell.register("sudo", SudoCommand())
        ScriptShellCommand.install(in: shell)
        // Debian 12's vim-common recommends xxd, so the host has it; the kind node image does not.
        shell.register("xxd", XxdCommand())
        // Debian 12 ships GNU tar, which `tar cf - DIR | kubectl exec -i POD -- tar xf - -C DIR` needs.
        shell.register("tar", PodTar(userland: .gnu))
        shell.register("reboot", RebootCommand(cluster: cluster, host: host))
        shell.register("uname", UnameCommand(kernel: cluster.runtime.hostKernel, userland: .gnu, osName: "GNU/Linux"))
        for (name, explanation) in host.explainedScripts { shell.register(name, ExplainedScriptCommand(explanation: explanation)) }
        var client = NetworkClient(cluster: cluster, origin: .host, forwards: kubectl.portForwards, containers: podExecutor.containers)
        client.forwarded = { [unowned self] forward in jobForwards.announce(forward) }
        client.proxyLogged = { [unowned self] line, proxy in jobForwards.log(line, from: proxy) }
        client.hostAddress = { [unowned shell] in
            PodmanInspectData(cluster: cluster, host: host, filesystem: shell.filesystem).netInfo()["gateway"]
        }
        kubectl.isPrivileged = { [unowned shell] in shell.user == "root" }
        shell.register("curl", Self.hostCurl(client))
        shell.jobHold = { [unowned self] run in jobHold(run) }
        shell.clockSteps = { [cluster] seconds, each in
            cluster.advance(seconds: 0)
            // The wait's condition is asked at each transition on the way: the moment to look.
            _ = cluster.wait(timeoutSeconds: seconds) {
                each()
                return false
            }
            cluster.advance(seconds: 0)
            each()
        }
        shell.fallback = { [kubectl] arguments, io in
            guard let verb = arguments.first, Kubectl.commandNames.contains(verb) else { return nil }
            return kubectl.run(arguments, io: io)
        }
        nodeShells.enter = { [unowned self] session in nestedShells.append(session) }
        podExecutor.enter = { [unowned self] session in
            nestedShells.append(session)
            if let finish = kubectl.attachedShellEnd.take() { shellEnds[ObjectIdentifier(session)] = finish }
        }
        loadKubectlCompletion()
    }

    /// The lab's login sets up kubectl's bash completion, for its `k` alias too, as the kubectl
    /// docs have it: Tab completes `k get po` as it does `kubectl get po`.
    private func loadKubectlCompletion() {
        _ = shell.run(
            "source <(kubectl completion bash)\ncomplete -o default -F \(Kubectl.bashCompletionFunction) k", sink: OutputBuffer())
        // Set up before the first prompt: the learner's lines start the count and the history.
        shell.linesRead = 0
        shell.history = []
    }

    /// The kubeconfig files as the learner's kubectl finds them: `$KUBECONFIG` from the command's
    /// environment, files through the learner's permissions; a new file gets its directory, and
    /// is written as client-go writes it, readable by its owner alone (0600).
    private static func kubeconfigFiles(shell: ShellSession, files: HostLocalFiles) -> KubeconfigFiles {
        KubeconfigFiles(
            home: shell.home, variable: { [unowned shell] in shell.environmentValue("KUBECONFIG") },
            read: { path in files.stat(path)?.isDirectory == false ? files.read(path) : nil },
            write: { [unowned shell] path, text in
                let directory = String(path.prefix(upTo: path.lastIndex(of: "/") ?? path.startIndex))
                if !directory.isEmpty, files.makeDirectories(directory, mode: 0o755 & ~shell.umask) != nil { return false }
                return files.create(path, text, permissions: 0o600) == nil
            })
    }

    /// Executable `kubectl-*` files in the PATH's directories, run as the shell runs a program
    /// named by its path.
    private static func plugins(shell: ShellSession) -> KubectlPlugins {
        KubectlPlugins(
            find: { [unowned shell] in
                let fs = shell.filesystem
                let directories = (shell.environment["PATH"] ?? "").split(separator: ":").map { shell.resolve(String($0)) }
                return directories.flatMap { directory in
                    (fs.list(directory) ?? []).sorted().filter { name in
                        guard name.hasPrefix("kubectl-"), let found = try? fs.lookup(directory + "/" + name, from: "/", user: shell.user),
                            let entry = found.entry
                        else { return false }
                        return entry.kind == .file && entry.mode & 0o111 != 0
                    }.map { directory + "/" + $0 }
                }
            },
            run: { [unowned shell] path, arguments, io in
                PathCommand().run(CommandContext(arguments: [path] + arguments, io: io, session: shell))
            })
    }

    /// The host's curl: NodePorts on the node addresses, `localhost` through port forwards. Its
    /// version is a simulation figure (it only shows in `-v`).
    private static func hostCurl(_ client: NetworkClient) -> CurlCommand {
        CurlCommand(client: client, version: "8.12.1")
    }

    /// Runs a background job's command with kubectl told so: what it leaves open (port forwards)
    /// or following (`get -w`, `logs -f`) becomes the job's, to end with it.
    private func jobHold(_ run: () -> Int32) -> (status: Int32, hold: JobHold?) {
        kubectl.backgroundFollow.inBackground = true
        let (status, forwarding) = jobForwards.hold(run, terminal: shell)
        kubectl.backgroundFollow.inBackground = false
        guard let follow = kubectl.backgroundFollow.take() else { return (status, forwarding) }
        let release = { forwarding?.release(); follow.stop() }
        return (status, JobHold(release: release, endsOnInterrupt: forwarding?.endsOnInterrupt ?? false, step: follow.step))
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
            // A shell `exec` replaced is gone without a word.
            if active.flavour == .bash, !active.replaced { sink.write("exit\n", to: .stderr) }
            nestedShells.removeAll { $0 === active }
            // The shell's exit status is the status of the `podman exec` that started it.
            var status = result.status
            if let finish = shellEnds.removeValue(forKey: ObjectIdentifier(active)) { status = finish(result.status, sink) }
            (nestedShells.last ?? shell).lastStatus = status
        }
        cluster.assertInvariants()
        var ended = result
        ended.shellEnded = active === shell && result.shellEnded
        return ended
    }
}
