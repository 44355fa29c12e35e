import Cluster
import KubeAPI

/// Runs a command in a pod's container; the host shell provides it (kubelet + CRI's role).
public protocol ContainerExecutor: AnyObject {
    /// Runs `command` in `container` of `pod`, returning its exit code, or nil when it could not
    /// start (the runtime's error is then written); `tty` when a terminal is allocated for it
    /// (`exec -it`), else it writes to a pipe.
    func exec(pod: KubeObject, container: String, command: [String], io: IOStreams, tty: Bool) -> Int32?
    /// Attaches a terminal to `command`, the container's own main process (`attach`, `debug -it`).
    func attach(pod: KubeObject, container: String, command: [String], io: IOStreams, tty: Bool) -> Int32?
    /// What a server in a container reads for a path: the container's files as they are now.
    func files(servedBy server: ReachedServer) -> ((String) -> ServedFile?)?
}

extension ContainerExecutor {
    public func files(servedBy server: ReachedServer) -> ((String) -> ServedFile?)? { nil }

    public func attach(pod: KubeObject, container: String, command: [String], io: IOStreams, tty: Bool) -> Int32? {
        exec(pod: pod, container: container, command: command, io: io, tty: tty)
    }
}

/// The kubectl client: parses a command line and talks to the cluster through its API.
public final class Kubectl {
    public let cluster: Cluster
    /// Runs commands inside containers, for `exec`.
    public weak var containerExecutor: (any ContainerExecutor)?
    /// What `run -it` does when the shell it opened ends.
    public let attachedShellEnd = AttachedShellEnd()
    /// The host's kubeconfig, which `kubectl config` reads and changes.
    public let kubeconfig: Kubeconfig
    /// The namespace of the current kubeconfig context.
    public var contextNamespace: String {
        get { kubeconfig.namespace }
        set { kubeconfig.namespace = newValue }
    }
    /// Reads a file named on the command line (`-f FILE`) from the host, nil if it does not exist.
    public var readFile: ((String) -> String?)?
    /// The regular files of a directory on the host, nil if the path is not a directory.
    public var listFiles: ((String) -> [String]?)?
    /// The names of a directory's entries on the host, each with whether it is a directory; nil
    /// if the path is not a directory.
    public var listDirectory: ((String) -> [(name: String, isDirectory: Bool)]?)?
    /// The shell's working directory, which relative paths start from (kustomize prints them absolute).
    public var workingDirectory: (() -> String)?
    /// The host's files, which `kubectl cp` reads and writes.
    public weak var localFiles: (any LocalFiles)?
    /// The local ports `kubectl port-forward` listens on in this session.
    public let portForwards = PortForwards()
    /// Whether kubectl runs as root (under `sudo`), which may listen on ports below 1024.
    public var isPrivileged: () -> Bool = { false }
    /// What a command following the cluster leaves to run on when it runs as a background job.
    public let backgroundFollow = BackgroundFollow()
    /// The names of the temporary directories kubectl makes (`kubectl diff`).
    public let temporaryNames = TemporaryNames()
    /// The plugins on the host's PATH; nil when there is no host.
    public var plugins: KubectlPlugins?
    /// What the running command logs at its `-v` level, if it was given one.
    private var requestLog: RequestLog?
    /// The apiserver's audit IDs the session's logged requests were given.
    private let auditIDs = AuditIDStreams()
    /// The roots last read from a certificate authority's data, which every command reads again.
    var lastRoots: (data: String, roots: [X509Certificate])?

    public init(cluster: Cluster) {
        self.cluster = cluster
        kubeconfig = .kubeadmAdmin(cluster.settings)
    }

