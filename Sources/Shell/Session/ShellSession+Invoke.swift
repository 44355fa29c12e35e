import Kubectl

extension ShellSession {
    /// Runs a command by name, as `xargs`, `env` and `watch` do: a builtin, a registered
    /// command, a path or the fallback; nil when nothing of that name exists.
    func invoke(_ arguments: [String], io: IOStreams) -> Int32? {
        guard let name = arguments.first else { return 0 }
        let context = CommandContext(arguments: arguments, io: io, session: self)
        if let builtin = builtin(named: name) { return builtin.run(context) }
        if let command = commands[name] { return command.run(context) }
        if name.contains("/") { return PathCommand().run(context) }
        if let fallback, let status = fallback(arguments, io) { return status }
        return nil
    }

    /// Whether `path` is an executable file.
    func isExecutable(_ path: String) -> Bool {
        guard let entry = filesystem.entry(resolve(path)) else { return false }
        return entry.kind == .file && entry.mode & 0o111 != 0
    }

    /// Where `which` finds a program: the directory its package installs it in.
    func programPath(_ name: String) -> String? {
        // The first executable of that name in $PATH, when the file system has one.
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let path = directory + "/" + name
            if let entry = filesystem.entry(path), entry.kind == .file, entry.mode & 0o111 != 0 { return path }
        }
        guard commands[name] != nil || (fallback != nil && name == "kubectl") else { return nil }
        switch name {
        case "kubectl": return "/usr/local/bin/kubectl"
        case "sudo", "podman", "docker", "jq", "watch", "less", "more", "vi", "vim", "nano": return "/usr/bin/" + name
        case "reboot": return "/usr/sbin/reboot"
        default: return "/usr/bin/" + name
        }
    }
}
