import Cluster
import KubeAPI

/// `kubectl config SUBCOMMAND`: read and change the host's kubeconfig. Nothing here talks to
/// the apiserver, so every subcommand works while the control plane is down.
enum Config {
    static let verb = Verb(name: "config", flags: flags, help: KubectlHelp.config, usagePath: usagePath) { context throws(KubectlFailure) in
        var context = context
        guard let sub = context.takeSubcommand(help: KubectlHelp.config) else { return 1 }
        switch sub {
        case "view": return try ConfigView.run(context)
        case "get-contexts": return try ConfigContexts.list(context)
        case "current-context": return try ConfigContexts.current(context)
        case "use-context", "use": return try saving(ConfigContexts.use, context)
        case "set-context": return try saving(ConfigContexts.set, context)
        case "get-clusters": return names("NAME", context.kubeconfig.clusters.map(\.name), context)
        case "get-users": return names("NAME", context.kubeconfig.users.map(\.name), context)
        case "set-credentials": return try saving(ConfigSetCredentials.run, context)
        case "set-cluster": return try saving(ConfigEntries.setCluster, context)
        case "delete-user": return try saving(ConfigEntries.deleteUser, context)
        case "delete-cluster": return try saving(ConfigEntries.deleteCluster, context)
        case "delete-context": return try saving(ConfigEntries.deleteContext, context)
        case "rename-context": return try saving(ConfigEntries.renameContext, context)
        case "set": return try saving(ConfigProperty.set, context)
        case "unset": return try saving(ConfigProperty.unset, context)
        default:
            throw .validation("unknown command \"\(sub)\"", verb: "config")
        }
    }

    /// The subcommands by name, and the aliases kubectl takes for them.
    private static let subcommandNames = [
        "view", "get-contexts", "current-context", "use-context", "set-context", "get-clusters", "get-users",
        "set-credentials", "set-cluster", "delete-user", "delete-cluster", "delete-context", "rename-context", "set", "unset",
    ]

    /// The subcommand a flag error names, under its own name whatever alias was typed.
    @Sendable static func usagePath(_ words: [String]) -> String? {
        let name = words.first == "use" ? "use-context" : words.first
        return name.flatMap { subcommandNames.contains($0) ? "config \($0)" : nil }
    }

    static let flags: [FlagSpec] = [
        FlagSpec("minify", nil, .bool), FlagSpec("output", "o"), FlagSpec("current", nil, .bool),
        FlagSpec("no-headers", nil, .bool), FlagSpec("raw", nil, .bool), FlagSpec("flatten", nil, .bool),
        FlagSpec("set-raw-bytes", nil, .bool), FlagSpec("embed-certs", nil, .bool),
        // set-cluster's and set-credentials' own, shadowing kubectl's global flags of the same names.
        FlagSpec("certificate-authority"), FlagSpec("tls-server-name"), FlagSpec("proxy-url"),
        FlagSpec("username"), FlagSpec("password"),
        // `view --merge`: the lab's one kubeconfig file is already the whole hierarchy.
        FlagSpec("merge", nil, .bool),
    ] + ConfigSetCredentials.flags + OutputFormat.templateFlags

    /// Runs a subcommand that changes the kubeconfig, then writes the files again, as kubectl
    /// does: `cat ~/.kube/config` shows the change.
    private static func saving(
        _ change: (VerbContext) throws(KubectlFailure) -> Int32, _ context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        let status = try change(context)
        context.kubeconfig.save()
        return status
    }

    /// `get-clusters` and `get-users`: a `NAME` header, then the names in sorted order.
    private static func names(_ header: String, _ names: [String], _ context: VerbContext) -> Int32 {
        context.io.out(([header] + names.sorted()).map { $0 + "\n" }.joined())
        return 0
    }

    /// cobra's complaint when a subcommand gets the wrong number of arguments: the help, then the error.
    static func unexpectedArgs(_ context: VerbContext, help: String) -> KubectlFailure {
        context.io.out(help)
        return .error("Unexpected args: [\(context.flags.positionals.joined(separator: " "))]")
    }
}

extension KubectlHelp {
    static let config = """
        Read or change the kubeconfig kubectl uses to reach the cluster: here the admin.conf
        kubeadm wrote for tk8s, with one cluster, one user and one context.

         Each subcommand works on one part of it: the clusters (where the API server is and
        which CA to trust), the users (how to prove who you are), and the contexts that pair a
        cluster with a user and a default namespace.

        Examples:
          # Work in kube-system from now on
          kubectl config set-context --current --namespace=kube-system
          
          # A service account as a second user, then a context that uses it
          kubectl config set-credentials robot --token=$(kubectl create token robot)
          kubectl config set-context robot --cluster=tk8s --user=robot
          kubectl --context=robot get pods

        Available Commands:
          current-context   Print the name of the current context
          delete-cluster    Remove a cluster from the kubeconfig
          delete-context    Remove a context from the kubeconfig
          delete-user       Remove a user from the kubeconfig
          get-clusters      List the clusters the kubeconfig knows
          get-contexts      List the contexts; * marks the current one
          get-users         List the users the kubeconfig knows
          rename-context    Give a context another name
          set               Change one value, named by its path (contexts.robot.namespace)
          set-cluster       Add or change a cluster
          set-context       Add or change a context
          set-credentials   Add or change a user
          unset             Clear one value, named by its path
          use-context       Make a context the current one
          view              Print the kubeconfig, certificate data left out

        Usage:
          kubectl config SUBCOMMAND [options]

        Use "kubectl config <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