    /// Runs `kubectl ARGUMENTS...` (without the program name) and returns the exit code.
    public func run(_ arguments: [String], io: IOStreams) -> Int32 {
        defer {
            if let log = requestLog { auditIDs.keep(log.auditIDs, seed: log.auditSeed) }
            requestLog = nil
        }
        do {
            return try dispatch(arguments, io: io)
        } catch {
            requestLog?.reportingFailure(error.errorText ?? error.message)
            io.err(error.message + "\n")
            return error.exitCode
        }
    }

    private func dispatch(_ arguments: [String], io: IOStreams) throws(KubectlFailure) -> Int32 {
        guard let verbIndex = Self.verbIndex(in: arguments) else {
            // No command: kubectl itself parses the flags (`-h` and `--help` among them), then
            // prints its help.
            do {
                _ = try FlagParser.parse(arguments, specs: GlobalFlags.specs + [FlagSpec("help", "h", .bool)])
            } catch {
                throw KubectlFailure("error: \(error.message)\nSee 'kubectl --help' for usage.")
            }
            io.out(KubectlHelp.overview)
            return 0
        }
        let name = arguments[verbIndex]
        var rest = arguments
        rest.remove(at: verbIndex)
        guard let verb = Self.verbs.first(where: { $0.name == name }) else {
            if name == "help" { return HelpCommand.run(rest, io: io) }
            if name == "alpha" { return try Alpha.run(rest, io: io) }
            if verbIndex == 0, let (path, rest) = plugins?.match(arguments) { return plugins?.run(path, rest, io) ?? 0 }
            // An unknown word is taken for a plugin's name, which no flag may come before.
            if let first = arguments.first, first.hasPrefix("-") {
                throw KubectlFailure("Error: flags cannot be placed before plugin name: \(first)")
            }
            if UnknownCommand.kubectlCommands.contains(name) {
                throw KubectlFailure("error: \"kubectl \(name)\" is not part of this lab yet")
            }
            throw KubectlFailure(UnknownCommand.message(for: name, known: UnknownCommand.kubectlCommands))
        }
        // After `--` the words are the command's (`kubectl exec POD -- df -h`), not kubectl's.
        let own = rest.prefix { $0 != "--" }
        if own.contains("--help") || own.contains("-h") {
            io.out(KubectlHelp.subcommandHelp([name] + rest.filter { !$0.hasPrefix("-") }) ?? verb.help)
            return 0
        }
        let flags: ParsedFlags
        do {
            flags = try FlagParser.parse(rest, specs: verb.flags + GlobalFlags.specs)
        } catch {
            if let flagFailure = verb.flagFailure { throw flagFailure(error.message) }
            throw .usage(error.message, verb: verb.usagePath(rest.filter { !$0.hasPrefix("-") }) ?? name)
        }
        let ownFlags = verb.ownFlags?(flags.positionals) ?? verb.flags
        for notice in flags.deprecationNotices(among: ownFlags) { io.err(notice) }
        // `config` reads and writes the file itself; a client-less command (`completion`,
        // `version --client`) never reads it; every other verb is a client of the apiserver.
        let clientless = RequestLog.isClientless(verb: verb.name, flags: flags)
        if !clientless { try kubeconfig.reload(explicit: flags.string("kubeconfig"), mustExist: verb.name != "config") }
        requestLog = RequestLog.starting(
            verb: verb.name, flags: flags, io: io, kubeconfig: kubeconfig, lab: cluster, auditIDs: auditIDs)
        let access = verb.name == "config" || clientless
            ? ClientAccess(namespace: flags.string("namespace") ?? contextNamespace, server: cluster.settings.server, user: nil)
            : try clientAccess(flags, verbFlags: ownFlags, io: io)
        var context = VerbContext(
            lab: cluster, io: io, flags: flags, namespace: access.namespace,
            explicitNamespace: flags.isSet("namespace"), executor: containerExecutor, readFile: readFile,
            listFiles: listFiles, listDirectory: listDirectory, workingDirectory: workingDirectory?() ?? "/", localFiles: localFiles,
            kubeconfig: kubeconfig, forwards: portForwards, isPrivileged: isPrivileged(),
            attachedShellEnd: attachedShellEnd, temporaryNames: temporaryNames, server: access.server, user: access.user,
            plugins: plugins, follow: backgroundFollow,
            tlsFailure: access.tlsFailure)
        requestLog?.server = access.server
        requestLog?.user = access.user
        context.requestLog = requestLog
        context.discoveryAttempts = ServerConnection.discoveryAttempts(
            verb: verb.name, flags: flags, failure: context.connectionFailure ?? .refused)
        context.commandWords = [name] + flags.positionals + (flags.afterDash ?? [])
        return try ResourceResolver.withDiscovery(of: cluster) { () throws(KubectlFailure) in try verb.run(context) }
    }

