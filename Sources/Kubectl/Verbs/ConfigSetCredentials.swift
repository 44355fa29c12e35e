import KubeAPI

/// `kubectl config set-credentials NAME`: adds the user, or changes the fields given, as
/// clientcmd's `modifyAuthInfo` does. Certificates and keys are named by path or embedded;
/// a token or basic credentials clear the other; `--auth-provider*` and `--exec-*` edit the
/// user's auth provider and exec plugin.
enum ConfigSetCredentials {
    static let flags: [FlagSpec] = [
        FlagSpec("auth-provider"), FlagSpec("auth-provider-arg", nil, .stringArray), FlagSpec("exec-command"),
        FlagSpec("exec-api-version"), FlagSpec("exec-arg", nil, .stringArray), FlagSpec("exec-env", nil, .stringArray),
        FlagSpec("exec-interactive-mode"), FlagSpec("exec-provide-cluster-info", nil, .bool),
    ]

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        // complete: the help, then the error.
        let providerArgs: (set: [(String, String)], remove: [String])
        let envArgs: (set: [(String, String)], remove: [String])
        do throws(KubectlFailure) {
            guard flags.positionals.count == 1 else {
                throw .error("unexpected args: [\(flags.positionals.joined(separator: " "))]")
            }
            providerArgs = try pairs(slice(flags, "auth-provider-arg"), kind: "auth-provider-arg")
            envArgs = try pairs(flags.strings("exec-env"), kind: "exec-env")
        } catch {
            context.io.out(KubectlHelp.subcommandHelp(["config", "set-credentials"]) ?? "")
            throw error
        }
        let name = flags.positionals[0]
        try validate(flags, name: name, context: context)
        let config = context.kubeconfig
        var user = config.user(named: name) ?? Kubeconfig.Entry(name: name)
        try setFiles(&user, context)
        setSecrets(&user, flags)
        setAuthProvider(&user, flags, args: providerArgs)
        setExec(&user, flags, env: envArgs)
        config.put(user, in: .users)
        context.io.out("User \"\(name)\" set.\n")
        return 0
    }

    /// `validate`: a name, one authentication method, files to embed, a known interactive mode.
    private static func validate(_ flags: ParsedFlags, name: String, context: VerbContext) throws(KubectlFailure) {
        guard !name.isEmpty else { throw .error("you must specify a non-empty user name") }
        var methods: [String] = []
        if !(flags.string("token") ?? "").isEmpty { methods.append("--token") }
        if !(flags.string("username") ?? "").isEmpty || !(flags.string("password") ?? "").isEmpty {
            methods.append("--username/--password")
        }
        if methods.count > 1 {
            throw .error("you cannot specify more than one authentication method at the same time: \(methods.joined(separator: ", "))")
        }
        if flags.bool("embed-certs"), files.allSatisfy({ (flags.string($0.flag) ?? "").isEmpty }) {
            throw .error("you must specify a --client-certificate or --client-key to embed")
        }
        if let mode = flags.string("exec-interactive-mode"), !ExecPlugin.interactiveModes.contains(mode) {
            throw .error("invalid interactive mode type, can be only IfAvailable, Never, Always")
        }
    }

    /// The certificate and key, by path or (`--embed-certs`) as data.
    private static let files = [(flag: "client-certificate", data: "client-certificate-data"), (flag: "client-key", data: "client-key-data")]

    private static func setFiles(_ user: inout Kubeconfig.Entry, _ context: VerbContext) throws(KubectlFailure) {
        for (flag, dataField) in files {
            guard let path = context.flags.string(flag) else { continue }
            if context.flags.bool("embed-certs") {
                if path.isEmpty { continue }
                guard let text = context.readFile?(path) else {
                    throw .error("could not stat \(flag) file \(path): stat \(path): no such file or directory")
                }
                user.fields[dataField] = .bytes(Array(text.utf8))
                user[string: flag] = ""
            } else {
                user[string: flag] = ConfigEntries.storedPath(path, of: user, context)
                if !path.isEmpty { user.fields[dataField] = nil }
            }
        }
    }

    /// A token or basic credentials, given non-empty, clear the other kind.
    private static func setSecrets(_ user: inout Kubeconfig.Entry, _ flags: ParsedFlags) {
        for field in ["token", "username", "password"] {
            if let value = flags.string(field) { user[string: field] = value }
        }
        let setToken = !(flags.string("token") ?? "").isEmpty
        let setBasic = !(flags.string("username") ?? "").isEmpty || !(flags.string("password") ?? "").isEmpty
        guard setToken || setBasic else { return }
        if !setToken { user[string: "token"] = "" }
        if !setBasic {
            user[string: "username"] = ""
            user[string: "password"] = ""
        }
    }

    /// A new provider name starts an empty config; the arguments then remove and set its keys.
    private static func setAuthProvider(
        _ user: inout Kubeconfig.Entry, _ flags: ParsedFlags, args: (set: [(String, String)], remove: [String])
    ) {
        var provider = document(user, "auth-provider").map(AuthProvider.init)
        if let name = flags.string("auth-provider"), provider?.name != name { provider = AuthProvider(name: name) }
        guard var provider else { return }
        var config = provider.config ?? [:]
        for key in args.remove { config[key] = nil }
        for (key, value) in args.set { config[key] = value }
        provider.config = config
        user.fields["auth-provider"] = .document(provider.json)
    }

    /// `--exec-command` starts the plugin (or replaces its command and arguments); the other
    /// `--exec-*` flags change a plugin that exists and are ignored otherwise.
    private static func setExec(_ user: inout Kubeconfig.Entry, _ flags: ParsedFlags, env: (set: [(String, String)], remove: [String])) {
        var plugin = document(user, "exec").map(ExecPlugin.init)
        if let command = flags.string("exec-command") {
            if plugin == nil {
                plugin = ExecPlugin(command: command)
            } else {
                plugin?.command = command
                plugin?.args = nil
            }
        }
        guard var plugin else { return }
        if let version = flags.string("exec-api-version") { plugin.apiVersion = version }
        let args = slice(flags, "exec-arg")
        if !args.isEmpty { plugin.args = args }
        if let mode = flags.string("exec-interactive-mode") { plugin.interactiveMode = mode }
        if flags.isSet("exec-provide-cluster-info") { plugin.provideClusterInfo = flags.bool("exec-provide-cluster-info") }
        if !flags.strings("exec-env").isEmpty {
            var list = (plugin.env ?? []).filter { !env.remove.contains($0.name) }
            for (name, value) in env.set {
                if let index = list.firstIndex(where: { $0.name == name }) {
                    list[index].value = value
                } else {
                    list.append(.init(name: name, value: value))
                }
            }
            plugin.env = list
        }
        user.fields["exec"] = .document(plugin.json)
    }

    /// A StringSlice flag's items: each occurrence split at commas, an empty one giving none.
    private static func slice(_ flags: ParsedFlags, _ name: String) -> [String] {
        flags.strings(name).flatMap { $0.isEmpty ? [] : $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    private static func document(_ user: Kubeconfig.Entry, _ field: String) -> JSONValue? {
        if case .document(let json)? = user.fields[field] { json } else { nil }
    }

    /// `ParsePairs` with removal: `KEY=VALUE` (a later key wins) and `KEY-`; anything else is
    /// refused, all of it named at once.
    static func pairs(_ arguments: [String], kind: String) throws(KubectlFailure) -> (set: [(String, String)], remove: [String]) {
        var set: [(String, String)] = []
        var remove: [String] = []
        var invalid: [String] = []
        for argument in arguments {
            if let equals = argument.firstIndex(of: "="), equals != argument.startIndex {
                let key = String(argument[..<equals])
                set.removeAll { $0.0 == key }
                set.append((key, String(argument[argument.index(after: equals)...])))
            } else if argument.hasSuffix("-") && argument != "-" {
                remove.append(String(argument.dropLast()))
            } else {
                invalid.append(argument)
            }
        }
        guard invalid.isEmpty else { throw .error("invalid \(kind) format: \(invalid.joined(separator: ", "))") }
        return (set, remove)
    }
}
