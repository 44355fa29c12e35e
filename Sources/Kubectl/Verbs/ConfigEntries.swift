/// `kubectl config set-cluster`, `delete-user`, `delete-cluster`, `delete-context` and
/// `rename-context`: the kubeconfig's users, clusters and contexts (`set-credentials` is
/// `ConfigSetCredentials`).
enum ConfigEntries {
    /// A file an entry names, as the kubeconfig keeps it: absolute, then relative to the
    /// directory of the file the entry is written to when that takes no `../`
    /// (`RelativizePathWithNoBacksteps`).
    static func storedPath(_ path: String, of entry: Kubeconfig.Entry, _ context: VerbContext) -> String {
        let absolute = path.isEmpty ? "" : GoPath.absolute(path, from: context.workingDirectory)
        let file = entry.origin.isEmpty ? context.kubeconfig.path : entry.origin
        guard !file.isEmpty, !absolute.isEmpty else { return absolute }
        let relative = GoPath.relative(absolute, to: GoPath.directory(GoPath.absolute(file, from: context.workingDirectory)))
        return relative.hasPrefix("../") ? absolute : relative
    }

    /// `set-cluster NAME [--server=URL] [--certificate-authority=PATH [--embed-certs]]
    /// [--insecure-skip-tls-verify] [--tls-server-name=NAME] [--proxy-url=URL]`, checked and
    /// applied as clientcmd's `modifyCluster`: a certificate authority and insecure mode exclude
    /// each other.
    static func setCluster(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        guard context.flags.positionals.count == 1, let name = context.flags.positionals.first else {
            throw Config.unexpectedArgs(context, help: KubectlHelp.subcommandHelp(["config", "set-cluster"]) ?? "")
        }
        let flags = context.flags
        let authority = flags.string("certificate-authority")
        if flags.bool("insecure-skip-tls-verify"), !(authority ?? "").isEmpty {
            throw .error("you cannot specify a certificate authority and insecure mode at the same time")
        }
        var data: String?
        if flags.bool("embed-certs") {
            guard let path = authority, !path.isEmpty else { throw .error("you must specify a --certificate-authority to embed") }
            guard let text = context.readFile?(path) else {
                throw .error("could not stat certificate-authority file \(path): stat \(path): no such file or directory")
            }
            data = text
        }
        let config = context.kubeconfig
        var entry = config.cluster(named: name) ?? Kubeconfig.Entry(name: name)
        for field in ["server", "tls-server-name", "proxy-url"] {
            if let value = flags.string(field) { entry[string: field] = value }
        }
        if flags.isSet("insecure-skip-tls-verify") {
            let insecure = flags.bool("insecure-skip-tls-verify")
            entry.fields["insecure-skip-tls-verify"] = .bool(insecure)
            if insecure {
                entry[string: "certificate-authority"] = ""
                entry.fields["certificate-authority-data"] = nil
            }
        }
        if let path = authority {
            if let data {
                entry.fields["certificate-authority-data"] = .bytes(Array(data.utf8))
                entry[string: "certificate-authority"] = ""
                entry.fields["insecure-skip-tls-verify"] = .bool(false)
            } else {
                entry[string: "certificate-authority"] = storedPath(path, of: entry, context)
                if !path.isEmpty {
                    entry.fields["insecure-skip-tls-verify"] = .bool(false)
                    entry.fields["certificate-authority-data"] = nil
                }
            }
        }
        config.put(entry, in: .clusters)
        context.io.out("Cluster \"\(name)\" set.\n")
        return 0
    }

    /// `delete-user NAME`.
    static func deleteUser(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let config = context.kubeconfig
        guard context.flags.positionals.count == 1, let name = context.flags.positionals.first else {
            throw .validation("user to delete is required", verb: "config delete-user")
        }
        guard config.user(named: name) != nil else { throw .error("cannot delete user \(name), not in \(config.path)") }
        config.users.removeAll { $0.name == name }
        context.io.out("deleted user \(name) from \(config.path)\n")
        return 0
    }

    /// `delete-cluster NAME`.
    static func deleteCluster(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let config = context.kubeconfig
        guard let name = onlyName(context, subcommand: "delete-cluster") else { return 0 }
        guard config.clusters.contains(where: { $0.name == name }) else {
            throw .error("cannot delete cluster \(name), not in \(config.path)")
        }
        config.clusters.removeAll { $0.name == name }
        context.io.out("deleted cluster \(name) from \(config.path)\n")
        return 0
    }

    /// `delete-context NAME`: deleting the current one leaves the kubeconfig without one in use.
    static func deleteContext(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let config = context.kubeconfig
        guard let name = onlyName(context, subcommand: "delete-context") else { return 0 }
        guard config.contexts.contains(where: { $0.name == name }) else {
            throw .error("cannot delete context \(name), not in \(config.path)")
        }
        if name == config.currentContext {
            context.io.err("warning: this removed your active context, use \"kubectl config use-context\" to select a different one\n")
        }
        config.contexts.removeAll { $0.name == name }
        context.io.out("deleted context \(name) from \(config.path)\n")
        return 0
    }

    /// `rename-context OLD NEW`: the current context keeps being current under its new name.
    static func renameContext(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let config = context.kubeconfig
        let names = context.flags.positionals
        guard names.count == 2 else {
            throw Config.unexpectedArgs(context, help: KubectlHelp.subcommandHelp(["config", "rename-context"]) ?? "")
        }
        let (old, new) = (names[0], names[1])
        guard let index = config.contexts.firstIndex(where: { $0.name == old }) else {
            throw .error("cannot rename the context \"\(old)\", it's not in \(config.path)")
        }
        if config.contexts.contains(where: { $0.name == new }) {
            throw .error("cannot rename the context \"\(old)\", the context \"\(new)\" already exists in \(config.path)")
        }
        config.contexts[index].name = new
        if config.currentContext == old { config.currentContext = new }
        context.io.out("Context \"\(old)\" renamed to \"\(new)\".\n")
        return 0
    }

    /// The one NAME `delete-context` and `delete-cluster` take; without it (or with more) they
    /// print their help, and succeed.
    private static func onlyName(_ context: VerbContext, subcommand: String) -> String? {
        guard context.flags.positionals.count == 1, let name = context.flags.positionals.first else {
            context.io.out(KubectlHelp.subcommandHelp(["config", subcommand]) ?? "")
            return nil
        }
        return name
    }
}