    /// The position of the verb: the first argument that is neither a flag nor its value, as
    /// cobra's `stripFlags` finds it: `--name` and `-x` take the next word as their value unless
    /// they are boolean (an unknown flag is not), and with one word left there is no command.
    static func verbIndex(in arguments: [String]) -> Int? {
        var index = 0
        while index < arguments.count {
            let arg = arguments[index]
            guard arg.hasPrefix("-") else { return index }
            let takesValue = !arg.contains("=") && (arg.hasPrefix("--") || arg.count == 2)
                && GlobalFlags.spec(for: arg)?.kind != .bool
            if takesValue {
                if arguments.count - index - 1 <= 1 { return nil }
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Every command name real kubectl has (the tutor runs them without the `kubectl` prefix).
    public static var commandNames: [String] { UnknownCommand.kubectlCommands }

    /// Every verb, in the order kubectl lists them (cobra suggests in this order too).
    static let verbs: [Verb] = [
        Create.verb, Run.verb, Get.verb, Debug.verb, Delete.verb, Exec.verb, Logs.verb, Attach.verb, Apply.verb, Rollout.verb, Scale.verb, SetVerb.verb,
        Certificate.verb, Cordon.verb, Cordon.uncordonVerb, Drain.verb, Taint.verb, Label.verb, Annotate.verb, Expose.verb, Patch.verb, Replace.verb, Diff.verb,
        Autoscale.verb, Wait.verb, Kustomize.verb, Edit.verb, Describe.verb, Version.verb, Config.verb, ClusterInfo.verb,
        APIVersions.verb, APIResources.verb, Auth.verb, Events.verb, Explain.verb, Completion.verb, Top.verb, PortForward.verb, Proxy.verb, Copy.verb, KubectlOptions.verb,
        Plugin.verb,
    ]
}

/// Everything a verb needs to run.
struct VerbContext {
    /// The simulated lab; verbs reach it through `cluster`, as a client reaches the apiserver.
    var lab: Cluster
    var io: IOStreams
    var flags: ParsedFlags
    /// `-n` if given, else the context's namespace.
    var namespace: String
    var explicitNamespace: Bool
    var executor: (any ContainerExecutor)?
    var readFile: ((String) -> String?)?
    var listFiles: ((String) -> [String]?)?
    var listDirectory: ((String) -> [(name: String, isDirectory: Bool)]?)?
    /// The shell's working directory.
    var workingDirectory = "/"
    /// The host's files, for `cp`.
    var localFiles: (any LocalFiles)?
    /// The kubeconfig, for the verbs that read or change it (`config`, `cluster-info`).
    var kubeconfig: Kubeconfig
    /// The listeners of the session, for `port-forward` and `proxy`.
    var forwards = PortForwards()
    /// Whether the command runs as root, as binding a port below 1024 needs.
    var isPrivileged = false
    /// Where `run -it` leaves what to do when its shell ends.
    var attachedShellEnd = AttachedShellEnd()
    /// Where `kubectl diff` draws its directory names.
    var temporaryNames = TemporaryNames()
    /// The server of the context's cluster: only the lab's own answers.
    var server: String
    /// Who the apiserver authorizes: the user `--as` impersonates, a service account whose token
    /// the kubeconfig or `--token` holds, anonymous, or nil for the admin.
    var user: UserInfo?
    /// The plugins on the host's PATH, for `plugin list`.
    var plugins: KubectlPlugins?
    /// Where `get -w` and `logs -f` leave their following when they run as a background job.
    var follow = BackgroundFollow()
    /// Go's error for the lab apiserver's certificate, when the client does not trust it.
    var tlsFailure: String?
    /// How many failed discovery requests the command logs when it cannot reach the server.
    var discoveryAttempts = 0
    /// The failed discovery requests the command has logged.
    var discoveryLog = DiscoveryFailureLog()
    /// The words of the command line that are not flags, the verb first (`scale deploy web`).
    var commandWords: [String] = []
    /// Whether the command has warned of a legacy `--dry-run` value yet.
    var dryRunWarning = DryRunWarning()
    /// The apiserver warnings the command has printed.
    var printedWarnings = PrintedWarnings()
    /// What the command logs at its `-v` level; nil without one.
    var requestLog: RequestLog?

    /// Refuses a request the apiserver's authorizer would not let the (impersonated) user make.
    func authorize(_ request: AccessRequest) throws(KubectlFailure) {
        do {
            try lab.authorize(request, as: user)
        } catch {
            throw .server(error)
        }
    }

    /// The cluster's API: the first use fails as kubectl's first request does when nothing
    /// answers at the kubeconfig's server, so commands that stay on the client still work.
    var cluster: Cluster {
        get throws(KubectlFailure) {
            if let failure = connectionFailure {
                logDiscoveryFailures(discoveryAttempts)
                throw ServerConnection.failure(failure, server: server)
            }
            return lab
        }
    }
}

/// A kubectl verb: its name, flags, help and what it does.
struct Verb: Sendable {
    var name: String
    var flags: [FlagSpec]
    var help: String
    /// The command path usage errors name (`create service nodeport`), from the words typed after the verb.
    var usagePath: @Sendable ([String]) -> String? = { _ in nil }
    /// How the verb words a flag it cannot parse, when not as kubectl's usage error (`diff` exits 2).
    var flagFailure: (@Sendable (String) -> KubectlFailure)? = nil
    /// The flags of the subcommand the positional words name, when the verb's subcommands differ:
    /// a global flag one subcommand shadows (`set subject --user`) stays global for the others.
    var ownFlags: (@Sendable ([String]) -> [FlagSpec]?)? = nil
    var run: @Sendable (VerbContext) throws(KubectlFailure) -> Int32
}

/// Flags every verb accepts (kubectl's persistent flags).
enum GlobalFlags {
    static let specs: [FlagSpec] = [
        FlagSpec("namespace", "n"), FlagSpec("context"), FlagSpec("kubeconfig"), FlagSpec("cluster"),
        FlagSpec("user"), FlagSpec("server", "s"), FlagSpec("request-timeout"), FlagSpec("v", "v", .int),
        FlagSpec("insecure-skip-tls-verify", nil, .bool), FlagSpec("token"), FlagSpec("as"),
        FlagSpec("as-group", nil, .stringArray), FlagSpec("as-uid"), FlagSpec("client-certificate"), FlagSpec("client-key"),
        FlagSpec("certificate-authority"), FlagSpec("tls-server-name"), FlagSpec("username"), FlagSpec("password"),
        FlagSpec("cache-dir"), FlagSpec("match-server-version", nil, .bool), FlagSpec("warnings-as-errors", nil, .bool),
    ]

    static func spec(for arg: String) -> FlagSpec? {
        if arg.hasPrefix("--") {
            let name = arg.dropFirst(2).prefix { $0 != "=" }
            return specs.first { $0.long == name }
        }
        guard let c = arg.dropFirst().first else { return nil }
        return specs.first { $0.short == c }
    }
}
